package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Label statuses.
const (
	LabelCreating    = "creating"
	LabelCreated     = "created"
	LabelFailed      = "failed"
	LabelCancelling  = "cancelling"
	LabelCancelled   = "cancelled"
	LabelManifesting = "manifesting"
	LabelManifested  = "manifested"
)

// LabelInput buys a label.
type LabelInput struct {
	ShipperAccountID string
	ServiceType      string
	PaperSize        string // 4x6 (default), 4x8, A4, A5, 8.5x11
	FileType         string // pdf (default), png, zpl
	ShipDate         string // YYYY-MM-DD in the account's zone; "" is today
	Shipment         carriers.Shipment
	IsDocument       bool
	ReturnShipment   bool
	Async            bool
	References       []string
	Customs          *carriers.Customs
	Billing          *carriers.Billing
	CustomFields     map[string]string
	OrderID          string
	OrderNumber      string
}

// Label is a bought (or being bought) label.
type Label struct {
	ID              string
	Status          string
	ShipperAccount  AccountRef
	ServiceType     string
	ServiceName     string
	TrackingNumbers []string
	Files           LabelFiles
	Rate            *carriers.Rate
	ShipDate        string
	References      []string
	CustomFields    map[string]string
	OrderID         string
	OrderNumber     string
	TrackingID      string
	Shipment        carriers.Shipment
	ErrorMessage    string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// CreateLabel buys a label, stores its documents and starts tracking its number. A
// repeated idempotency key with the same request returns the first label.
func (s *Service) CreateLabel(ctx context.Context, orgID string, in LabelInput, idempotencyKey string) (*Label, error) {
	return nil, errNotImplemented
}

// FinishLabel buys a label created with Async; the job worker calls it.
func (s *Service) FinishLabel(ctx context.Context, orgID, labelID string) error {
	return errNotImplemented
}

// ListLabels lists an organization's labels, newest first.
func (s *Service) ListLabels(ctx context.Context, orgID string, f LabelFilter) (Page[Label], error) {
	return Page[Label]{}, errNotImplemented
}

// Label reads one label.
func (s *Service) Label(ctx context.Context, orgID, id string) (*Label, error) {
	return nil, errNotImplemented
}

// LabelForTracking finds the label a tracking was created for.
func (s *Service) LabelForTracking(ctx context.Context, orgID, trackingID string) (*Label, error) {
	return nil, errNotImplemented
}
