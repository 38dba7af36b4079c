package models

import (
	"context"
	"time"
)

// APIKey authenticates API requests for one organization. Only a hash of the key
// is stored; Prefix is the start of the key, shown so users can tell keys apart.
// A key with signature also has a secret for signing requests (HMAC-SHA256), which
// the server must read back, so it is stored sealed with the data key.
type APIKey struct {
	ID             string
	OrganizationID string
	Name           string
	Prefix         string
	Hash           string
	// Secret is the signing secret in clear, in memory only; empty for plain keys.
	Secret       string  `gorm:"-"`
	SecretSealed *string `gorm:"column:secret_sealed"`
	// SignatureRequired refuses requests that are not signed with Secret.
	SignatureRequired bool
	LastUsedAt        *time.Time
	RevokedAt         *time.Time
	CreatedAt         time.Time
}

// CreateAPIKey stores a key, sealing its secret if it has one.
func (db *DB) CreateAPIKey(ctx context.Context, k *APIKey) error {
	if k.ID == "" {
		k.ID = NewID()
	}
	k.SecretSealed = nil
	if k.Secret != "" {
		sealed, err := db.seal([]byte(k.Secret), "api key secret")
		if err != nil {
			return err
		}
		k.SecretSealed = &sealed
	}
	return wrap(db.q(ctx).Create(k).Error, "create api key")
}

// APIKeyByHash finds a live key by its hash, with its secret opened. This is the
// one lookup not scoped by organization: it is how a request finds its organization.
func (db *DB) APIKeyByHash(ctx context.Context, hash string) (*APIKey, error) {
	var k APIKey
	err := db.q(ctx).Where("hash = ? AND revoked_at IS NULL", hash).Take(&k).Error
	if err != nil {
		return &k, wrap(err, "api key")
	}
	if k.SecretSealed != nil {
		secret, err := db.open(*k.SecretSealed, "api key secret")
		if err != nil {
			return nil, err
		}
		k.Secret = string(secret)
	}
	return &k, nil
}

// APIKeys lists an organization's keys, newest first.
func (db *DB) APIKeys(ctx context.Context, orgID string) ([]APIKey, error) {
	var keys []APIKey
	err := db.q(ctx).Where("organization_id = ?", orgID).Order("created_at DESC, id").Find(&keys).Error
	return keys, wrap(err, "api keys")
}

// RevokeAPIKey disables a key of the organization.
func (db *DB) RevokeAPIKey(ctx context.Context, orgID, id string) error {
	res := db.q(ctx).Model(&APIKey{}).
		Where("organization_id = ? AND id = ? AND revoked_at IS NULL", orgID, id).
		Update("revoked_at", db.now())
	if res.Error != nil {
		return wrap(res.Error, "revoke api key")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "revoke api key")
	}
	return nil
}

// TouchAPIKey records use of a key, at most once a minute to spare the writer.
func (db *DB) TouchAPIKey(ctx context.Context, id string) error {
	now := db.now()
	return wrap(db.q(ctx).Model(&APIKey{}).
		Where("id = ? AND (last_used_at IS NULL OR last_used_at < ?)", id, now.Add(-time.Minute)).
		Update("last_used_at", now).Error, "touch api key")
}

// resealAPIKeySecrets seals again the signing secrets sealed under an older key.
func (db *DB) resealAPIKeySecrets(ctx context.Context) (int, error) {
	var keys []APIKey
	err := db.q(ctx).Select("id", "secret_sealed").Where("secret_sealed IS NOT NULL").Find(&keys).Error
	if err != nil {
		return 0, wrap(err, "read api key secrets")
	}
	resealed := 0
	for _, k := range keys {
		if db.sealer.Current(*k.SecretSealed) {
			continue
		}
		secret, err := db.open(*k.SecretSealed, "api key secret")
		if err != nil {
			return resealed, err
		}
		v, err := db.seal(secret, "api key secret")
		if err != nil {
			return resealed, err
		}
		res := db.q(ctx).Model(&APIKey{}).Where("id = ? AND secret_sealed = ?", k.ID, *k.SecretSealed).
			Update("secret_sealed", v)
		if res.Error != nil {
			return resealed, wrap(res.Error, "reseal api key secret")
		}
		resealed += int(res.RowsAffected)
	}
	return resealed, nil
}
