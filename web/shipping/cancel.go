package shipping

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Cancellation statuses.
const (
	CancelDone   = "cancelled"
	CancelFailed = "failed"
)

// CancelLabel is a request to void a label.
type CancelLabel struct {
	ID           string
	Status       string // cancelled or failed
	LabelID      string
	ErrorMessage string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// CancelLabel voids a label at its carrier. A label that is unknown, already
// cancelled (or being cancelled), manifested or never created is a FieldErrors on
// "label.id"; a carrier refusal is a *CarrierError and the label stays created.
func (s *Service) CancelLabel(ctx context.Context, orgID, labelID, idempotencyKey string) (*CancelLabel, error) {
	row := &models.CancelLabel{ID: models.NewID(), OrganizationID: orgID, LabelID: labelID, Status: CancelFailed}
	var label *models.Label
	id, fresh, err := s.once(ctx, orgID, opCancelLabel, idempotencyKey, labelID, row.ID, func(tx *models.DB) error {
		l, err := claimForCancel(ctx, tx, orgID, labelID)
		if err != nil {
			return err
		}
		label = l
		return tx.CreateCancelLabel(ctx, row)
	})
	if err != nil {
		return nil, err
	}
	if !fresh {
		return s.CancelLabelByID(ctx, orgID, id)
	}
	if err := s.voidAtCarrier(ctx, orgID, label); err != nil {
		s.restoreLabel(ctx, orgID, label.ID)
		msg := rateMessage(err)
		if uerr := s.db.UpdateCancelLabel(ctx, orgID, row.ID, map[string]any{"error_message": msg}); uerr != nil {
			return nil, errors.Join(err, uerr)
		}
		s.release(ctx, orgID, opCancelLabel, idempotencyKey)
		return nil, err
	}
	err = s.db.Tx(ctx, func(tx *models.DB) error {
		if err := tx.UpdateLabel(ctx, orgID, label.ID, map[string]any{"status": LabelCancelled}); err != nil {
			return err
		}
		return tx.UpdateCancelLabel(ctx, orgID, row.ID, map[string]any{"status": CancelDone})
	})
	if err != nil {
		return nil, err
	}
	return s.CancelLabelByID(ctx, orgID, row.ID)
}

// claimForCancel moves a created label to cancelling, so a second request finds it
// taken, or says why it cannot be cancelled.
func claimForCancel(ctx context.Context, tx *models.DB, orgID, labelID string) (*models.Label, error) {
	l, err := tx.LabelByID(ctx, orgID, labelID)
	if errors.Is(err, models.ErrNotFound) {
		return nil, FieldErrors{{Path: "label.id", Code: CodeInvalid, Message: fmt.Sprintf("label %s does not exist", labelID)}}
	}
	if err != nil {
		return nil, err
	}
	if l.Status != LabelCreated {
		return nil, FieldErrors{{Path: "label.id", Code: CodeInvalid, Message: cancelRefusal(l.Status)}}
	}
	moved, err := tx.SetLabelStatusIf(ctx, orgID, labelID, LabelCreated, LabelCancelling)
	if err != nil {
		return nil, err
	}
	if !moved {
		return nil, FieldErrors{{Path: "label.id", Code: CodeInvalid, Message: cancelRefusal(LabelCancelling)}}
	}
	return l, nil
}

func cancelRefusal(status string) string {
	switch status {
	case LabelCancelled, LabelCancelling:
		return "the label is already cancelled"
	case LabelManifested, LabelManifesting:
		return "the label is on a manifest and can no longer be cancelled"
	}
	return "only a created label can be cancelled; this one is " + status
}

func (s *Service) voidAtCarrier(ctx context.Context, orgID string, l *models.Label) error {
	acctRow, err := s.db.ShipperAccountByID(ctx, orgID, l.ShipperAccountID)
	if errors.Is(err, models.ErrNotFound) {
		return &CarrierError{Kind: carriers.KindNotConfigured, Message: "the label's shipper account was deleted"}
	}
	if err != nil {
		return err
	}
	sh, acct, err := s.shipperOf(acctRow)
	if err != nil {
		return err
	}
	err = sh.CancelLabel(ctx, carriers.CancelRequest{Account: acct, TrackingNumbers: l.TrackingNumbers, CarrierRef: l.CarrierRef})
	return carrierError(err)
}

// restoreLabel puts a label the carrier would not void back to created.
func (s *Service) restoreLabel(ctx context.Context, orgID, id string) {
	if _, err := s.db.SetLabelStatusIf(ctx, orgID, id, LabelCancelling, LabelCreated); err != nil {
		s.log.Error("restore label after a refused cancel", "label", id, "err", err)
	}
}

// ListCancelLabels lists an organization's label cancellations, newest first.
func (s *Service) ListCancelLabels(ctx context.Context, orgID string, f ListFilter) (Page[CancelLabel], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Status: f.Status,
		CreatedFrom: f.CreatedFrom, CreatedTo: f.CreatedTo},
		func(sf models.ShippingFilter) ([]models.CancelLabel, int64, error) {
			return s.db.ListCancelLabels(ctx, orgID, sf)
		},
		cancelLabelOf, func(c CancelLabel) (time.Time, string) { return c.CreatedAt, c.ID })
}

// CancelLabelByID reads one label cancellation.
func (s *Service) CancelLabelByID(ctx context.Context, orgID, id string) (*CancelLabel, error) {
	row, err := s.db.CancelLabelByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return cancelLabelOf(row)
}

func cancelLabelOf(r *models.CancelLabel) (*CancelLabel, error) {
	return &CancelLabel{ID: r.ID, Status: r.Status, LabelID: r.LabelID, ErrorMessage: r.ErrorMessage,
		CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}, nil
}
