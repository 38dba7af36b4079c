package tracking

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Detail is a tracking with everything the APIs derive from it: its parcel, its
// events and its courier. Each API version encodes a Detail its own way.
type Detail struct {
	*models.Tracking
	Parcel      *models.Parcel
	Checkpoints []models.Checkpoint
	Courier     carriers.Courier
	// Now is when the detail was read; durations of undelivered parcels run to it.
	Now time.Time
}

// Detail loads a tracking's events.
func (s *Service) Detail(ctx context.Context, t *models.Tracking) (*Detail, error) {
	ds, err := s.Details(ctx, []models.Tracking{*t})
	if err != nil {
		return nil, err
	}
	return &ds[0], nil
}

// Details loads the events of many trackings in one query.
func (s *Service) Details(ctx context.Context, ts []models.Tracking) ([]Detail, error) {
	ids := make([]string, 0, len(ts))
	for _, t := range ts {
		ids = append(ids, t.ParcelID)
	}
	cps, err := s.db.CheckpointsOfParcels(ctx, ids)
	if err != nil {
		return nil, err
	}
	now := s.now().UTC()
	out := make([]Detail, len(ts))
	for i := range ts {
		t := &ts[i]
		c, _ := carriers.Lookup(t.Slug)
		p := t.Parcel
		if p == nil {
			p = &models.Parcel{ID: t.ParcelID, Slug: t.Slug, TrackingNumber: t.TrackingNumber}
		}
		out[i] = Detail{Tracking: t, Parcel: p, Checkpoints: cps[t.ParcelID], Courier: c, Now: now}
	}
	return out, nil
}

// SubtagMessage is the human text of the tracking's subtag.
func (d *Detail) SubtagMessage() string {
	return cmp.Or(carriers.SubtagMessage(d.Subtag), carriers.TagMessage(carriers.Tag(d.Tag)))
}

// ReturnToSender reports a parcel going or gone back to its sender.
func (d *Detail) ReturnToSender() bool { return slices.Contains(models.ReturnSubtags, d.Subtag) }

// TransitDays is whole days from pick-up to delivery, or to now while under way;
// nil before pick-up.
func (d *Detail) TransitDays() *int {
	if d.PickedUpAt == nil {
		return nil
	}
	if d.TransitTime != nil {
		return d.TransitTime
	}
	end := d.Now
	if d.DeliveredAt != nil {
		end = *d.DeliveredAt
	}
	n := max(int(end.Sub(*d.PickedUpAt)/(24*time.Hour)), 0)
	return &n
}

// firstCheckpoint is the earliest event matching keep, or nil.
func (d *Detail) firstCheckpoint(keep func(c *models.Checkpoint) bool) *models.Checkpoint {
	for i := range d.Checkpoints {
		if keep(&d.Checkpoints[i]) {
			return &d.Checkpoints[i]
		}
	}
	return nil
}

// PickupCheckpoint is the parcel's first movement.
func (d *Detail) PickupCheckpoint() *models.Checkpoint {
	return d.firstCheckpoint(func(c *models.Checkpoint) bool {
		return c.Tag != string(carriers.TagPending) && c.Tag != string(carriers.TagInfoReceived)
	})
}

// DeliveryCheckpoint is the first delivery event.
func (d *Detail) DeliveryCheckpoint() *models.Checkpoint {
	return d.firstCheckpoint(func(c *models.Checkpoint) bool { return c.Tag == string(carriers.TagDelivered) })
}

// FirstAttempt is the carrier's first try to hand the parcel over: a failed
// attempt, a delivery, or a notice that it waits at a pickup point.
func (d *Detail) FirstAttempt() *models.Checkpoint {
	return d.firstCheckpoint(func(c *models.Checkpoint) bool {
		switch carriers.Tag(c.Tag) {
		case carriers.TagAttemptFail, carriers.TagDelivered, carriers.TagAvailableForPickup:
			return true
		}
		return false
	})
}

// FailedAttempts counts failed delivery attempts.
func (d *Detail) FailedAttempts() int {
	n := 0
	for _, c := range d.Checkpoints {
		if c.Tag == string(carriers.TagAttemptFail) {
			n++
		}
	}
	return n
}

// LastCheckpoint is the latest event, or nil.
func (d *Detail) LastCheckpoint() *models.Checkpoint {
	if len(d.Checkpoints) == 0 {
		return nil
	}
	return &d.Checkpoints[len(d.Checkpoints)-1]
}

// OriginCountry is the merchant's origin, else the carrier's, else the courier's home.
func (d *Detail) OriginCountry() string {
	return cmp.Or(deref(d.OriginCountryISO3), d.Parcel.OriginCountryISO3, d.Courier.CountryISO3)
}

// DestinationCountry is the merchant's destination, else the carrier's, else the courier's home.
func (d *Detail) DestinationCountry() string {
	return cmp.Or(deref(d.DestinationCountryISO3), d.Parcel.DestinationCountryISO3, d.Courier.CountryISO3)
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// CourierLink is the carrier's own tracking page for the number, or "".
func (d *Detail) CourierLink() string { return d.Courier.TrackingLink(d.TrackingNumber) }
