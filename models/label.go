package models

import (
	"context"
	"time"
)

// Label is a shipping label bought (or being bought) with one shipper account.
// JSON columns are written and read by the shipping service.
type Label struct {
	ID                 string
	OrganizationID     string
	Status             string
	ShipperAccountID   string
	Slug               string
	AccountDescription string
	ServiceType        string
	ServiceName        string
	// TrackingNumber is the first of TrackingNumbers, the one lists filter on.
	TrackingNumber  string
	TrackingNumbers []string `gorm:"serializer:json"`
	CarrierRef      string
	Rate            string // JSON
	ShipDate        string // YYYY-MM-DD
	PaperSize       string
	FileType        string
	LabelFile       string // token of the label's shipping file
	InvoiceFile     string // token of the commercial invoice, "" when none
	ManifestFile    string // token of the manifest the label is on, "" when none
	Request         string // JSON of what was asked
	OrderID         string
	OrderNumber     string
	TrackingID      string
	Sandbox         bool
	ErrorMessage    string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// CreateLabel stores a new label.
func (db *DB) CreateLabel(ctx context.Context, l *Label) error {
	if l.ID == "" {
		l.ID = NewID()
	}
	if l.TrackingNumbers == nil {
		l.TrackingNumbers = []string{}
	}
	return wrap(db.q(ctx).Create(l).Error, "create label")
}

// LabelByID reads one of the organization's labels.
func (db *DB) LabelByID(ctx context.Context, orgID, id string) (*Label, error) {
	return oneShipping[Label](ctx, db, orgID, id, "label")
}

// LabelByTrackingID finds the label a tracking was created for.
func (db *DB) LabelByTrackingID(ctx context.Context, orgID, trackingID string) (*Label, error) {
	var l Label
	err := db.q(ctx).Where("organization_id = ? AND tracking_id = ?", orgID, trackingID).Take(&l).Error
	if err != nil {
		return nil, wrap(err, "label of tracking")
	}
	return &l, nil
}

// ListLabels lists the organization's labels, newest first.
func (db *DB) ListLabels(ctx context.Context, orgID string, f ShippingFilter) ([]Label, int64, error) {
	return listShipping[Label](ctx, db, orgID, f, "labels")
}

// UpdateLabel changes columns of a label.
func (db *DB) UpdateLabel(ctx context.Context, orgID, id string, cols map[string]any) error {
	return updateShipping[Label](ctx, db, orgID, id, cols, "label")
}

// SetLabelStatusIf moves a label from one status to another and reports whether it
// was in the from status, so two requests never both move it.
func (db *DB) SetLabelStatusIf(ctx context.Context, orgID, id, from, to string) (bool, error) {
	res := db.q(ctx).Model(&Label{}).Where("organization_id = ? AND id = ? AND status = ?", orgID, id, from).
		Updates(map[string]any{"status": to, "updated_at": db.now()})
	if res.Error != nil {
		return false, wrap(res.Error, "set label status")
	}
	return res.RowsAffected == 1, nil
}

// OpenLabels lists the labels of an account that are created and on no manifest,
// oldest first.
func (db *DB) OpenLabels(ctx context.Context, orgID, accountID string) ([]Label, error) {
	var out []Label
	err := db.q(ctx).Where("organization_id = ? AND shipper_account_id = ? AND status = ?", orgID, accountID, "created").
		Where("id NOT IN (SELECT label_id FROM manifest_labels)").
		Order("created_at, id").Find(&out).Error
	return out, wrap(err, "open labels")
}

// LabelsByIDs reads several of the organization's labels; missing ids are left out.
func (db *DB) LabelsByIDs(ctx context.Context, orgID string, ids []string) ([]Label, error) {
	var out []Label
	if len(ids) == 0 {
		return out, nil
	}
	err := db.q(ctx).Where("organization_id = ? AND id IN ?", orgID, ids).Order("created_at, id").Find(&out).Error
	return out, wrap(err, "labels")
}
