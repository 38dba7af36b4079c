package models

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Tracking is an organization's interest in a parcel, with its private data:
// order, customer, notes, custom fields. Tag and Subtag mirror the parcel until the
// tracking is completed by hand.
type Tracking struct {
	ID             string
	OrganizationID string
	ParcelID       string
	Slug           string
	TrackingNumber string
	Source         string

	Title                     string
	Note                      *string
	OrderID                   *string
	OrderIDPath               *string
	OrderNumber               *string
	OrderDate                 *string
	CustomFields              map[string]string `gorm:"serializer:json"`
	Language                  *string
	Emails                    []string `gorm:"serializer:json"`
	Smses                     []string `gorm:"serializer:json"`
	CustomerName              *string
	OrderPromisedDeliveryDate *string
	DeliveryType              *string
	PickupLocation            *string
	PickupNote                *string

	TrackingAccountNumber      *string
	TrackingKey                *string
	TrackingShipDate           *string
	TrackingOriginCountry      *string
	TrackingDestinationCountry *string
	TrackingPostalCode         *string
	TrackingState              *string

	OriginCountryISO3      *string `gorm:"column:origin_country_iso3"`
	OriginState            *string
	OriginCity             *string
	OriginPostalCode       *string
	OriginRawLocation      *string
	DestinationCountryISO3 *string `gorm:"column:destination_country_iso3"`
	DestinationState       *string
	DestinationCity        *string
	DestinationPostalCode  *string
	DestinationRawLocation *string
	SlugGroup              *string
	ShipmentType           *string
	ShipmentTags           []string `gorm:"serializer:json"`
	CourierConnectionID    *string
	NextCouriers           []NextCourier `gorm:"serializer:json"`
	LocationID             *string
	ShippingMethod         *string
	Customers              []Customer `gorm:"serializer:json"`
	// ShipmentDirection is "forward" or "return" when the merchant said which.
	ShipmentDirection *string

	Tag             string
	Subtag          string
	Active          bool
	CompletedReason *string
	CompletedAt     *time.Time
	RetrackCount    int
	// PickedUpAt and DeliveredAt are the parcel's first movement and first delivery
	// event; TransitTime is the whole days between them once delivered.
	PickedUpAt    *time.Time
	DeliveredAt   *time.Time
	TransitTime   *int
	LastUpdatedAt time.Time
	CreatedAt     time.Time
	UpdatedAt     time.Time

	// Parcel is loaded by the queries that need carrier facts alongside.
	Parcel *Parcel `gorm:"foreignKey:ParcelID"`
}

// Customer is one person to notify about a tracking (the 2025-07 API's customers[]).
type Customer struct {
	Role        string `json:"role,omitempty"`
	Name        string `json:"name,omitempty"`
	PhoneNumber string `json:"phone_number,omitempty"`
	Email       string `json:"email,omitempty"`
	Language    string `json:"language,omitempty"`
	// ID is the merchant's own id of the customer.
	ID string `json:"id,omitempty"`
}

// NextCourier names the next carrier of a multi-carrier shipment.
type NextCourier struct {
	Slug           string `json:"slug"`
	TrackingNumber string `json:"tracking_number"`
	Source         string `json:"source,omitempty"`
}

// CreateTracking stores a new tracking; ErrConflict when the organization already
// tracks that number at that courier.
func (db *DB) CreateTracking(ctx context.Context, t *Tracking) error {
	if t.ID == "" {
		t.ID = NewID()
	}
	normalizeLists(t)
	q := db.q(ctx).Omit("Parcel")
	if t.ShipmentDirection == nil {
		// Left to its default, so a tracking can still be written to a database
		// migrated before the column (as the migration tests do).
		q = q.Omit("ShipmentDirection")
	}
	// A tracking that exists already is an expected answer (4003), not a database
	// error: ON CONFLICT DO NOTHING keeps the server from logging the statement and
	// its values (tracking numbers) and the query log from a warning.
	res := q.Clauses(clause.OnConflict{DoNothing: true}).Create(t)
	if res.Error == nil && res.RowsAffected == 0 {
		return fmt.Errorf("create tracking: %w", ErrConflict)
	}
	return wrap(res.Error, "create tracking")
}

func normalizeLists(t *Tracking) {
	if t.Emails == nil {
		t.Emails = []string{}
	}
	if t.Smses == nil {
		t.Smses = []string{}
	}
	if t.ShipmentTags == nil {
		t.ShipmentTags = []string{}
	}
	if t.NextCouriers == nil {
		t.NextCouriers = []NextCourier{}
	}
	if t.Customers == nil {
		t.Customers = []Customer{}
	}
}

// TrackingByID finds one of the organization's trackings, with its parcel.
func (db *DB) TrackingByID(ctx context.Context, orgID, id string) (*Tracking, error) {
	return db.oneTracking(ctx, "t.organization_id = ? AND t.id = ?", orgID, id)
}

// TrackingBySlugNumber finds one of the organization's trackings by courier and number.
func (db *DB) TrackingBySlugNumber(ctx context.Context, orgID, slug, number string) (*Tracking, error) {
	return db.oneTracking(ctx, "t.organization_id = ? AND t.slug = ? AND t.tracking_number = ?", orgID, slug, number)
}

