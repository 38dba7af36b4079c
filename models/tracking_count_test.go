package models_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
)

// The total a list reports follows every insert and delete, including those
// that fail or roll back, and stays per organization.
func TestTrackingCountFollowsWrites(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a, b := account(t, db, "a@example.com"), account(t, db, "b@example.com")
		first := track(t, db, a, "1Z0000000000000001")
		track(t, db, a, "1Z0000000000000002")
		gone := track(t, db, a, "1Z0000000000000003")
		track(t, db, b, "1Z0000000000000001")
		if err := db.DeleteTracking(ctx, a, gone.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteTracking(ctx, b, first.ID); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("org b deleted org a's tracking: %v", err)
		}
		dup := *first
		dup.ID = ""
		if err := db.CreateTracking(ctx, &dup); !errors.Is(err, models.ErrConflict) {
			t.Fatalf("duplicate: %v", err)
		}
		rolledBack := db.Tx(ctx, func(tx *models.DB) error {
			tr := &models.Tracking{OrganizationID: a, ParcelID: first.ParcelID, Slug: "fedex", TrackingNumber: "1Z0000000000000001",
				Tag: "Pending", Subtag: "Pending_001", LastUpdatedAt: db.Now()}
			if err := tx.CreateTracking(ctx, tr); err != nil {
				return err
			}
			return errors.New("roll back")
		})
		if rolledBack == nil {
			t.Fatal("transaction committed")
		}
		for org, want := range map[string]int64{a: 2, b: 1, "no-such-organization": 0} {
			if n, err := db.TrackingCount(ctx, org); err != nil || n != want {
				t.Errorf("count of %s: %d %v, want %d", org, n, err, want)
			}
		}
	})
}

// Unfiltered lists report the kept count; filtered ones count what matches.
func TestListTotals(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a := account(t, db, "a@example.com")
		for _, n := range []string{"1Z0000000000000001", "1Z0000000000000002", "1Z0000000000000003"} {
			track(t, db, a, n)
		}
		hourAgo, inAnHour := db.Now().Add(-time.Hour), db.Now().Add(time.Hour)
		cases := []struct {
			f     models.TrackingFilter
			total int64
			rows  int
		}{
			{models.TrackingFilter{}, 3, 3},
			{models.TrackingFilter{Limit: 1, Page: 2}, 3, 1},
			{models.TrackingFilter{Keyword: "  "}, 3, 3},
			{models.TrackingFilter{Keyword: "0002"}, 1, 1},
			{models.TrackingFilter{TrackingNumbers: []string{"1Z0000000000000001", "1Z0000000000000003"}, Limit: 1}, 2, 1},
			{models.TrackingFilter{Tags: []string{"Delivered"}}, 0, 0},
			{models.TrackingFilter{UpdatedAtMin: &hourAgo, Limit: 2}, 3, 2},
			{models.TrackingFilter{UpdatedAtMin: &inAnHour}, 0, 0},
			{models.TrackingFilter{UpdatedAtMin: &hourAgo, UpdatedAtMax: &inAnHour, OrderID: "none"}, 0, 0},
		}
		for _, c := range cases {
			ts, total, err := db.ListTrackings(ctx, a, c.f)
			if err != nil || total != c.total || len(ts) != c.rows {
				t.Errorf("%+v: %d rows of %d, %v; want %d of %d", c.f, len(ts), total, err, c.rows, c.total)
			}
		}
	})
}
