package polling

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// applyResult stores a successful poll: new events once each, the status of the latest
// event (or Pending/Expired without any), the shipment facts, and the next poll time.
func (s *Service) applyResult(ctx context.Context, p *models.Parcel, res *carriers.Result) error {
	now := s.now().UTC()
	cps := toModels(p.ID, res.Checkpoints)
	oldTag, oldSubtag, oldActive := p.Tag, p.Subtag, p.Active
	realNow := p.Sandbox && !res.Sandbox
	p.LastPolledAt, p.PollCount = &now, p.PollCount+1
	p.Failures, p.LastError, p.Sandbox = 0, "", res.Sandbox
	applyFacts(p, res)
	return s.db.Tx(ctx, func(tx *models.DB) error {
		if realNow {
			// The organization connected its carrier account: the simulated story ends.
			if err := tx.DeleteCheckpoints(ctx, p.ID); err != nil {
				return err
			}
			p.LastEventAt = nil
		}
		added, err := tx.InsertCheckpoints(ctx, cps)
		if err != nil {
			return err
		}
		tag, subtag, err := s.statusAfter(ctx, tx, p, added > 0)
		if err != nil {
			return err
		}
		if s.cadence.expired(p, tag, subtag, now) {
			tag, subtag = string(carriers.TagExpired), "Expired_001"
		}
		if err := setStatus(ctx, tx, p, tag, subtag); err != nil {
			return err
		}
		p.Active = !terminal(p.Tag, p.Subtag)
		if p.NextPollAt, err = s.nextPoll(ctx, tx, p, now); err != nil {
			return err
		}
		moved := oldTag != p.Tag || oldSubtag != p.Subtag
		if err := SaveParcel(ctx, tx, p, added > 0 || moved || oldActive != p.Active); err != nil {
			return err
		}
		if !moved {
			return nil
		}
		// The outbox: tracking_update events and their deliveries commit with the change.
		return tx.RecordTrackingUpdates(ctx, p.ID, p.Tag)
	})
}

// statusAfter is the status the parcel's latest event gives it. Without new events the
// stored status stands, except that a Pending subtag left by an earlier failure goes
// back to Pending_001 now that the carrier answers.
func (s *Service) statusAfter(ctx context.Context, tx *models.DB, p *models.Parcel, added bool) (string, string, error) {
	if !added {
		if p.LastEventAt == nil {
			return string(carriers.TagPending), "Pending_001", nil
		}
		return p.Tag, p.Subtag, nil
	}
	last, err := tx.LatestCheckpoint(ctx, p.ID)
	if errors.Is(err, models.ErrNotFound) {
		return string(carriers.TagPending), "Pending_001", nil
	}
	if err != nil {
		return "", "", err
	}
	at := last.OccurredAt
	p.LastEventAt = &at
	return last.Tag, last.Subtag, nil
}

// nextPoll schedules the parcel by its cadence. A parcel nobody tracks (seen only on the
// public page) is refreshed when viewed, not on a schedule.
func (s *Service) nextPoll(ctx context.Context, tx *models.DB, p *models.Parcel, now time.Time) (*time.Time, error) {
	if p.Tag == string(carriers.TagExpired) {
		return nil, nil
	}
	next := s.cadence.next(p, now)
	if next == nil {
		return nil, nil
	}
	followed, err := tx.TrackingsOfParcelExist(ctx, p.ID)
	if err != nil || !followed {
		return nil, err
	}
	return next, nil
}

func applyFacts(p *models.Parcel, r *carriers.Result) {
	if r.SignedBy != "" {
		p.SignedBy = r.SignedBy
	}
	if r.EstimatedDelivery != nil {
		p.ExpectedDelivery = r.EstimatedDelivery
	}
	if r.OriginCountryISO3 != "" {
		p.OriginCountryISO3 = r.OriginCountryISO3
	}
	if r.DestinationCountryISO3 != "" {
		p.DestinationCountryISO3 = r.DestinationCountryISO3
	}
	if r.ShipmentType != "" {
		p.ShipmentType = r.ShipmentType
	}
	if r.ShipmentWeight != nil {
		p.ShipmentWeight, p.ShipmentWeightUnit = r.ShipmentWeight, r.ShipmentWeightUnit
	}
	if r.PackageCount > 0 {
		p.ShipmentPackageCount = r.PackageCount
	}
}

// toModels converts a poll's events, oldest first. Events of the same second keep the
// carrier's order in storage by a microsecond apart each, which no API shows (they
// print seconds) but which orders the latest event right.
func toModels(parcelID string, cps []carriers.Checkpoint) []models.Checkpoint {
	out := make([]models.Checkpoint, 0, len(cps))
	for i, c := range cps {
		m := toModel(parcelID, c)
		if i > 0 && !m.OccurredAt.After(out[i-1].OccurredAt) && m.OccurredAt.Unix() == out[i-1].OccurredAt.Unix() {
			m.OccurredAt = out[i-1].OccurredAt.Add(time.Microsecond)
		}
		out = append(out, m)
	}
	return out
}

// toModel converts a carrier checkpoint; its hash covers what the carrier said, so the
// same event polled twice is stored once.
func toModel(parcelID string, c carriers.Checkpoint) models.Checkpoint {
	_, offset := c.Time.Zone()
	h := sha256.New()
	for _, part := range []string{strconv.FormatInt(c.Time.Unix(), 10), c.RawCode, c.RawStatus, c.Message, c.Location} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return models.Checkpoint{
		ParcelID: parcelID, Hash: hex.EncodeToString(h.Sum(nil))[:32],
		OccurredAt: c.Time.UTC(), UTCOffset: offset,
		Message: c.Message, Location: c.Location, City: c.City, State: c.State, Zip: c.Zip,
		CountryISO3: c.CountryISO3, CountryName: c.CountryName,
		RawStatus: c.RawStatus, RawTag: c.RawCode, Tag: string(c.Tag), Subtag: carriers.NormalizeSubtag(c.Tag, c.Subtag),
		Coordinates: c.Coordinates,
	}
}
