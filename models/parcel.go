package models

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"strconv"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Parcel is one physical shipment at one carrier: polled once however many
// organizations track it. Its status is the carrier's truth.
type Parcel struct {
	ID                     string
	Slug                   string
	TrackingNumber         string
	Fields                 map[string]string `gorm:"serializer:json"`
	Tag                    string
	Subtag                 string
	SignedBy               string
	ExpectedDelivery       *time.Time
	OriginCountryISO3      string `gorm:"column:origin_country_iso3"`
	DestinationCountryISO3 string `gorm:"column:destination_country_iso3"`
	ShipmentType           string
	ShipmentWeight         *float64
	ShipmentWeightUnit     string
	ShipmentPackageCount   int
	Sandbox                bool
	Active                 bool
	PollCount              int
	Failures               int
	LastError              string
	LastPolledAt           *time.Time
	NextPollAt             *time.Time
	LastEventAt            *time.Time
	// ActiveSince is when the parcel was last (re)activated by a retrack; the
	// no-information clock that expires parcels starts there.
	ActiveSince *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Checkpoint is one stored carrier event of a parcel. Hash identifies its content
// so that a carrier repeating an event does not duplicate it.
type Checkpoint struct {
	ID          string
	ParcelID    string
	Hash        string
	OccurredAt  time.Time
	UTCOffset   int `gorm:"column:utc_offset"`
	Message     string
	Location    string
	City        string
	State       string
	Zip         string
	CountryISO3 string `gorm:"column:country_iso3"`
	CountryName string
	RawStatus   string
	RawTag      string
	Tag         string
	Subtag      string
	Coordinates []float64 `gorm:"serializer:json"`
	CreatedAt   time.Time
}

// LocalTime is the event time in the zone the carrier reported it in.
func (c *Checkpoint) LocalTime() time.Time {
	return c.OccurredAt.In(time.FixedZone("", c.UTCOffset))
}

// ParcelTransition records a status change of a parcel, for notifications.
type ParcelTransition struct {
	ID        string
	ParcelID  string
	FromTag   string
	ToTag     string
	Subtag    string
	CreatedAt time.Time
}

// EnsureParcel returns the parcel for (slug, number), creating it when new.
// Concurrent callers get the same row.
func (db *DB) EnsureParcel(ctx context.Context, p *Parcel) (*Parcel, error) {
	if p.ID == "" {
		p.ID = NewID()
	}
	if p.Fields == nil {
		p.Fields = map[string]string{}
	}
	err := db.q(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(p).Error
	if err != nil {
		return nil, wrap(err, "create parcel")
	}
	return db.ParcelBySlugNumber(ctx, p.Slug, p.TrackingNumber)
}

// ParcelBySlugNumber finds a parcel by carrier and number.
func (db *DB) ParcelBySlugNumber(ctx context.Context, slug, number string) (*Parcel, error) {
	var p Parcel
	err := db.q(ctx).Where("slug = ? AND tracking_number = ?", slug, number).Take(&p).Error
	return &p, wrap(err, "parcel")
}

// ParcelByID finds a parcel.
func (db *DB) ParcelByID(ctx context.Context, id string) (*Parcel, error) {
	var p Parcel
	err := db.q(ctx).Where("id = ?", id).Take(&p).Error
	return &p, wrap(err, "parcel")
}

// DueParcels lists parcels whose next poll time has come, oldest due first. A parcel
// is on the schedule while next_poll_at is set, which includes delivered parcels
// still inside their grace period.
func (db *DB) DueParcels(ctx context.Context, now time.Time, limit int) ([]string, error) {
	var ids []string
	err := db.q(ctx).Model(&Parcel{}).
		Where("next_poll_at IS NOT NULL AND next_poll_at <= ?", now.UTC()).
		Order("next_poll_at").Limit(limit).Pluck("id", &ids).Error
	return ids, wrap(err, "due parcels")
}

// LeaseParcels moves the next poll of parcels that are still due to until, so that
// the scheduler does not hand out a queued parcel again while its poll waits; a poll
// that already ran and rescheduled the parcel is left alone.
func (db *DB) LeaseParcels(ctx context.Context, ids []string, now, until time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	return wrap(db.q(ctx).Model(&Parcel{}).
		Where("id IN ? AND next_poll_at <= ?", ids, now.UTC()).
		UpdateColumn("next_poll_at", until.UTC()).Error, "lease parcels")
}

// DeferParcel moves a parcel's next poll without recording a poll, for when the
// carrier is not to be called now (too busy, or failing).
func (db *DB) DeferParcel(ctx context.Context, id string, until time.Time) error {
	return wrap(db.q(ctx).Model(&Parcel{}).Where("id = ?", id).
		UpdateColumn("next_poll_at", until.UTC()).Error, "defer parcel")
}

// SaveParcelPoll stores a parcel's state after a poll. The request fields are
// left alone: a merchant may change them (RenewParcelRequest) while a poll that
// read the old ones is running.
func (db *DB) SaveParcelPoll(ctx context.Context, p *Parcel) error {
	p.UpdatedAt = db.now()
	return wrap(db.q(ctx).Model(p).Select("*").Omit("id", "slug", "tracking_number", "created_at", "fields").
		Updates(p).Error, "save parcel")
}

// RenewParcelRequest gives the parcel that one of the organization's trackings follows
// new carrier request fields (the additional tracking fields) and makes it due at due,
// forgetting the failures the old fields earned. It reports false and writes nothing
// when the parcel already asks with these fields. The parcel is found through the
// tracking, so an organization reaches only a parcel it follows. Organizations tracking
// the same number share the parcel: the fields written last win, as every tracking of
// it describes the same physical shipment.
func (db *DB) RenewParcelRequest(ctx context.Context, orgID, trackingID string, fields map[string]string, due time.Time) (*Parcel, bool, error) {
	var p Parcel
	err := db.q(ctx).Model(&Parcel{}).
		Joins("JOIN trackings ON trackings.parcel_id = parcels.id").
		Where("trackings.organization_id = ? AND trackings.id = ?", orgID, trackingID).
		Select("parcels.*").Take(&p).Error
	if err != nil {
		return nil, false, wrap(err, "parcel of tracking")
	}
	if fields == nil {
		fields = map[string]string{}
	}
	if maps.Equal(p.Fields, fields) {
		return &p, false, nil
	}
	at := due.UTC()
	p.Fields, p.Failures, p.LastError, p.NextPollAt, p.UpdatedAt = fields, 0, "", &at, db.now()
	err = db.q(ctx).Model(&p).Select("fields", "failures", "last_error", "next_poll_at", "updated_at").Updates(&p).Error
	return &p, err == nil, wrap(err, "renew parcel request")
}

// InsertCheckpoints stores new events, skipping those already stored (same hash).
// It returns how many were new.
func (db *DB) InsertCheckpoints(ctx context.Context, cps []Checkpoint) (int, error) {
	if len(cps) == 0 {
		return 0, nil
	}
	for i := range cps {
		if cps[i].ID == "" {
			cps[i].ID = NewID()
		}
		if cps[i].Coordinates == nil {
			cps[i].Coordinates = []float64{}
		}
	}
	res := db.q(ctx).Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(cps, 100)
	return int(res.RowsAffected), wrap(res.Error, "insert checkpoints")
}

// LatestCheckpoint is the parcel's most recent event; ErrNotFound when it has none.
func (db *DB) LatestCheckpoint(ctx context.Context, parcelID string) (*Checkpoint, error) {
	var c Checkpoint
	err := db.q(ctx).Where("parcel_id = ?", parcelID).Order("occurred_at DESC, id DESC").Take(&c).Error
	return &c, wrap(err, "latest checkpoint")
}

// DeleteCheckpoints forgets a parcel's events, when simulated events give way to the
// carrier's real ones.
func (db *DB) DeleteCheckpoints(ctx context.Context, parcelID string) error {
	return wrap(db.q(ctx).Where("parcel_id = ?", parcelID).Delete(&Checkpoint{}).Error, "delete checkpoints")
}

// Checkpoints lists a parcel's events, oldest first.
func (db *DB) Checkpoints(ctx context.Context, parcelID string) ([]Checkpoint, error) {
	var cps []Checkpoint
	err := db.q(ctx).Where("parcel_id = ?", parcelID).Order("occurred_at, id").Find(&cps).Error
	return cps, wrap(err, "checkpoints")
}

// RecordTransition stores a status change.
func (db *DB) RecordTransition(ctx context.Context, t *ParcelTransition) error {
	if t.ID == "" {
		t.ID = NewID()
	}
	return wrap(db.q(ctx).Create(t).Error, "record transition")
}

// ParcelCredentials finds an organization's own carrier credentials for a parcel: the
// courier connection a tracking of the parcel names, else a connection for the carrier
// of any organization that tracks it. nil when there is none.
func (db *DB) ParcelCredentials(ctx context.Context, parcelID, slug string) (map[string]string, error) {
	var cc CourierConnection
	err := db.q(ctx).Model(&CourierConnection{}).
		Joins("JOIN trackings ON trackings.organization_id = courier_connections.organization_id").
		Where("trackings.parcel_id = ? AND courier_connections.courier_slug = ?", parcelID, slug).
		Order("CASE WHEN trackings.courier_connection_id = courier_connections.id THEN 0 ELSE 1 END, courier_connections.created_at, courier_connections.id").
		Select("courier_connections.*").Take(&cc).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, wrap(err, "parcel credentials")
	}
	if err := db.openCredentials(&cc); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(cc.Credentials))
	for k, v := range cc.Credentials {
		if f, ok := v.(float64); ok {
			out[k] = strconv.FormatFloat(f, 'f', -1, 64) // account numbers, not 1.2e+08
			continue
		}
		out[k] = fmt.Sprint(v)
	}
	return out, nil
}

