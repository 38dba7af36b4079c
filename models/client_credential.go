package models

import (
	"context"
	"time"
)

// ClientCredential authenticates tracker.delivery-style API calls
// ("TRACKQL-API-KEY client_id:client_secret") for one organization. ClientID is
// public; only a hash of the secret is stored.
type ClientCredential struct {
	ID             string
	OrganizationID string
	Name           string
	ClientID       string
	SecretHash     string
	LastUsedAt     *time.Time
	RevokedAt      *time.Time
	CreatedAt      time.Time
}

// CreateClientCredential stores a credential.
func (db *DB) CreateClientCredential(ctx context.Context, c *ClientCredential) error {
	if c.ID == "" {
		c.ID = NewID()
	}
	return wrap(db.q(ctx).Create(c).Error, "create client credential")
}

// ClientCredentialByClientID finds a live credential by its public client id. Like
// API keys, this lookup is how a request finds its organization, so it is not
// scoped by one.
func (db *DB) ClientCredentialByClientID(ctx context.Context, clientID string) (*ClientCredential, error) {
	var c ClientCredential
	err := db.q(ctx).Where("client_id = ? AND revoked_at IS NULL", clientID).Take(&c).Error
	return &c, wrap(err, "client credential")
}

// ClientCredentials lists an organization's credentials, newest first.
func (db *DB) ClientCredentials(ctx context.Context, orgID string) ([]ClientCredential, error) {
	var cs []ClientCredential
	err := db.q(ctx).Where("organization_id = ?", orgID).Order("created_at DESC, id").Find(&cs).Error
	return cs, wrap(err, "client credentials")
}

// RevokeClientCredential disables a credential of the organization.
func (db *DB) RevokeClientCredential(ctx context.Context, orgID, id string) error {
	res := db.q(ctx).Model(&ClientCredential{}).
		Where("organization_id = ? AND id = ? AND revoked_at IS NULL", orgID, id).
		Update("revoked_at", db.now())
	if res.Error != nil {
		return wrap(res.Error, "revoke client credential")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "revoke client credential")
	}
	return nil
}

// TouchClientCredential records use, at most once a minute to spare the writer.
func (db *DB) TouchClientCredential(ctx context.Context, id string) error {
	now := db.now()
	return wrap(db.q(ctx).Model(&ClientCredential{}).
		Where("id = ? AND (last_used_at IS NULL OR last_used_at < ?)", id, now.Add(-time.Minute)).
		Update("last_used_at", now).Error, "touch client credential")
}
