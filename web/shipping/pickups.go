package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Pickup statuses.
const (
	PickupCreating  = "creating"
	PickupCreated   = "created"
	PickupFailed    = "failed"
	PickupCancelled = "cancelled"
)

// PickupInput books a collection, of labels by id or of parcels described.
type PickupInput struct {
	ShipperAccountID string
	LabelIDs         []string
	Parcels          []carriers.Parcel
	Address          *carriers.Address // the account's address when nil
	PickupDate       string            // YYYY-MM-DD; "" is today in the account's zone
	StartTime        string            // "09:00"
	EndTime          string            // "17:00"
	Instructions     string
}

// Pickup is a booked collection.
type Pickup struct {
	ID                 string
	Status             string
	ShipperAccount     AccountRef
	LabelIDs           []string
	PickupDate         string
	StartTime          string
	EndTime            string
	Instructions       string
	ConfirmationNumber string
	Address            *carriers.Address
	Charge             *carriers.Money
	ErrorMessage       string
	CreatedAt          time.Time
	UpdatedAt          time.Time
}

// CancelPickup is a request to cancel a pickup.
type CancelPickup struct {
	ID        string
	Status    string // cancelled or failed
	PickupID  string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// CreatePickup books a collection at the account's carrier.
func (s *Service) CreatePickup(ctx context.Context, orgID string, in PickupInput, idempotencyKey string) (*Pickup, error) {
	return nil, errNotImplemented
}

// ListPickups lists an organization's pickups, newest first.
func (s *Service) ListPickups(ctx context.Context, orgID string, f ListFilter) (Page[Pickup], error) {
	return Page[Pickup]{}, errNotImplemented
}

// Pickup reads one pickup.
func (s *Service) Pickup(ctx context.Context, orgID, id string) (*Pickup, error) {
	return nil, errNotImplemented
}

// CancelPickup cancels a booked collection at its carrier.
func (s *Service) CancelPickup(ctx context.Context, orgID, pickupID, idempotencyKey string) (*CancelPickup, error) {
	return nil, errNotImplemented
}

// ListCancelPickups lists an organization's pickup cancellations, newest first.
func (s *Service) ListCancelPickups(ctx context.Context, orgID string, f ListFilter) (Page[CancelPickup], error) {
	return Page[CancelPickup]{}, errNotImplemented
}

// CancelPickupByID reads one pickup cancellation.
func (s *Service) CancelPickupByID(ctx context.Context, orgID, id string) (*CancelPickup, error) {
	return nil, errNotImplemented
}
