package shipping

import (
	"context"
	"time"
)

// Cancellation statuses.
const (
	CancelDone   = "cancelled"
	CancelFailed = "failed"
)

// CancelLabel is a request to void a label.
type CancelLabel struct {
	ID        string
	Status    string // cancelled or failed
	LabelID   string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// CancelLabel voids a label at its carrier.
func (s *Service) CancelLabel(ctx context.Context, orgID, labelID, idempotencyKey string) (*CancelLabel, error) {
	return nil, errNotImplemented
}

// ListCancelLabels lists an organization's label cancellations, newest first.
func (s *Service) ListCancelLabels(ctx context.Context, orgID string, f ListFilter) (Page[CancelLabel], error) {
	return Page[CancelLabel]{}, errNotImplemented
}

// CancelLabelByID reads one label cancellation.
func (s *Service) CancelLabelByID(ctx context.Context, orgID, id string) (*CancelLabel, error) {
	return nil, errNotImplemented
}
