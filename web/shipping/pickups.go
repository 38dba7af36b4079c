package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
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
	ShipperAccountID string // required with Parcels; with LabelIDs, the labels' account
	LabelIDs         []string
	Parcels          []carriers.Parcel
	Address          *carriers.Address // the account's address, then the labels' ship_from, when nil
	ShipTo           *carriers.Address // where the parcels go, for carriers that ask
	Location         string            // where at the address the parcels wait ("front desk")
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
	Parcels            []carriers.Parcel
	PickupDate         string
	StartTime          string
	EndTime            string
	Instructions       string
	Location           string
	ConfirmationNumber string
	Address            *carriers.Address
	ShipTo             *carriers.Address
	Charge             *carriers.Money
	ErrorMessage       string
	CreatedAt          time.Time
	UpdatedAt          time.Time
}

// CancelPickup is a request to cancel a pickup.
type CancelPickup struct {
	ID           string
	Status       string // cancelled or failed
	PickupID     string
	ErrorMessage string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// CreatePickup books a collection at the account's carrier. A carrier refusal is a
// *CarrierError and the pickup, stored as failed, is returned beside it.
func (s *Service) CreatePickup(ctx context.Context, orgID string, in PickupInput, idempotencyKey string) (*Pickup, error) {
	plan, err := s.planPickup(ctx, orgID, in)
	if err != nil {
		return nil, err
	}
	id, fresh, err := s.once(ctx, orgID, opPickup, idempotencyKey, in, plan.row.ID, func(tx *models.DB) error {
		return tx.CreatePickup(ctx, plan.row)
	})
	if err != nil {
		return nil, err
	}
	if !fresh {
		return s.Pickup(ctx, orgID, id)
	}
	if err := s.book(ctx, orgID, plan); err != nil {
		s.release(ctx, orgID, opPickup, idempotencyKey)
		p, rerr := s.Pickup(ctx, orgID, plan.row.ID)
		if rerr != nil {
			return nil, err
		}
		return p, err
	}
	return s.Pickup(ctx, orgID, plan.row.ID)
}

// ListPickups lists an organization's pickups, newest first.
func (s *Service) ListPickups(ctx context.Context, orgID string, f ListFilter) (Page[Pickup], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Status: f.Status,
		ShipperAccountID: f.ShipperAccountID, CreatedFrom: f.CreatedFrom, CreatedTo: f.CreatedTo},
		func(sf models.ShippingFilter) ([]models.Pickup, int64, error) {
			return s.db.ListPickups(ctx, orgID, sf)
		},
		pickupOf, func(p Pickup) (time.Time, string) { return p.CreatedAt, p.ID })
}

// Pickup reads one pickup.
func (s *Service) Pickup(ctx context.Context, orgID, id string) (*Pickup, error) {
	row, err := s.db.PickupByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return pickupOf(row)
}

func pickupOf(r *models.Pickup) (*Pickup, error) {
	p := &Pickup{ID: r.ID, Status: r.Status, LabelIDs: r.LabelIDs, PickupDate: r.PickupDate, StartTime: r.StartTime,
		EndTime: r.EndTime, Instructions: r.Instructions, Location: r.Location, ConfirmationNumber: r.ConfirmationNumber,
		ShipperAccount: AccountRef{ID: r.ShipperAccountID, Slug: r.Slug, Description: r.AccountDescription},
		ErrorMessage:   r.ErrorMessage, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, Parcels: []carriers.Parcel{}}
	if r.Address != "" {
		p.Address = &carriers.Address{}
		if err := fromJSON(r.Address, p.Address); err != nil {
			return nil, err
		}
	}
	if r.ShipTo != "" {
		p.ShipTo = &carriers.Address{}
		if err := fromJSON(r.ShipTo, p.ShipTo); err != nil {
			return nil, err
		}
	}
	if r.Charge != "" {
		p.Charge = &carriers.Money{}
		if err := fromJSON(r.Charge, p.Charge); err != nil {
			return nil, err
		}
	}
	if err := fromJSON(r.Parcels, &p.Parcels); err != nil {
		return nil, err
	}
	if p.LabelIDs == nil {
		p.LabelIDs = []string{}
	}
	return p, nil
}
