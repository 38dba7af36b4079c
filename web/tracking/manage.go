package tracking

import (
	"context"
	"errors"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// MaxRetracks is how often an inactive tracking may be retracked.
const MaxRetracks = 3

// Get returns one of the organization's trackings.
func (s *Service) Get(ctx context.Context, orgID, id string) (*models.Tracking, error) {
	return s.db.TrackingByID(ctx, orgID, id)
}

// GetBySlugNumber returns a tracking by courier and number (the legacy addressing).
func (s *Service) GetBySlugNumber(ctx context.Context, orgID, slug, number string) (*models.Tracking, error) {
	if c, ok := carriers.Lookup(slug); ok {
		slug = c.Slug
	}
	return s.db.TrackingBySlugNumber(ctx, orgID, slug, NormalizeNumber(number))
}

// List returns a page of trackings and the total matching.
func (s *Service) List(ctx context.Context, orgID string, f models.TrackingFilter) ([]models.Tracking, int64, error) {
	return s.db.ListTrackings(ctx, orgID, f)
}

// Checkpoints returns a tracking's events, oldest first.
func (s *Service) Checkpoints(ctx context.Context, t *models.Tracking) ([]models.Checkpoint, error) {
	return s.db.Checkpoints(ctx, t.ParcelID)
}

// Delete removes a tracking and returns it as it was.
func (s *Service) Delete(ctx context.Context, orgID, id string) (*models.Tracking, error) {
	t, err := s.db.TrackingByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return t, s.db.DeleteTracking(ctx, orgID, id)
}

// Retrack re-activates an inactive tracking (and its parcel) and polls it soon.
func (s *Service) Retrack(ctx context.Context, orgID, id string) (*models.Tracking, error) {
	t, err := s.db.TrackingByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	if t.Active {
		return nil, models.Invalid("id", models.CodeStillActive, "retrack is not allowed: the tracking is still active")
	}
	if t.RetrackCount >= MaxRetracks {
		return nil, models.Invalid("id", models.CodeRetrackLimit, "retrack is allowed at most 3 times per tracking")
	}
	now := s.now().UTC()
	err = s.db.Tx(ctx, func(tx *models.DB) error {
		if err := tx.UpdateTracking(ctx, orgID, id, map[string]any{
			"active": true, "completed_at": nil, "completed_reason": nil,
			"retrack_count": t.RetrackCount + 1, "tag": t.Parcel.Tag, "subtag": t.Parcel.Subtag,
		}); err != nil {
			return err
		}
		p := t.Parcel
		p.Active, p.NextPollAt, p.Failures = true, &now, 0
		return tx.SaveParcelPoll(ctx, p)
	})
	if err != nil {
		return nil, err
	}
	s.enqueue(ctx, t.ParcelID)
	return s.db.TrackingByID(ctx, orgID, id)
}

// Completion reasons accepted by MarkCompleted, with the status each sets.
var completions = map[string][2]string{
	"DELIVERED":          {string(carriers.TagDelivered), "Delivered_001"},
	"LOST":               {string(carriers.TagException), "Exception_013"},
	"RETURNED_TO_SENDER": {string(carriers.TagException), "Exception_011"},
}

// Completion is a merchant's word that a shipment is over.
type Completion struct {
	// Reason is DELIVERED, LOST or RETURNED_TO_SENDER.
	Reason string
	// At is when it happened; now when nil.
	At *time.Time
}

// MarkCompleted stops following the carrier for this tracking and sets the status
// the reason implies.
func (s *Service) MarkCompleted(ctx context.Context, orgID, id string, c Completion) (*models.Tracking, error) {
	st, ok := completions[c.Reason]
	if !ok {
		field := "reason"
		if c.Reason == "" {
			return nil, models.Invalid(field, models.CodeRequired, "reason is required: one of DELIVERED, LOST, RETURNED_TO_SENDER")
		}
		return nil, models.Invalid(field, models.CodeInvalid, "reason must be one of DELIVERED, LOST, RETURNED_TO_SENDER")
	}
	t, err := s.db.TrackingByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	now := s.now().UTC()
	at := now
	if c.At != nil {
		at = c.At.UTC()
	}
	cols := map[string]any{
		"tag": st[0], "subtag": st[1], "active": false,
		"completed_at": at, "completed_reason": c.Reason, "last_updated_at": now,
	}
	if st[0] == string(carriers.TagDelivered) && t.DeliveredAt == nil {
		m := models.Milestones{PickedUpAt: t.PickedUpAt, DeliveredAt: &at}
		cols["delivered_at"], cols["transit_time"] = at, m.TransitDays()
	}
	if err := s.db.UpdateTracking(ctx, orgID, id, cols); err != nil {
		return nil, err
	}
	return s.db.TrackingByID(ctx, orgID, id)
}

// IsNotFound reports whether err means the tracking does not exist (for this organization).
func IsNotFound(err error) bool { return errors.Is(err, models.ErrNotFound) }

// CountByTag counts the organization's trackings per tag.
func (s *Service) CountByTag(ctx context.Context, orgID string) (map[string]int64, error) {
	return s.db.CountTrackingsByTag(ctx, orgID)
}
