package models

import (
	"context"
	"time"

	"gorm.io/gorm/clause"
)

// Courier is a catalog row, kept in step with the catalog compiled into the binary
// so that SQL can join and filter on couriers.
type Courier struct {
	Slug      string `gorm:"primaryKey"`
	TrackerID string
	Name      string
	OtherName string
	Phone     string
	WebURL    string `gorm:"column:web_url"`
	UpdatedAt time.Time
}

// SyncCouriers upserts the catalog.
func (db *DB) SyncCouriers(ctx context.Context, cs []Courier) error {
	if len(cs) == 0 {
		return nil
	}
	return wrap(db.q(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "slug"}},
		DoUpdates: clause.AssignmentColumns([]string{"tracker_id", "name", "other_name", "phone", "web_url", "updated_at"}),
	}).CreateInBatches(cs, 100).Error, "sync couriers")
}
