package models

import (
	"context"
	"time"
)

// CourierConnection is an organization's account at a carrier: the credentials
// Waypost uses to track that organization's parcels with the carrier's own API.
type CourierConnection struct {
	ID             string
	OrganizationID string
	CourierSlug    string
	// Credentials are in clear in memory only.
	Credentials map[string]any `gorm:"-"`
	// StoredCredentials is the column: Credentials as JSON, sealed with the data
	// key (or plain JSON in rows written before sealing, until resealed).
	StoredCredentials string `gorm:"column:credentials"`
	CreatedAt         time.Time
	UpdatedAt         time.Time
}

// CreateCourierConnection stores a new connection, its credentials sealed.
func (db *DB) CreateCourierConnection(ctx context.Context, cc *CourierConnection) error {
	if cc.ID == "" {
		cc.ID = NewID()
	}
	if cc.Credentials == nil {
		cc.Credentials = map[string]any{}
	}
	sealed, err := db.sealCredentials(cc.Credentials)
	if err != nil {
		return err
	}
	cc.StoredCredentials = sealed
	return wrap(db.q(ctx).Create(cc).Error, "create courier connection")
}

// CourierConnectionByID finds one of the organization's connections.
func (db *DB) CourierConnectionByID(ctx context.Context, orgID, id string) (*CourierConnection, error) {
	var cc CourierConnection
	err := db.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Take(&cc).Error
	if err != nil {
		return &cc, wrap(err, "courier connection")
	}
	return &cc, db.openCredentials(&cc)
}

// CourierConnectionFilter narrows and pages a connection list.
type CourierConnectionFilter struct {
	CourierSlug string
	Limit       int
	After       *TrackingCursor
}

// ListCourierConnections returns the organization's connections, newest first, and
// how many match in all.
func (db *DB) ListCourierConnections(ctx context.Context, orgID string, f CourierConnectionFilter) ([]CourierConnection, int64, error) {
	q := db.q(ctx).Model(&CourierConnection{}).Where("organization_id = ?", orgID)
	if f.CourierSlug != "" {
		q = q.Where("courier_slug = ?", f.CourierSlug)
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, wrap(err, "count courier connections")
	}
	if f.After != nil {
		at := f.After.CreatedAt.UTC()
		q = q.Where("(created_at < ? OR (created_at = ? AND id < ?))", at, at, f.After.ID)
	}
	var out []CourierConnection
	if err := q.Order("created_at DESC, id DESC").Limit(max(f.Limit, 1)).Find(&out).Error; err != nil {
		return nil, 0, wrap(err, "list courier connections")
	}
	for i := range out {
		if err := db.openCredentials(&out[i]); err != nil {
			return nil, 0, err
		}
	}
	return out, total, nil
}

// UpdateCourierConnection replaces a connection's credentials.
func (db *DB) UpdateCourierConnection(ctx context.Context, orgID, id string, creds map[string]any) error {
	if creds == nil {
		creds = map[string]any{}
	}
	sealed, err := db.sealCredentials(creds)
	if err != nil {
		return err
	}
	res := db.q(ctx).Model(&CourierConnection{}).Where("organization_id = ? AND id = ?", orgID, id).
		Updates(map[string]any{"credentials": sealed, "updated_at": db.now()})
	if res.Error != nil {
		return wrap(res.Error, "update courier connection")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "update courier connection")
	}
	return nil
}

// DeleteCourierConnection removes one of the organization's connections.
func (db *DB) DeleteCourierConnection(ctx context.Context, orgID, id string) error {
	res := db.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Delete(&CourierConnection{})
	if res.Error != nil {
		return wrap(res.Error, "delete courier connection")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "delete courier connection")
	}
	return nil
}
