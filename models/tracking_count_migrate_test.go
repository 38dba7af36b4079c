package models

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
)

// Upgrading a database that already holds trackings counts them, and the
// migration can be rolled back.
func TestTrackingCountsMigration(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			db, p := openMigratedTo(t, dialect, 4)
			org := &Organization{Name: "Shop", Slug: "shop"}
			if err := db.CreateAccount(ctx, org, &User{Email: "a@example.com", PasswordHash: "x"}); err != nil {
				t.Fatal(err)
			}
			for _, n := range []string{"1Z0000000000000001", "1Z0000000000000002"} {
				parcel, err := db.EnsureParcel(ctx, &Parcel{Slug: "ups", TrackingNumber: n, Tag: "Pending", Subtag: "Pending_001"})
				if err != nil {
					t.Fatal(err)
				}
				if err := db.CreateTracking(ctx, &Tracking{OrganizationID: org.ID, ParcelID: parcel.ID, Slug: "ups",
					TrackingNumber: n, Tag: "Pending", Subtag: "Pending_001", LastUpdatedAt: db.Now()}); err != nil {
					t.Fatal(err)
				}
			}
			for _, step := range []func(context.Context) error{
				func(ctx context.Context) error { _, err := p.UpTo(ctx, 5); return err },
				func(ctx context.Context) error { _, err := p.DownTo(ctx, 4); return err },
				func(ctx context.Context) error { _, err := p.UpTo(ctx, 5); return err },
			} {
				if err := step(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if n, err := db.TrackingCount(ctx, org.ID); err != nil || n != 2 {
				t.Errorf("count after upgrade: %d %v, want 2", n, err)
			}
		})
	}
}

func openUnmigrated(t *testing.T, dialect string) *DB {
	t.Helper()
	opts := Options{SQLitePath: filepath.Join(t.TempDir(), "w.db"),
		Now: func() time.Time { return time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC) }}
	if dialect == "postgres" {
		opts.DatabaseURL = dbtest.DSN(t)
	}
	db, err := Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.Close)
	return db
}

// openMigrated opens a fresh database of dialect with every migration applied.
func openMigrated(t *testing.T, dialect string) *DB {
	t.Helper()
	db := openUnmigrated(t, dialect)
	if _, err := db.Migrate(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	return db
}

// openMigratedTo opens a fresh database of dialect migrated up to version, with
// the provider that moves it further.
func openMigratedTo(t *testing.T, dialect string, version int64) (*DB, *goose.Provider) {
	t.Helper()
	db := openUnmigrated(t, dialect)
	p, done, err := db.migrationProvider()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(done)
	if _, err := p.UpTo(context.Background(), version); err != nil {
		t.Fatal(err)
	}
	return db, p
}