// ConnectedSlugs lists the carriers for which any organization has a courier connection.
func (db *DB) ConnectedSlugs(ctx context.Context) ([]string, error) {
	var slugs []string
	err := db.q(ctx).Model(&CourierConnection{}).Distinct().Pluck("courier_slug", &slugs).Error
	return slugs, wrap(err, "connected slugs")
}

// ParcelTransitions lists a parcel's status changes, oldest first.
func (db *DB) ParcelTransitions(ctx context.Context, parcelID string) ([]ParcelTransition, error) {
	var ts []ParcelTransition
	err := db.q(ctx).Where("parcel_id = ?", parcelID).Order("created_at, id").Find(&ts).Error
	return ts, wrap(err, "parcel transitions")
}

// InsertFollowedParcels stores new parcels, each with one tracking of the organization,
// in batches: the bulk path used to seed a polling benchmark.
func (db *DB) InsertFollowedParcels(ctx context.Context, orgID string, ps []Parcel) error {
	const batch = 1000
	for lo := 0; lo < len(ps); lo += batch {
		part := ps[lo:min(lo+batch, len(ps))]
		ts := make([]Tracking, len(part))
		for i := range part {
			p := &part[i]
			if p.ID == "" {
				p.ID = NewID()
			}
			if p.Fields == nil {
				p.Fields = map[string]string{}
			}
			ts[i] = Tracking{ID: NewID(), OrganizationID: orgID, ParcelID: p.ID, Slug: p.Slug,
				TrackingNumber: p.TrackingNumber, Source: "api", Title: p.TrackingNumber,
				Tag: p.Tag, Subtag: p.Subtag, Active: p.Active, LastUpdatedAt: p.CreatedAt}
			normalizeLists(&ts[i])
		}
		err := db.Tx(ctx, func(tx *DB) error {
			if err := tx.q(ctx).CreateInBatches(part, batch).Error; err != nil {
				return wrap(err, "insert parcels")
			}
			// Trackings have ~65 columns: 400 rows stay under SQLite's and PostgreSQL's bind limits.
			return wrap(tx.q(ctx).CreateInBatches(ts, 400).Error, "insert trackings")
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// PollCountOf sums the polls of a carrier's parcels whose numbers start with prefix.
func (db *DB) PollCountOf(ctx context.Context, slug, prefix string) (int64, error) {
	var n int64
	err := db.q(ctx).Model(&Parcel{}).Select("COALESCE(SUM(poll_count), 0)").
		Where("slug = ? AND tracking_number LIKE ?", slug, prefix+"%").Scan(&n).Error
	return n, wrap(err, "poll count")
}
