package models

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// WebhookAttempt is one request of a delivery and what came back.
type WebhookAttempt struct {
	ID              string
	DeliveryID      string
	Attempt         int
	RequestHeaders  map[string]string `gorm:"serializer:json"`
	StatusCode      int
	ResponseExcerpt string
	Error           string
	DurationMS      int64 `gorm:"column:duration_ms"`
	CreatedAt       time.Time
}

// TableName names the table.
func (WebhookAttempt) TableName() string { return "webhook_attempts" }

// ClaimDueDeliveries leases up to limit pending deliveries that are due, whose endpoint
// is enabled and that head their line: no earlier event for the same tracking is still
// pending at the same endpoint (events of no tracking, such as tests, wait for none). A leased delivery is not claimed again until the lease
// ends, so a lost job is retried then.
func (db *DB) ClaimDueDeliveries(ctx context.Context, limit int, lease time.Duration) ([]WebhookDelivery, error) {
	var out []WebhookDelivery
	err := db.Tx(ctx, func(tx *DB) error {
		now := tx.now()
		err := tx.q(ctx).Model(&WebhookDelivery{}).
			Where("status = ? AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until <= ?)", DeliveryPending, now, now).
			Where("EXISTS (SELECT 1 FROM webhook_endpoints w WHERE w.id = webhook_deliveries.endpoint_id AND w.enabled)").
			Where(`(webhook_deliveries.tracking_id = '' OR NOT EXISTS (SELECT 1 FROM webhook_deliveries e WHERE e.endpoint_id = webhook_deliveries.endpoint_id
				AND e.tracking_id = webhook_deliveries.tracking_id AND e.status = ? AND e.event_seq < webhook_deliveries.event_seq))`, DeliveryPending).
			Order("next_attempt_at, event_seq").Limit(limit).Find(&out).Error
		if err != nil || len(out) == 0 {
			return wrap(err, "due deliveries")
		}
		ids := make([]string, len(out))
		for i := range out {
			ids[i] = out[i].ID
		}
		return wrap(tx.q(ctx).Model(&WebhookDelivery{}).Where("id IN ?", ids).
			Update("locked_until", now.Add(lease)).Error, "lease deliveries")
	})
	return out, err
}

// WebhookDelivery reads one of the organization's deliveries.
func (db *DB) WebhookDelivery(ctx context.Context, orgID, id string) (*WebhookDelivery, error) {
	var d WebhookDelivery
	if err := db.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Take(&d).Error; err != nil {
		return nil, wrap(err, "delivery")
	}
	return &d, nil
}

// WebhookDeliveries lists an endpoint's deliveries, newest first.
func (db *DB) WebhookDeliveries(ctx context.Context, orgID, endpointID string, limit int) ([]WebhookDelivery, error) {
	var ds []WebhookDelivery
	err := db.q(ctx).Where("organization_id = ? AND endpoint_id = ?", orgID, endpointID).
		Order("created_at DESC, event_seq DESC").Limit(limit).Find(&ds).Error
	return ds, wrap(err, "list deliveries")
}

// WebhookAttempts lists the attempts of deliveries, oldest first.
func (db *DB) WebhookAttempts(ctx context.Context, deliveryIDs []string) ([]WebhookAttempt, error) {
	var as []WebhookAttempt
	if len(deliveryIDs) == 0 {
		return nil, nil
	}
	err := db.q(ctx).Where("delivery_id IN ?", deliveryIDs).Order("delivery_id, attempt").Find(&as).Error
	return as, wrap(err, "list attempts")
}

// SetDeliveryBody stores the body a delivery sends on every attempt.
func (db *DB) SetDeliveryBody(ctx context.Context, d *WebhookDelivery, body string) error {
	d.Body = body
	return wrap(db.q(ctx).Model(&WebhookDelivery{}).Where("id = ?", d.ID).Update("body", body).Error, "delivery body")
}

// AttemptOutcome is what one attempt ends in: delivered, retried at Next, or given up.
type AttemptOutcome struct {
	Attempt   WebhookAttempt
	Delivered bool
	GiveUp    bool
	Next      time.Time
	// DisableAfter disables the endpoint once this many deliveries in a row gave up.
	DisableAfter int
}

// FinishAttempt records an attempt and moves the delivery on, counting the endpoint's
// consecutive failed deliveries (a success resets them) and disabling it past the limit.
// It reports whether the endpoint was disabled.
func (db *DB) FinishAttempt(ctx context.Context, d *WebhookDelivery, o AttemptOutcome) (bool, error) {
	disabled := false
	err := db.Tx(ctx, func(tx *DB) error {
		now := tx.now()
		var n int64
		if err := tx.q(ctx).Model(&WebhookAttempt{}).Where("delivery_id = ?", d.ID).Count(&n).Error; err != nil {
			return wrap(err, "count attempts")
		}
		a := o.Attempt
		a.ID, a.DeliveryID, a.Attempt, a.CreatedAt = NewID(), d.ID, int(n)+1, now
		if err := tx.q(ctx).Create(&a).Error; err != nil {
			return wrap(err, "record attempt")
		}
		cols := map[string]any{"attempts": d.Attempts + 1, "locked_until": nil, "updated_at": now}
		switch {
		case o.Delivered:
			cols["status"] = DeliveryDelivered
		case o.GiveUp:
			cols["status"] = DeliveryFailed
		default:
			cols["next_attempt_at"] = o.Next
		}
		if err := tx.q(ctx).Model(&WebhookDelivery{}).Where("id = ?", d.ID).Updates(cols).Error; err != nil {
			return wrap(err, "finish attempt")
		}
		var err error
		disabled, err = tx.countEndpointOutcome(ctx, d.EndpointID, o)
		return err
	})
	return disabled, err
}

func (db *DB) countEndpointOutcome(ctx context.Context, endpointID string, o AttemptOutcome) (bool, error) {
	q := db.q(ctx).Model(&WebhookEndpoint{}).Where("id = ?", endpointID)
	switch {
	case o.Delivered:
		// Only a failing endpoint's row is written: concurrent successes take no row lock.
		return false, wrap(q.Where("consecutive_failures <> 0").Update("consecutive_failures", 0).Error, "endpoint failures")
	case !o.GiveUp:
		return false, nil
	}
	// Counted in the database, so give-ups finishing together all count.
	if err := q.Update("consecutive_failures", gorm.Expr("consecutive_failures + 1")).Error; err != nil {
		return false, wrap(err, "endpoint failures")
	}
	if o.DisableAfter <= 0 {
		return false, nil
	}
	res := db.q(ctx).Model(&WebhookEndpoint{}).Where("id = ? AND enabled AND consecutive_failures >= ?", endpointID, o.DisableAfter).
		Updates(map[string]any{"enabled": false, "disabled_reason": "too many consecutive failed deliveries"})
	return res.RowsAffected > 0, wrap(res.Error, "disable endpoint")
}

// RedeliverWebhook queues one of the organization's deliveries again, due now, with a
// fresh round of attempts.
func (db *DB) RedeliverWebhook(ctx context.Context, orgID, endpointID, id string) error {
	res := db.q(ctx).Model(&WebhookDelivery{}).Where("organization_id = ? AND endpoint_id = ? AND id = ?", orgID, endpointID, id).
		Updates(map[string]any{"status": DeliveryPending, "attempts": 0, "next_attempt_at": db.now(),
			"locked_until": nil, "updated_at": db.now()})
	if res.Error != nil {
		return wrap(res.Error, "redeliver")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "redeliver")
	}
	return nil
}
