package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
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
	IsDocument      bool
	Sandbox         bool
	ErrorMessage    string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// CreateLabel buys a label, stores its documents and starts tracking its number. A
// repeated idempotency key with the same request returns the first label without
// buying again. When the carrier refuses, the error is a *CarrierError and the
// label, stored as failed, is returned beside it. With Async the label is returned
// creating and a job buys it.
func (s *Service) CreateLabel(ctx context.Context, orgID string, in LabelInput, idempotencyKey string) (*Label, error) {
	in = withLabelDefaults(in)
	acct, err := s.usableAccount(ctx, orgID, in.ShipperAccountID, "shipper_account.id")
	if err != nil {
		return nil, err
	}
	if err := checkLabelInput(in, acct.Slug).err(); err != nil {
		return nil, err
	}
	async := in.Async && s.queue != nil
	row := &models.Label{ID: models.NewID(), OrganizationID: orgID, Status: LabelCreating, ShipperAccountID: acct.ID,
		Slug: acct.Slug, AccountDescription: acct.Description, ServiceType: in.ServiceType,
		ServiceName: serviceName(acct.Slug, in.ServiceType), ShipDate: in.ShipDate, PaperSize: in.PaperSize,
		FileType: in.FileType, Request: toJSON(in), OrderID: in.OrderID, OrderNumber: in.OrderNumber, Sandbox: acct.Sandbox}
	id, fresh, err := s.once(ctx, orgID, opLabel, idempotencyKey, in, row.ID, func(tx *models.DB) error {
		return tx.CreateLabel(ctx, row)
	})
	if err != nil {
		return nil, err
	}
	if !fresh {
		return s.Label(ctx, orgID, id)
	}
	if async {
		if err := s.queue.EnqueueLabel(ctx, orgID, row.ID); err == nil {
			return s.labelOf(row)
		}
		s.log.Error("queue label", "label", row.ID, "err", err)
	}
	if err := s.buy(ctx, orgID, row); err != nil {
		s.release(ctx, orgID, opLabel, idempotencyKey)
		l, rerr := s.Label(ctx, orgID, row.ID)
		if rerr != nil {
			return nil, err
		}
		return l, err
	}
	return s.Label(ctx, orgID, row.ID)
}

// FinishLabel buys a label created with Async; the job worker calls it. A label no
// longer creating is left as it is, so a retried job never buys twice; a carrier
// refusal fails the label, and only other errors (storage) are returned for a retry.
func (s *Service) FinishLabel(ctx context.Context, orgID, labelID string) error {
	row, err := s.db.LabelByID(ctx, orgID, labelID)
	if err != nil || row.Status != LabelCreating {
		return err
	}
	if err := s.buy(ctx, orgID, row); err != nil {
		var ce *CarrierError
		if asCarrier(err, &ce) {
			return nil
		}
		return err
	}
	return nil
}

// ListLabels lists an organization's labels, newest first.
func (s *Service) ListLabels(ctx context.Context, orgID string, f LabelFilter) (Page[Label], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Status: f.Status,
		ShipperAccountID: f.ShipperAccountID, TrackingNumber: f.TrackingNumber,
		CreatedFrom: f.CreatedFrom, CreatedTo: f.CreatedTo},
		func(sf models.ShippingFilter) ([]models.Label, int64, error) { return s.db.ListLabels(ctx, orgID, sf) },
		s.labelOf, func(l Label) (time.Time, string) { return l.CreatedAt, l.ID })
}

// Label reads one label.
func (s *Service) Label(ctx context.Context, orgID, id string) (*Label, error) {
	row, err := s.db.LabelByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return s.labelOf(row)
}

// LabelForTracking finds the label a tracking was created for.
func (s *Service) LabelForTracking(ctx context.Context, orgID, trackingID string) (*Label, error) {
	row, err := s.db.LabelByTrackingID(ctx, orgID, trackingID)
	if err != nil {
		return nil, err
	}
	return s.labelOf(row)
}

func (s *Service) labelOf(row *models.Label) (*Label, error) {
	var in LabelInput
	if err := fromJSON(row.Request, &in); err != nil {
		return nil, err
	}
	l := &Label{ID: row.ID, Status: row.Status, ServiceType: row.ServiceType, ServiceName: row.ServiceName,
		ShipperAccount:  AccountRef{ID: row.ShipperAccountID, Slug: row.Slug, Description: row.AccountDescription},
		TrackingNumbers: row.TrackingNumbers, ShipDate: row.ShipDate, References: in.References,
		CustomFields: in.CustomFields, OrderID: row.OrderID, OrderNumber: row.OrderNumber, TrackingID: row.TrackingID,
		Shipment: in.Shipment, IsDocument: in.IsDocument, Sandbox: row.Sandbox, ErrorMessage: row.ErrorMessage,
		CreatedAt: row.CreatedAt, UpdatedAt: row.UpdatedAt}
	if l.TrackingNumbers == nil {
		l.TrackingNumbers = []string{}
	}
	if row.Rate != "" {
		l.Rate = &carriers.Rate{}
		if err := fromJSON(row.Rate, l.Rate); err != nil {
			return nil, err
		}
	}
	l.Files.Label = s.fileRef(row.LabelFile, row.FileType, row.PaperSize)
	l.Files.Invoice = s.fileRef(row.InvoiceFile, "pdf", "A4")
	l.Files.Manifest = s.fileRef(row.ManifestFile, "pdf", "A4")
	return l, nil
}

func serviceName(slug, serviceType string) string {
	p, _ := carriers.ShippingProfileOf(slug)
	if svc, ok := p.Service(serviceType); ok {
		return svc.Name
	}
	return serviceType
}
