package tracking

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// CodeCarrierFormat marks a number whose shape (length, prefix, check digit)
// the carrier never uses; no parcel is created and the carrier is not asked.
const CodeCarrierFormat = "carrier_format"

// PublicFreshness is how old a parcel's data may be before a public view refreshes it.
const PublicFreshness = 2 * time.Minute

// Public is what a public page or the tracker.delivery API may show of a parcel:
// the carrier's data only, with people's names and phone numbers masked. It holds
// no organization's data. Values are shared between requests: read only.
type Public struct {
	Courier carriers.Courier
	Parcel  models.Parcel
	// Checkpoints are oldest first.
	Checkpoints []models.Checkpoint
	// Problem is why the last poll failed, 0 when it succeeded. The events above
	// are then the last ones the carrier gave, possibly none.
	Problem carriers.ErrorKind
}

// Lookup returns a parcel and its events for the public page and the
// tracker.delivery API. An unknown parcel is created and fetched from the carrier
// once, if its number has the carrier's shape; a stale one is refreshed first. courierID may be an AfterShip slug or a
// tracker.delivery id.
func (s *Service) Lookup(ctx context.Context, courierID, number string) (*Public, error) {
	c, ok := ResolveCourier(courierID)
	if !ok {
		return nil, fmt.Errorf("courier %q: %w", courierID, models.ErrNotFound)
	}
	number = NormalizeNumber(number)
	if err := ValidateNumber(number); err != nil {
		return nil, err
	}
	p, err := s.db.ParcelBySlugNumber(ctx, c.Slug, number)
	if errors.Is(err, models.ErrNotFound) {
		// A parcel a merchant already tracks is shown whatever its shape: the
		// carrier issued it. A new number must look like the carrier's before a
		// parcel is made and the carrier asked.
		if !s.fits(c.Slug, number) {
			return nil, models.Invalid("tracking_number", CodeCarrierFormat, "This is not a "+c.Name+" number.")
		}
		p, err = s.db.EnsureParcel(ctx, &models.Parcel{
			Slug: c.Slug, TrackingNumber: number,
			Tag: string(carriers.TagPending), Subtag: "Pending_001", Active: true,
		})
	}
	if err != nil {
		return nil, err
	}
	now := s.now()
	if p.Active && (p.LastPolledAt == nil || now.Sub(*p.LastPolledAt) > PublicFreshness) {
		if err := s.poller.Poll(ctx, p.ID); err != nil {
			return nil, err
		}
		if p, err = s.db.ParcelByID(ctx, p.ID); err != nil {
			return nil, err
		}
	}
	cps, err := s.db.Checkpoints(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	return publicOf(c, p, cps), nil
}

func publicOf(c carriers.Courier, p *models.Parcel, cps []models.Checkpoint) *Public {
	pub := &Public{Courier: c, Parcel: *p, Checkpoints: cps, Problem: problemOf(p.LastError)}
	pub.Parcel.SignedBy = MaskName(p.SignedBy)
	pub.Parcel.Fields = nil
	for i := range pub.Checkpoints {
		pub.Checkpoints[i].Message = MaskPersonal(cps[i].Message)
		pub.Checkpoints[i].Location = MaskPersonal(cps[i].Location)
	}
	return pub
}

// problemOf reads the failure kind back from a parcel's last error, which the
// poller stores as "<kind>: <detail>".
func problemOf(lastError string) carriers.ErrorKind {
	name, _, ok := strings.Cut(lastError, ":")
	if !ok {
		return 0
	}
	for k := carriers.KindUnavailable; k <= carriers.KindFormat; k++ {
		if k.String() == name {
			return k
		}
	}
	return carriers.KindUnavailable
}

// Place is where an event happened as a person would name it: the carrier's
// branch, or the city, state and country it gave.
func Place(cp *models.Checkpoint) string {
	if cp.Location != "" {
		return cp.Location
	}
	parts := make([]string, 0, 3)
	for _, p := range []string{cp.City, cp.State, cp.CountryName} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// TrackerStatus is the tracker.delivery status id of an event, with the carrier
// table's say where it has one (a pickup scan is "at_pickup", not "in_transit").
func TrackerStatus(slug string, cp *models.Checkpoint) string {
	override := ""
	if r, ok := carriers.MatchFor(slug, cp.RawTag, cp.RawStatus); ok {
		override = r.TrackerStatus
	}
	return carriers.TrackerStatusOf(carriers.Tag(cp.Tag), cp.Subtag, override)
}
