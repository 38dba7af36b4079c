package tracking

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// PublicFreshness is how old a parcel's data may be before a public view refreshes it.
const PublicFreshness = 2 * time.Minute

// Lookup returns a parcel and its events for the public page and the
// tracker.delivery API. An unknown parcel is created and fetched from the carrier
// once; a stale one is refreshed first. Neither carries any organization's data.
func (s *Service) Lookup(ctx context.Context, courierID, number string) (*models.Parcel, []models.Checkpoint, error) {
	c, ok := carriers.Lookup(courierID)
	if !ok {
		return nil, nil, fmt.Errorf("courier %q: %w", courierID, models.ErrNotFound)
	}
	number = NormalizeNumber(number)
	if err := ValidateNumber(number); err != nil {
		return nil, nil, err
	}
	p, err := s.db.ParcelBySlugNumber(ctx, c.Slug, number)
	if errors.Is(err, models.ErrNotFound) {
		p, err = s.db.EnsureParcel(ctx, &models.Parcel{
			Slug: c.Slug, TrackingNumber: number,
			Tag: string(carriers.TagPending), Subtag: "Pending_001", Active: true,
		})
	}
	if err != nil {
		return nil, nil, err
	}
	now := s.now()
	if p.Active && (p.LastPolledAt == nil || now.Sub(*p.LastPolledAt) > PublicFreshness) {
		if err := s.Poll(ctx, p.ID); err != nil {
			return nil, nil, err
		}
		if p, err = s.db.ParcelByID(ctx, p.ID); err != nil {
			return nil, nil, err
		}
	}
	cps, err := s.db.Checkpoints(ctx, p.ID)
	return p, cps, err
}