// oneTracking reads the tracking that cond picks with its parcel, in one
// query and scanned as lists are.
func (db *DB) oneTracking(ctx context.Context, cond string, args ...any) (*Tracking, error) {
	ts, err := db.scanTrackings(ctx, trackingsSQL+" WHERE "+cond, args...)
	if err == nil && len(ts) == 0 {
		err = ErrNotFoundRecord
	}
	if err != nil {
		return &Tracking{}, wrap(err, "tracking")
	}
	return &ts[0], nil
}

// UpdateTracking writes the given columns of one of the organization's trackings.
// JSON columns may be given as Go values: they are encoded here as the struct's
// serializer would.
func (db *DB) UpdateTracking(ctx context.Context, orgID, id string, cols map[string]any) error {
	for k, v := range cols {
		if trackingJSONColumns[k] {
			cols[k] = jsonText(v)
		}
	}
	cols["updated_at"] = db.now()
	res := db.q(ctx).Model(&Tracking{}).Where("organization_id = ? AND id = ?", orgID, id).Updates(cols)
	if res.Error != nil {
		return wrap(res.Error, "update tracking")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "update tracking")
	}
	return nil
}

var trackingJSONColumns = map[string]bool{
	"custom_fields": true, "emails": true, "smses": true, "shipment_tags": true,
	"next_couriers": true, "customers": true,
}

// jsonText encodes a value for a JSON text column written through a column map,
// where GORM does not apply the field's serializer. Nil stays NULL.
func jsonText(v any) any {
	if v == nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return string(b)
}

// DeleteTracking removes one of the organization's trackings.
func (db *DB) DeleteTracking(ctx context.Context, orgID, id string) error {
	res := db.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Delete(&Tracking{})
	if res.Error != nil {
		return wrap(res.Error, "delete tracking")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "delete tracking")
	}
	return nil
}

// MirrorParcel copies a parcel's new status and milestones to every tracking of it
// that is still following the carrier (not completed by hand).
func (db *DB) MirrorParcel(ctx context.Context, p *Parcel) error {
	m, err := db.ParcelMilestones(ctx, p.ID)
	if err != nil {
		return err
	}
	now := db.now()
	cols := m.columns()
	cols["tag"], cols["subtag"], cols["active"] = p.Tag, p.Subtag, p.Active
	cols["last_updated_at"], cols["updated_at"] = now, now
	return wrap(db.q(ctx).Model(&Tracking{}).
		Where("parcel_id = ? AND completed_at IS NULL", p.ID).
		Updates(cols).Error, "mirror parcel")
}

// Milestones are the moments of a parcel's journey that lists filter on.
type Milestones struct {
	PickedUpAt  *time.Time
	DeliveredAt *time.Time
}

// TransitDays is the whole days from pick-up to delivery, or nil until both happened.
func (m Milestones) TransitDays() *int {
	if m.PickedUpAt == nil || m.DeliveredAt == nil {
		return nil
	}
	d := int(m.DeliveredAt.Sub(*m.PickedUpAt) / (24 * time.Hour))
	return &d
}

func (m Milestones) columns() map[string]any {
	return map[string]any{"picked_up_at": m.PickedUpAt, "delivered_at": m.DeliveredAt, "transit_time": m.TransitDays()}
}

// ParcelMilestones reads when the parcel first moved (its first event past
// Pending and InfoReceived) and when it was first delivered.
func (db *DB) ParcelMilestones(ctx context.Context, parcelID string) (Milestones, error) {
	first := func(cond string, args ...any) (*time.Time, error) {
		var row struct{ OccurredAt time.Time }
		err := db.q(ctx).Model(&Checkpoint{}).Select("occurred_at").
			Where("parcel_id = ?", parcelID).Where(cond, args...).
			Order("occurred_at").Limit(1).Take(&row).Error
		if err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				err = nil
			}
			return nil, wrap(err, "parcel milestones")
		}
		t := row.OccurredAt.UTC()
		return &t, nil
	}
	var m Milestones
	var err error
	if m.PickedUpAt, err = first("tag NOT IN ?", []string{"Pending", "InfoReceived"}); err != nil {
		return m, err
	}
	m.DeliveredAt, err = first("tag = ?", "Delivered")
	return m, err
}

// CountTrackingsByTag counts the organization's trackings per tag.
func (db *DB) CountTrackingsByTag(ctx context.Context, orgID string) (map[string]int64, error) {
	var rows []struct {
		Tag string
		N   int64
	}
	err := db.q(ctx).Model(&Tracking{}).Select("tag, COUNT(*) AS n").
		Where("organization_id = ?", orgID).Group("tag").Scan(&rows).Error
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.Tag] = r.N
	}
	return out, wrap(err, "count trackings")
}

// TrackingsOfParcelExist reports whether any organization tracks the parcel.
func (db *DB) TrackingsOfParcelExist(ctx context.Context, parcelID string) (bool, error) {
	var n int64
	err := db.q(ctx).Model(&Tracking{}).Where("parcel_id = ?", parcelID).Limit(1).Count(&n).Error
	return n > 0, wrap(err, "trackings of parcel")
}
