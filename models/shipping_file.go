package models

import (
	"context"
	"time"

	"gorm.io/gorm/clause"
)

// ShippingFile maps the public token of a stored document to its name in the file store.
type ShippingFile struct {
	Token          string `gorm:"primaryKey"`
	OrganizationID string
	Name           string // in the file store
	FileName       string // offered for download
	ContentType    string
	CreatedAt      time.Time
}

// CreateShippingFile records a stored document.
func (db *DB) CreateShippingFile(ctx context.Context, f *ShippingFile) error {
	return wrap(db.q(ctx).Create(f).Error, "create shipping file")
}

// ShippingFileByToken finds a document by its token. Not tenant-scoped: the token
// is the capability to read it.
func (db *DB) ShippingFileByToken(ctx context.Context, token string) (*ShippingFile, error) {
	var f ShippingFile
	if err := db.q(ctx).Where("token = ?", token).Take(&f).Error; err != nil {
		return nil, wrap(err, "shipping file")
	}
	return &f, nil
}

// IdempotencyKey is a claimed Idempotency-Key of one operation.
type IdempotencyKey struct {
	OrganizationID string `gorm:"primaryKey"`
	Operation      string `gorm:"primaryKey"`
	IdemKey        string `gorm:"primaryKey"`
	RequestHash    string
	ResultID       string
	CreatedAt      time.Time
}

// ClaimIdempotencyKey records k, or returns the row that already holds its key (and
// claimed false). Run it in the transaction that creates the result; two requests
// racing with one key both succeed here and only one of them claims it.
func (db *DB) ClaimIdempotencyKey(ctx context.Context, k *IdempotencyKey) (existing *IdempotencyKey, claimed bool, err error) {
	res := db.q(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(k)
	if res.Error != nil {
		return nil, false, wrap(res.Error, "claim idempotency key")
	}
	if res.RowsAffected == 1 {
		return k, true, nil
	}
	var found IdempotencyKey
	err = db.q(ctx).Where("organization_id = ? AND operation = ? AND idem_key = ?", k.OrganizationID, k.Operation, k.IdemKey).
		Take(&found).Error
	if err != nil {
		return nil, false, wrap(err, "idempotency key")
	}
	return &found, false, nil
}

// ReleaseIdempotencyKey frees a key whose request failed before it bought anything,
// so a retry tries again.
func (db *DB) ReleaseIdempotencyKey(ctx context.Context, orgID, operation, key string) error {
	err := db.q(ctx).Where("organization_id = ? AND operation = ? AND idem_key = ?", orgID, operation, key).
		Delete(&IdempotencyKey{}).Error
	return wrap(err, "release idempotency key")
}
