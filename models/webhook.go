package models

import (
	"context"
	"time"
)

// WebhookEndpoint is one URL a merchant receives events at. Secrets are sealed with
// the data key; Secret and PreviousSecret are filled only when read through
// WebhookEndpointWithSecrets.
type WebhookEndpoint struct {
	ID                   string
	OrganizationID       string
	URL                  string
	Events               []string          `gorm:"serializer:json"`
	Tags                 []string          `gorm:"serializer:json"`
	Headers              map[string]string `gorm:"serializer:json"`
	APIVersion           string
	SecretSealed         string
	PreviousSecretSealed string
	PreviousUntil        *time.Time
	Enabled              bool
	ConsecutiveFailures  int
	DisabledReason       string
	CreatedAt            time.Time
	UpdatedAt            time.Time

	Secret         string `gorm:"-"`
	PreviousSecret string `gorm:"-"`
}

// TableName names the table.
func (WebhookEndpoint) TableName() string { return "webhook_endpoints" }

// CreateWebhookEndpoint stores a new endpoint, sealing its secret.
func (db *DB) CreateWebhookEndpoint(ctx context.Context, e *WebhookEndpoint) error {
	if e.ID == "" {
		e.ID = NewID()
	}
	sealed, err := db.seal([]byte(e.Secret), "webhook secret")
	if err != nil {
		return err
	}
	e.SecretSealed = sealed
	now := db.now()
	e.CreatedAt, e.UpdatedAt = now, now
	return wrap(db.q(ctx).Create(e).Error, "create webhook endpoint")
}

// WebhookEndpoints lists the organization's endpoints, oldest first.
func (db *DB) WebhookEndpoints(ctx context.Context, orgID string) ([]WebhookEndpoint, error) {
	var es []WebhookEndpoint
	err := db.q(ctx).Where("organization_id = ?", orgID).Order("created_at, id").Find(&es).Error
	return es, wrap(err, "list webhook endpoints")
}

// WebhookEndpoint reads one of the organization's endpoints.
func (db *DB) WebhookEndpoint(ctx context.Context, orgID, id string) (*WebhookEndpoint, error) {
	var e WebhookEndpoint
	err := db.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Take(&e).Error
	if err != nil {
		return nil, wrap(err, "webhook endpoint")
	}
	return &e, nil
}

// WebhookEndpointWithSecrets reads an endpoint and opens its secrets, to sign.
func (db *DB) WebhookEndpointWithSecrets(ctx context.Context, orgID, id string) (*WebhookEndpoint, error) {
	e, err := db.WebhookEndpoint(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	b, err := db.open(e.SecretSealed, "webhook secret")
	if err != nil {
		return nil, err
	}
	e.Secret = string(b)
	if e.PreviousSecretSealed != "" {
		p, err := db.open(e.PreviousSecretSealed, "webhook secret")
		if err != nil {
			return nil, err
		}
		e.PreviousSecret = string(p)
	}
	return e, nil
}

// WebhookEndpointChange is what an update may change; nil leaves a field as it is.
type WebhookEndpointChange struct {
	URL        *string
	Events     *[]string
	Tags       *[]string
	Headers    *map[string]string
	APIVersion *string
	Enabled    *bool
}

// UpdateWebhookEndpoint applies a change to one of the organization's endpoints.
// Enabling an endpoint clears its failure count.
func (db *DB) UpdateWebhookEndpoint(ctx context.Context, orgID, id string, ch WebhookEndpointChange) (*WebhookEndpoint, error) {
	var out *WebhookEndpoint
	err := db.Tx(ctx, func(tx *DB) error {
		e, err := tx.WebhookEndpoint(ctx, orgID, id)
		if err != nil {
			return err
		}
		set(&e.URL, ch.URL)
		set(&e.Events, ch.Events)
		set(&e.Tags, ch.Tags)
		set(&e.Headers, ch.Headers)
		set(&e.APIVersion, ch.APIVersion)
		if ch.Enabled != nil {
			e.Enabled = *ch.Enabled
			if e.Enabled {
				e.ConsecutiveFailures, e.DisabledReason = 0, ""
			}
		}
		e.UpdatedAt = tx.now()
		out = e
		// Only what a change may touch is written: a rotation committing meanwhile keeps its secret.
		return wrap(tx.q(ctx).Model(e).Select("url", "events", "tags", "headers", "api_version", "enabled",
			"consecutive_failures", "disabled_reason", "updated_at").Updates(e).Error, "update webhook endpoint")
	})
	return out, err
}

func set[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

// RotateWebhookSecret makes secret the endpoint's secret; the current one stays
// valid (signed with too) until until.
func (db *DB) RotateWebhookSecret(ctx context.Context, orgID, id, secret string, until time.Time) error {
	return db.Tx(ctx, func(tx *DB) error {
		e, err := tx.WebhookEndpoint(ctx, orgID, id)
		if err != nil {
			return err
		}
		sealed, err := tx.seal([]byte(secret), "webhook secret")
		if err != nil {
			return err
		}
		return wrap(tx.q(ctx).Model(&WebhookEndpoint{}).Where("organization_id = ? AND id = ?", orgID, id).
			Updates(map[string]any{"secret_sealed": sealed, "previous_secret_sealed": e.SecretSealed,
				"previous_until": until, "updated_at": tx.now()}).Error, "rotate webhook secret")
	})
}

// DeleteWebhookEndpoint removes one of the organization's endpoints and its deliveries.
func (db *DB) DeleteWebhookEndpoint(ctx context.Context, orgID, id string) error {
	return db.Tx(ctx, func(tx *DB) error {
		if err := tx.q(ctx).Where("endpoint_id IN (?)", tx.q(ctx).Model(&WebhookEndpoint{}).Select("id").
			Where("organization_id = ? AND id = ?", orgID, id)).Delete(&WebhookDelivery{}).Error; err != nil {
			return wrap(err, "delete webhook deliveries")
		}
		res := tx.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Delete(&WebhookEndpoint{})
		if res.Error != nil {
			return wrap(res.Error, "delete webhook endpoint")
		}
		if res.RowsAffected == 0 {
			return wrap(ErrNotFoundRecord, "delete webhook endpoint")
		}
		return nil
	})
}
