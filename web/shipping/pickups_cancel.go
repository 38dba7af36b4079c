package shipping

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// CancelPickup cancels a booked collection at its carrier. A pickup that is unknown,
// not booked or already cancelled is a FieldErrors on "pickup.id".
func (s *Service) CancelPickup(ctx context.Context, orgID, pickupID, idempotencyKey string) (*CancelPickup, error) {
	row := &models.CancelPickup{ID: models.NewID(), OrganizationID: orgID, PickupID: pickupID, Status: CancelFailed}
	var pickup *models.Pickup
	id, fresh, err := s.once(ctx, orgID, opCancelPickup, idempotencyKey, pickupID, row.ID, func(tx *models.DB) error {
		p, err := tx.PickupByID(ctx, orgID, pickupID)
		if errors.Is(err, models.ErrNotFound) {
			return FieldErrors{{Path: "pickup.id", Code: CodeInvalid, Message: fmt.Sprintf("pickup %s does not exist", pickupID)}}
		}
		if err != nil {
			return err
		}
		if p.Status != PickupCreated {
			return FieldErrors{{Path: "pickup.id", Code: CodeInvalid, Message: "only a booked pickup can be cancelled; this one is " + p.Status}}
		}
		pickup = p
		return tx.CreateCancelPickup(ctx, row)
	})
	if err != nil {
		return nil, err
	}
	if !fresh {
		return s.CancelPickupByID(ctx, orgID, id)
	}
	if err := s.cancelAtCarrier(ctx, orgID, pickup); err != nil {
		if uerr := s.db.UpdateCancelPickup(ctx, orgID, row.ID, map[string]any{"error_message": rateMessage(err)}); uerr != nil {
			return nil, errors.Join(err, uerr)
		}
		s.release(ctx, orgID, opCancelPickup, idempotencyKey)
		return nil, err
	}
	err = s.db.Tx(ctx, func(tx *models.DB) error {
		if err := tx.UpdatePickup(ctx, orgID, pickup.ID, map[string]any{"status": PickupCancelled}); err != nil {
			return err
		}
		return tx.UpdateCancelPickup(ctx, orgID, row.ID, map[string]any{"status": CancelDone})
	})
	if err != nil {
		return nil, err
	}
	return s.CancelPickupByID(ctx, orgID, row.ID)
}

func (s *Service) cancelAtCarrier(ctx context.Context, orgID string, p *models.Pickup) error {
	acctRow, err := s.db.ShipperAccountByID(ctx, orgID, p.ShipperAccountID)
	if errors.Is(err, models.ErrNotFound) {
		return &CarrierError{Kind: carriers.KindNotConfigured, Message: "the pickup's shipper account was deleted"}
	}
	if err != nil {
		return err
	}
	sh, acct, err := s.shipperOf(acctRow)
	if err != nil {
		return err
	}
	return carrierError(sh.CancelPickup(ctx, carriers.CancelPickupRequest{Account: acct, ConfirmationNumber: p.ConfirmationNumber}))
}

// ListCancelPickups lists an organization's pickup cancellations, newest first.
func (s *Service) ListCancelPickups(ctx context.Context, orgID string, f ListFilter) (Page[CancelPickup], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Status: f.Status,
		CreatedFrom: f.CreatedFrom, CreatedTo: f.CreatedTo},
		func(sf models.ShippingFilter) ([]models.CancelPickup, int64, error) {
			return s.db.ListCancelPickups(ctx, orgID, sf)
		},
		cancelPickupOf, func(c CancelPickup) (time.Time, string) { return c.CreatedAt, c.ID })
}

// CancelPickupByID reads one pickup cancellation.
func (s *Service) CancelPickupByID(ctx context.Context, orgID, id string) (*CancelPickup, error) {
	row, err := s.db.CancelPickupByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return cancelPickupOf(row)
}

func cancelPickupOf(r *models.CancelPickup) (*CancelPickup, error) {
	return &CancelPickup{ID: r.ID, Status: r.Status, PickupID: r.PickupID, ErrorMessage: r.ErrorMessage,
		CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}, nil
}
