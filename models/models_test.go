package models_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
	"github.com/waypost/waypost/models"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// open returns a migrated database of each dialect.
func open(t *testing.T, dialect string) *models.DB {
	t.Helper()
	opts := models.Options{SQLitePath: filepath.Join(t.TempDir(), "w.db"),
		Now: func() time.Time { return time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC) }}
	if dialect == "postgres" {
		opts.DatabaseURL = dbtest.DSN(t)
	}
	db, err := models.Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.Close)
	if _, err := db.Migrate(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	return db
}

func each(t *testing.T, fn func(t *testing.T, db *models.DB)) {
	for _, d := range []string{"sqlite", "postgres"} {
		t.Run(d, func(t *testing.T) { fn(t, open(t, d)) })
	}
}

func account(t *testing.T, db *models.DB, email string) string {
	t.Helper()
	org := &models.Organization{Name: email, Slug: models.NewID()}
	if err := db.CreateAccount(context.Background(), org, &models.User{Email: email, PasswordHash: "x"}); err != nil {
		t.Fatal(err)
	}
	return org.ID
}

func track(t *testing.T, db *models.DB, orgID, number string) *models.Tracking {
	t.Helper()
	ctx := context.Background()
	p, err := db.EnsureParcel(ctx, &models.Parcel{Slug: "ups", TrackingNumber: number, Tag: "Pending", Subtag: "Pending_001", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	tr := &models.Tracking{OrganizationID: orgID, ParcelID: p.ID, Slug: "ups", TrackingNumber: number,
		Title: number, Tag: "Pending", Subtag: "Pending_001", Active: true, LastUpdatedAt: db.Now()}
	if err := db.CreateTracking(ctx, tr); err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestTenantIsolation(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a, b := account(t, db, "a@example.com"), account(t, db, "b@example.com")
		ta := track(t, db, a, "1Z0000000000000001")
		tb := track(t, db, b, "1Z0000000000000001")
		if ta.ParcelID != tb.ParcelID {
			t.Error("the same number at the same courier should share one parcel")
		}
		if _, err := db.TrackingByID(ctx, b, ta.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b read org a's tracking: %v", err)
		}
		if err := db.UpdateTracking(ctx, b, ta.ID, map[string]any{"title": "stolen"}); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b updated org a's tracking: %v", err)
		}
		if err := db.DeleteTracking(ctx, b, ta.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b deleted org a's tracking: %v", err)
		}
		list, total, err := db.ListTrackings(ctx, b, models.TrackingFilter{})
		if err != nil || total != 1 || list[0].ID != tb.ID {
			t.Errorf("org b list: %d %v", total, err)
		}
	})
}

func TestDuplicateTrackingConflicts(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		a := account(t, db, "a@example.com")
		first := track(t, db, a, "1Z0000000000000002")
		dup := &models.Tracking{OrganizationID: a, ParcelID: first.ParcelID, Slug: "ups", TrackingNumber: first.TrackingNumber,
			Tag: "Pending", Subtag: "Pending_001", LastUpdatedAt: db.Now()}
		if err := db.CreateTracking(context.Background(), dup); !errors.Is(err, models.ErrConflict) {
			t.Errorf("duplicate: %v", err)
		}
	})
}

func TestCheckpointsDeduplicateByHash(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		p, _ := db.EnsureParcel(ctx, &models.Parcel{Slug: "kpost", TrackingNumber: "6000000000001", Tag: "Pending", Subtag: "Pending_001"})
		seoul := time.FixedZone("KST", 9*3600)
		cp := func(hash string, at time.Time) models.Checkpoint {
			return models.Checkpoint{ParcelID: p.ID, Hash: hash, OccurredAt: at.UTC(), UTCOffset: 9 * 3600,
				Message: "배송출발", Tag: "OutForDelivery", Subtag: "OutForDelivery_001"}
		}
		t1 := time.Date(2026, 4, 25, 9, 17, 56, 0, seoul)
		n, err := db.InsertCheckpoints(ctx, []models.Checkpoint{cp("h1", t1), cp("h2", t1.Add(time.Hour))})
		if err != nil || n != 2 {
			t.Fatalf("first insert: %d %v", n, err)
		}
		n, err = db.InsertCheckpoints(ctx, []models.Checkpoint{cp("h1", t1), cp("h3", t1.Add(-time.Hour))})
		if err != nil || n != 1 {
			t.Fatalf("second insert: %d new, %v", n, err)
		}
		all, _ := db.Checkpoints(ctx, p.ID)
		if len(all) != 3 || all[0].Hash != "h3" || all[2].Hash != "h2" {
			t.Fatalf("order: %+v", all)
		}
		if got := all[1].LocalTime().Format(time.RFC3339); got != "2026-04-25T09:17:56+09:00" {
			t.Errorf("local time %s", got)
		}
	})
}

func TestDueParcels(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		now := db.Now()
		past, future := now.Add(-time.Minute), now.Add(time.Hour)
		for i, at := range []*time.Time{&past, &future, nil} {
			p, _ := db.EnsureParcel(ctx, &models.Parcel{Slug: "ups", TrackingNumber: "N" + string(rune('A'+i)), Tag: "Pending", Subtag: "Pending_001", Active: true})
			p.NextPollAt = at
			if err := db.SaveParcelPoll(ctx, p); err != nil {
				t.Fatal(err)
			}
		}
		ids, err := db.DueParcels(ctx, now, 10)
		if err != nil || len(ids) != 1 {
			t.Errorf("due: %v %v", ids, err)
		}
	})
}

func TestSchemaIsCurrentAfterMigrate(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		if err := db.CheckSchema(context.Background()); err != nil {
			t.Error(err)
		}
		applied, err := db.Migrate(context.Background(), nil)
		if err != nil || len(applied) != 0 {
			t.Errorf("second migrate applied %v, %v", applied, err)
		}
	})
}
