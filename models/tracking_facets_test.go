package models

import (
	"context"
	"testing"
)

// Totals of lists filtered on courier, status, origin, destination and
// return to sender come from the kept counts; they equal counting the
// trackings after inserts, status and destination changes, deletes, and the
// deletion of another organization.
func TestFacetCounts(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			db := openMigrated(t, dialect)
			org, other := searchAccount(t, db, "a@example.com"), searchAccount(t, db, "b@example.com")
			ids := map[string]string{}
			for _, n := range []string{"A1", "A2", "A3", "A4"} {
				ids[n] = searchTrack(t, db, org, Tracking{TrackingNumber: n, DestinationCountryISO3: strp("USA")})
			}
			ids["A5"] = searchTrack(t, db, org, Tracking{TrackingNumber: "A5", OriginCountryISO3: strp("CHN")})
			searchTrack(t, db, other, Tracking{TrackingNumber: "B1", DestinationCountryISO3: strp("USA")})
			checkFacetCounts(t, db, org)
			for id, cols := range map[string]map[string]any{
				ids["A1"]: {"tag": "Exception", "subtag": "Exception_010"},
				ids["A2"]: {"destination_country_iso3": "KOR", "slug": "fedex"},
				ids["A3"]: {"tag": "Delivered", "subtag": "Delivered_001"},
			} {
				if err := db.UpdateTracking(ctx, org, id, cols); err != nil {
					t.Fatal(err)
				}
			}
			if err := db.DeleteTracking(ctx, org, ids["A4"]); err != nil {
				t.Fatal(err)
			}
			checkFacetCounts(t, db, org)
			if err := db.q(ctx).Exec("DELETE FROM organizations WHERE id = ?", other).Error; err != nil {
				t.Fatalf("delete an organization: %v", err)
			}
			checkFacetCounts(t, db, org)
		})
	}
}

func checkFacetCounts(t *testing.T, db *DB, org string) {
	t.Helper()
	ctx := context.Background()
	yes, no := true, false
	for _, f := range []TrackingFilter{
		{Destinations: []string{"USA"}},
		{Destinations: []string{"USA"}, ReturnToSender: &no},
		{Destinations: []string{"USA", "KOR"}, ReturnToSender: &yes},
		{Tags: []string{"Pending", "Delivered"}, Slugs: []string{"usps"}},
		{Slugs: []string{"fedex"}},
		{Origins: []string{"CHN"}},
		{ReturnToSender: &no},
		{Tags: []string{"Exception"}, Destinations: []string{"KOR"}},
	} {
		if !f.facetsOnly() {
			t.Fatalf("%+v is not counted from the kept counts", f)
		}
		kept, err := db.facetCount(ctx, org, f)
		counted, err2 := db.countWhere(ctx, org, f)
		if err != nil || err2 != nil || kept != counted {
			t.Errorf("%+v: kept count %d (%v), counting the trackings %d (%v)", f, kept, err, counted, err2)
		}
	}
	if (TrackingFilter{Destinations: []string{""}}).facetsOnly() || (TrackingFilter{Slugs: []string{"usps"}, Keyword: "x"}).facetsOnly() {
		t.Error("a blank country or a keyword is counted from the kept counts")
	}
}
