package tracking

import (
	"context"

	"github.com/waypost/waypost/models"
)

// ListSorted is List in the order the console's column headers ask for.
func (s *Service) ListSorted(ctx context.Context, orgID string, f models.TrackingFilter, sort models.TrackingSort) ([]models.Tracking, int64, error) {
	return s.db.ListTrackingsSorted(ctx, orgID, f, sort)
}
