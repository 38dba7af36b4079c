package models

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm"
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

	Tag             string
	Subtag          string
	Active          bool
	CompletedReason *string
	CompletedAt     *time.Time
	RetrackCount    int
	LastUpdatedAt   time.Time
	CreatedAt       time.Time
	UpdatedAt       time.Time

	// Parcel is loaded by the queries that need carrier facts alongside.
	Parcel *Parcel `gorm:"foreignKey:ParcelID"`
}

// NextCourier names the next carrier of a multi-carrier shipment.
type NextCourier struct {
	Slug           string `json:"slug"`
	TrackingNumber string `json:"tracking_number"`
	Source         string `json:"source,omitempty"`
}

// TrackingFilter narrows a tracking list. Zero values do not filter.
type TrackingFilter struct {
	Keyword         string
	TrackingNumbers []string
	Slugs           []string
	Tags            []string
	Origins         []string
	Destinations    []string
	OrderID         string
	ShipmentTags    []string
	CreatedAtMin    *time.Time
	CreatedAtMax    *time.Time
	UpdatedAtMin    *time.Time
	UpdatedAtMax    *time.Time
	ReturnToSender  *bool
	Page, Limit     int
}

// CreateTracking stores a new tracking; ErrConflict when the organization already
// tracks that number at that courier.
func (db *DB) CreateTracking(ctx context.Context, t *Tracking) error {
	if t.ID == "" {
		t.ID = NewID()
	}
	normalizeLists(t)
	err := db.q(ctx).Omit("Parcel").Create(t).Error
	return wrap(err, "create tracking")
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
}

// TrackingByID finds one of the organization's trackings, with its parcel.
func (db *DB) TrackingByID(ctx context.Context, orgID, id string) (*Tracking, error) {
	var t Tracking
	err := db.q(ctx).Preload("Parcel").
		Where("organization_id = ? AND id = ?", orgID, id).Take(&t).Error
	return &t, wrap(err, "tracking")
}

// TrackingBySlugNumber finds one of the organization's trackings by courier and number.
func (db *DB) TrackingBySlugNumber(ctx context.Context, orgID, slug, number string) (*Tracking, error) {
	var t Tracking
	err := db.q(ctx).Preload("Parcel").
		Where("organization_id = ? AND slug = ? AND tracking_number = ?", orgID, slug, number).Take(&t).Error
	return &t, wrap(err, "tracking")
}

// ListTrackings returns one page of the organization's trackings, newest first, and
// the total that match.
func (db *DB) ListTrackings(ctx context.Context, orgID string, f TrackingFilter) ([]Tracking, int64, error) {
	q := db.q(ctx).Model(&Tracking{}).Where("organization_id = ?", orgID)
	q = applyTrackingFilter(q, f)
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, wrap(err, "count trackings")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	page := max(f.Page, 1)
	var ts []Tracking
	err := q.Preload("Parcel").Order("created_at DESC, id DESC").
		Limit(limit).Offset((page - 1) * limit).Find(&ts).Error
	return ts, total, wrap(err, "list trackings")
}

func applyTrackingFilter(q *gorm.DB, f TrackingFilter) *gorm.DB {
	if k := strings.TrimSpace(f.Keyword); k != "" {
		like := "%" + escapeLike(k) + "%"
		q = q.Where("(tracking_number LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR order_id LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\')",
			like, like, like, like)
	}
	in := func(col string, vals []string) {
		if len(vals) > 0 {
			q = q.Where(col+" IN ?", vals)
		}
	}
	in("tracking_number", f.TrackingNumbers)
	in("slug", f.Slugs)
	in("tag", f.Tags)
	in("origin_country_iso3", f.Origins)
	in("destination_country_iso3", f.Destinations)
	if f.OrderID != "" {
		q = q.Where("order_id = ?", f.OrderID)
	}
	for _, tag := range f.ShipmentTags {
		q = q.Where("shipment_tags LIKE ? ESCAPE '\\'", "%\""+escapeLike(tag)+"\"%")
	}
	if f.ReturnToSender != nil {
		if *f.ReturnToSender {
			q = q.Where("subtag = ?", "Exception_011")
		} else {
			q = q.Where("subtag <> ?", "Exception_011")
		}
	}
	timeRange := func(col string, min, max *time.Time) {
		if min != nil {
			q = q.Where(col+" >= ?", min.UTC())
		}
		if max != nil {
			q = q.Where(col+" <= ?", max.UTC())
		}
	}
	timeRange("created_at", f.CreatedAtMin, f.CreatedAtMax)
	timeRange("updated_at", f.UpdatedAtMin, f.UpdatedAtMax)
	return q
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// UpdateTracking writes the given columns of one of the organization's trackings.
func (db *DB) UpdateTracking(ctx context.Context, orgID, id string, cols map[string]any) error {
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

// MirrorParcel copies a parcel's new status to every tracking of it that is still
// following the carrier (not completed by hand).
func (db *DB) MirrorParcel(ctx context.Context, p *Parcel) error {
	now := db.now()
	return wrap(db.q(ctx).Model(&Tracking{}).
		Where("parcel_id = ? AND completed_at IS NULL", p.ID).
		Updates(map[string]any{
			"tag": p.Tag, "subtag": p.Subtag, "active": p.Active,
			"last_updated_at": now, "updated_at": now,
		}).Error, "mirror parcel")
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
