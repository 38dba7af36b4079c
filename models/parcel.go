package models

import (
	"context"
	"time"

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
	CreatedAt              time.Time
	UpdatedAt              time.Time
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

// DueParcels lists active parcels whose next poll time has come, oldest due first.
func (db *DB) DueParcels(ctx context.Context, now time.Time, limit int) ([]string, error) {
	var ids []string
	err := db.q(ctx).Model(&Parcel{}).
		Where("active = ? AND next_poll_at <= ?", true, now).
		Order("next_poll_at").Limit(limit).Pluck("id", &ids).Error
	return ids, wrap(err, "due parcels")
}

// SaveParcelPoll stores a parcel's state after a poll.
func (db *DB) SaveParcelPoll(ctx context.Context, p *Parcel) error {
	p.UpdatedAt = db.now()
	return wrap(db.q(ctx).Model(p).Select("*").Omit("id", "slug", "tracking_number", "created_at").
		Updates(p).Error, "save parcel")
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
