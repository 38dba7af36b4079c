package models

import (
	"context"
	"slices"
	"time"
)

// WebhookEvent is something that happened to an organization's data: the replay log,
// and what deliveries send.
type WebhookEvent struct {
	Seq            int64 `gorm:"primaryKey;autoIncrement"`
	ID             string
	OrganizationID string
	Event          string
	TrackingID     string
	Tag            string
	FirstTag       bool
	CreatedAt      time.Time
}

// TableName names the table.
func (WebhookEvent) TableName() string { return "webhook_events" }

// Delivery states: pending until delivered or given up.
const (
	DeliveryPending   = "pending"
	DeliveryDelivered = "delivered"
	DeliveryFailed    = "failed"
)

// WebhookDelivery is one event on its way to one endpoint.
type WebhookDelivery struct {
	ID             string
	OrganizationID string
	EndpointID     string
	EventSeq       int64
	TrackingID     string
	Status         string
	Attempts       int
	NextAttemptAt  time.Time
	LockedUntil    *time.Time
	Body           string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// TableName names the table.
func (WebhookDelivery) TableName() string { return "webhook_deliveries" }

// EventTrackingUpdate is the event of a tracking's status change.
const EventTrackingUpdate = "tracking_update"

// RecordTrackingUpdates writes, in the caller's transaction, one tracking_update event
// for every tracking that follows the parcel and a delivery of it to every enabled
// endpoint of the tracking's organization that selects the event and the tag.
// The event is the tracking's first in this tag when the parcel reached it only once.
func (db *DB) RecordTrackingUpdates(ctx context.Context, parcelID, tag string) error {
	var reached int64
	if err := db.q(ctx).Model(&ParcelTransition{}).Where("parcel_id = ? AND to_tag = ?", parcelID, tag).
		Count(&reached).Error; err != nil {
		return wrap(err, "transitions of parcel")
	}
	firstTag := reached <= 1
	var ts []struct{ ID, OrganizationID string }
	err := db.q(ctx).Model(&Tracking{}).Select("id", "organization_id").
		Where("parcel_id = ? AND completed_at IS NULL", parcelID).Order("id").Find(&ts).Error
	if err != nil {
		return wrap(err, "trackings of parcel")
	}
	for _, t := range ts {
		ev := &WebhookEvent{ID: NewID(), OrganizationID: t.OrganizationID, Event: EventTrackingUpdate,
			TrackingID: t.ID, Tag: tag, FirstTag: firstTag}
		if err := db.RecordEvent(ctx, ev, func(e *WebhookEndpoint) bool {
			return len(e.Tags) == 0 || slices.Contains(e.Tags, tag)
		}); err != nil {
			return err
		}
	}
	return nil
}

// RecordEvent stores an event and a delivery to each enabled endpoint of its
// organization that selects the event and that match accepts.
func (db *DB) RecordEvent(ctx context.Context, ev *WebhookEvent, match func(*WebhookEndpoint) bool) error {
	ev.CreatedAt = db.now()
	if err := db.q(ctx).Create(ev).Error; err != nil {
		return wrap(err, "record event")
	}
	var es []WebhookEndpoint
	if err := db.q(ctx).Where("organization_id = ? AND enabled", ev.OrganizationID).Find(&es).Error; err != nil {
		return wrap(err, "endpoints of event")
	}
	for i := range es {
		if !slices.Contains(es[i].Events, ev.Event) || !match(&es[i]) {
			continue
		}
		if _, err := db.AddDelivery(ctx, ev, es[i].ID); err != nil {
			return err
		}
	}
	return nil
}

// AddDelivery queues the event for one endpoint, due now.
func (db *DB) AddDelivery(ctx context.Context, ev *WebhookEvent, endpointID string) (*WebhookDelivery, error) {
	now := db.now()
	d := &WebhookDelivery{ID: NewID(), OrganizationID: ev.OrganizationID, EndpointID: endpointID,
		EventSeq: ev.Seq, TrackingID: ev.TrackingID, Status: DeliveryPending, NextAttemptAt: now,
		CreatedAt: now, UpdatedAt: now}
	return d, wrap(db.q(ctx).Create(d).Error, "add delivery")
}

// EventBySeq reads one of the organization's events.
func (db *DB) EventBySeq(ctx context.Context, orgID string, seq int64) (*WebhookEvent, error) {
	var ev WebhookEvent
	err := db.q(ctx).Where("organization_id = ? AND seq = ?", orgID, seq).Take(&ev).Error
	if err != nil {
		return nil, wrap(err, "event")
	}
	return &ev, nil
}

// Events lists the organization's events after the sequence number since, in order.
func (db *DB) Events(ctx context.Context, orgID string, since int64, limit int) ([]WebhookEvent, error) {
	var evs []WebhookEvent
	err := db.q(ctx).Where("organization_id = ? AND seq > ?", orgID, since).Order("seq").Limit(limit).Find(&evs).Error
	return evs, wrap(err, "list events")
}

// DeleteEventsBefore removes events (and their deliveries) older than t.
func (db *DB) DeleteEventsBefore(ctx context.Context, t time.Time) (int64, error) {
	var n int64
	err := db.Tx(ctx, func(tx *DB) error {
		old := tx.q(ctx).Model(&WebhookEvent{}).Select("seq").Where("created_at < ?", t)
		dels := tx.q(ctx).Model(&WebhookDelivery{}).Select("id").Where("event_seq IN (?)", old)
		if err := tx.q(ctx).Where("delivery_id IN (?)", dels).Delete(&WebhookAttempt{}).Error; err != nil {
			return wrap(err, "delete old attempts")
		}
		if err := tx.q(ctx).Where("event_seq IN (?)", old).Delete(&WebhookDelivery{}).Error; err != nil {
			return wrap(err, "delete old deliveries")
		}
		res := tx.q(ctx).Where("created_at < ?", t).Delete(&WebhookEvent{})
		n = res.RowsAffected
		return wrap(res.Error, "delete old events")
	})
	return n, err
}
