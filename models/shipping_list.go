package models

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// ShippingFilter narrows and pages a list of shipping records (labels, pickups,
// manifests, rate quotes, cancellations, address validations, shipper accounts).
// Each field filters only the tables that have its column; the caller sets only those.
type ShippingFilter struct {
	Status           string
	ShipperAccountID string
	Slug             string
	TrackingNumber   string
	CreatedFrom      *time.Time
	CreatedTo        *time.Time
	Limit, Offset    int
	// After, when set, pages by keyset instead of Offset: the records after this one
	// in the list order (newest first).
	After *TrackingCursor
}

// listShipping returns one page of an organization's records of type T, newest
// first, and how many match in all.
func listShipping[T any](ctx context.Context, db *DB, orgID string, f ShippingFilter, what string) ([]T, int64, error) {
	q := f.apply(db.q(ctx).Model(new(T)).Where("organization_id = ?", orgID))
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, wrap(err, "count "+what)
	}
	if f.After != nil {
		at := f.After.CreatedAt.UTC()
		q = q.Where("(created_at < ? OR (created_at = ? AND id < ?))", at, at, f.After.ID)
	} else if f.Offset > 0 {
		q = q.Offset(f.Offset)
	}
	var out []T
	if err := q.Order("created_at DESC, id DESC").Limit(max(f.Limit, 1)).Find(&out).Error; err != nil {
		return nil, 0, wrap(err, "list "+what)
	}
	return out, total, nil
}

func (f ShippingFilter) apply(q *gorm.DB) *gorm.DB {
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.ShipperAccountID != "" {
		q = q.Where("shipper_account_id = ?", f.ShipperAccountID)
	}
	if f.Slug != "" {
		q = q.Where("slug = ?", f.Slug)
	}
	if f.TrackingNumber != "" {
		q = q.Where("tracking_number = ?", f.TrackingNumber)
	}
	if f.CreatedFrom != nil {
		q = q.Where("created_at >= ?", f.CreatedFrom.UTC())
	}
	if f.CreatedTo != nil {
		q = q.Where("created_at <= ?", f.CreatedTo.UTC())
	}
	return q
}

// oneShipping reads one of an organization's records of type T by id.
func oneShipping[T any](ctx context.Context, db *DB, orgID, id, what string) (*T, error) {
	var v T
	err := db.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Take(&v).Error
	if err != nil {
		return nil, wrap(err, what)
	}
	return &v, nil
}

// updateShipping changes columns of one of an organization's records of type T.
func updateShipping[T any](ctx context.Context, db *DB, orgID, id string, cols map[string]any, what string) error {
	cols["updated_at"] = db.now()
	res := db.q(ctx).Model(new(T)).Where("organization_id = ? AND id = ?", orgID, id).Updates(cols)
	if res.Error != nil {
		return wrap(res.Error, "update "+what)
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "update "+what)
	}
	return nil
}
