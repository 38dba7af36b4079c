package tracking

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Poll asks the carrier about a parcel and stores what is new. Carrier failures are
// recorded on the parcel and scheduled for retry; only storage failures are returned.
func (s *Service) Poll(ctx context.Context, parcelID string) error {
	p, err := s.db.ParcelByID(ctx, parcelID)
	if errors.Is(err, models.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if !p.Active {
		return nil
	}
	res, err := s.track(ctx, p)
	now := s.now().UTC()
	p.LastPolledAt = &now
	p.PollCount++
	if err != nil {
		return s.pollFailed(ctx, p, err, now)
	}
	return s.applyResult(ctx, p, res, now)
}

func (s *Service) track(ctx context.Context, p *models.Parcel) (*carriers.Result, error) {
	req := carriers.Request{
		Slug: p.Slug, TrackingNumber: p.TrackingNumber, Fields: p.Fields, RegisteredAt: p.CreatedAt,
	}
	t, _, err := s.registry.For(req)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return t.Track(ctx, req)
}

func (s *Service) pollFailed(ctx context.Context, p *models.Parcel, err error, now time.Time) error {
	var ce *carriers.Error
	retryAfter := time.Duration(0)
	if errors.As(err, &ce) {
		retryAfter = ce.RetryAfter
	}
	kind := carriers.KindOf(err)
	p.LastError = fmt.Sprintf("%s: %v", kind, err)
	p.Failures++
	next := s.cadence.backoff(p.Failures, retryAfter, now)
	if !kind.Retryable() {
		next = now.Add(s.cadence.Max)
	}
	p.NextPollAt = &next
	if p.LastEventAt == nil && now.Sub(p.CreatedAt) > s.cadence.ExpireAfter {
		s.setStatus(ctx, p, string(carriers.TagExpired), "Expired_001")
		p.Active, p.NextPollAt = false, nil
	}
	s.log.InfoContext(ctx, "poll failed", "parcel", p.ID, "slug", p.Slug, "kind", kind.String(), "err", err)
	return s.db.Tx(ctx, func(tx *models.DB) error {
		if err := tx.SaveParcelPoll(ctx, p); err != nil {
			return err
		}
		return tx.MirrorParcel(ctx, p)
	})
}

func (s *Service) applyResult(ctx context.Context, p *models.Parcel, res *carriers.Result, now time.Time) error {
	cps := make([]models.Checkpoint, 0, len(res.Checkpoints))
	for _, c := range res.Checkpoints {
		cps = append(cps, toModel(p.ID, c))
	}
	p.Failures, p.LastError, p.Sandbox = 0, "", res.Sandbox
	applyFacts(p, res)
	return s.db.Tx(ctx, func(tx *models.DB) error {
		if _, err := tx.InsertCheckpoints(ctx, cps); err != nil {
			return err
		}
		all, err := tx.Checkpoints(ctx, p.ID)
		if err != nil {
			return err
		}
		tag, subtag := string(carriers.TagPending), "Pending_001"
		if n := len(all); n > 0 {
			last := all[n-1]
			tag, subtag = last.Tag, last.Subtag
			p.LastEventAt = &last.OccurredAt
		} else if now.Sub(p.CreatedAt) > s.cadence.ExpireAfter {
			tag, subtag = string(carriers.TagExpired), "Expired_001"
		}
		if err := s.setStatusTx(ctx, tx, p, tag, subtag); err != nil {
			return err
		}
		p.Active = !terminal(p.Tag, p.Subtag)
		p.NextPollAt = s.cadence.next(p, now)
		// A parcel nobody tracks (seen only on the public page) is refreshed when
		// viewed, not on a schedule.
		if followed, err := tx.TrackingsOfParcelExist(ctx, p.ID); err != nil {
			return err
		} else if !followed {
			p.NextPollAt = nil
		}
		if err := tx.SaveParcelPoll(ctx, p); err != nil {
			return err
		}
		return tx.MirrorParcel(ctx, p)
	})
}

func (s *Service) setStatus(ctx context.Context, p *models.Parcel, tag, subtag string) {
	if err := s.setStatusTx(ctx, s.db, p, tag, subtag); err != nil {
		s.log.WarnContext(ctx, "record transition", "parcel", p.ID, "err", err)
	}
}

// setStatusTx changes the parcel's status, recording the transition when the tag
// or subtag moved.
func (s *Service) setStatusTx(ctx context.Context, tx *models.DB, p *models.Parcel, tag, subtag string) error {
	if p.Tag == tag && p.Subtag == subtag {
		return nil
	}
	from := p.Tag
	p.Tag, p.Subtag = tag, subtag
	return tx.RecordTransition(ctx, &models.ParcelTransition{ParcelID: p.ID, FromTag: from, ToTag: tag, Subtag: subtag})
}

// terminal statuses end polling: nothing more will happen to the parcel.
func terminal(tag, subtag string) bool {
	switch {
	case tag == string(carriers.TagDelivered), tag == string(carriers.TagExpired):
		return true
	case subtag == "Exception_011", subtag == "Exception_013":
		return true
	}
	return false
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

// toModel converts a carrier checkpoint; its hash covers what the carrier said, so
// the same event polled twice is stored once.
func toModel(parcelID string, c carriers.Checkpoint) models.Checkpoint {
	_, offset := c.Time.Zone()
	h := sha256.New()
	for _, part := range []string{strconv.FormatInt(c.Time.Unix(), 10), c.RawCode, c.RawStatus, c.Message, c.Location} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	subtag := c.Subtag
	if subtag == "" {
		subtag = string(c.Tag) + "_001"
	}
	return models.Checkpoint{
		ParcelID: parcelID, Hash: hex.EncodeToString(h.Sum(nil))[:32],
		OccurredAt: c.Time.UTC(), UTCOffset: offset,
		Message: c.Message, Location: c.Location, City: c.City, State: c.State, Zip: c.Zip,
		CountryISO3: c.CountryISO3, CountryName: c.CountryName,
		RawStatus: c.RawStatus, RawTag: c.RawCode, Tag: string(c.Tag), Subtag: subtag,
		Coordinates: c.Coordinates,
	}
}
