package models_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
	"github.com/waypost/waypost/models"
)

// BenchmarkListPageRead reads what a list page of 100 trackings needs: the page
// of trackings with their parcels, then all their events in one query.
func BenchmarkListPageRead(b *testing.B) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) {
			db, org := seedPage(b, dialect, 300)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				ts, _, err := db.ListTrackings(ctx, org, models.TrackingFilter{Page: 2, Limit: 100})
				if err != nil || len(ts) != 100 {
					b.Fatal(len(ts), err)
				}
				ids := make([]string, len(ts))
				for i := range ts {
					ids[i] = ts[i].ParcelID
				}
				if _, err := db.CheckpointsOfParcels(ctx, ids); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// seedPage stores n trackings of one organization, each with five events.
func seedPage(b *testing.B, dialect string, n int) (*models.DB, string) {
	ctx := context.Background()
	opts := models.Options{SQLitePath: filepath.Join(b.TempDir(), "w.db")}
	if dialect == "postgres" {
		opts.DatabaseURL = dbtest.DSN(b)
	}
	db, err := models.Open(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(db.Close)
	if _, err := db.Migrate(ctx, nil); err != nil {
		b.Fatal(err)
	}
	org := &models.Organization{Name: "Shop", Slug: "shop"}
	if err := db.CreateAccount(ctx, org, &models.User{Email: "a@example.com", PasswordHash: "x"}); err != nil {
		b.Fatal(err)
	}
	at := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	for i := range n {
		number := fmt.Sprintf("1Z%016d", i)
		p, err := db.EnsureParcel(ctx, &models.Parcel{Slug: "ups", TrackingNumber: number, Tag: "InTransit", Active: true})
		if err != nil {
			b.Fatal(err)
		}
		t := &models.Tracking{OrganizationID: org.ID, ParcelID: p.ID, Slug: "ups", TrackingNumber: number,
			Emails: []string{"b@example.com"}, Tag: "InTransit", Active: true, LastUpdatedAt: at}
		if err := db.CreateTracking(ctx, t); err != nil {
			b.Fatal(err)
		}
		cps := make([]models.Checkpoint, 5)
		for j := range cps {
			cps[j] = models.Checkpoint{ParcelID: p.ID, Hash: fmt.Sprint(j), OccurredAt: at.Add(time.Duration(j) * time.Hour),
				UTCOffset: -18000, Message: "Arrived at facility", City: "Louisville", State: "KY", CountryISO3: "USA",
				Tag: "InTransit", Subtag: "InTransit_001", Coordinates: []float64{38.25, -85.76}}
		}
		if _, err := db.InsertCheckpoints(ctx, cps); err != nil {
			b.Fatal(err)
		}
	}
	return db, org.ID
}
