package models

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"
)

// A transit-time list counts its two halves apart (delivered trackings by
// their transit time, the others by their pick-up); the total still equals
// the rows, alone and with other filters.
func TestTransitTimeTotals(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			db := openMigrated(t, dialect)
			org, other := searchAccount(t, db, "a@example.com"), searchAccount(t, db, "b@example.com")
			now, day := db.Now(), 24*time.Hour
			ago := func(d time.Duration) *time.Time { at := now.Add(-d); return &at }
			days := func(n int) *int { return &n }
			rows := map[string]Tracking{
				"delivered-2": {PickedUpAt: ago(5 * day), DeliveredAt: ago(3 * day), TransitTime: days(2)},
				"delivered-3": {PickedUpAt: ago(5 * day), DeliveredAt: ago(2 * day), TransitTime: days(3)},
				"underway-2":  {PickedUpAt: ago(2*day + time.Hour)},
				"underway-1":  {PickedUpAt: ago(day + time.Hour)},
				"pending":     {},
			}
			ids := map[string]string{}
			for n, tr := range rows {
				tr.TrackingNumber, tr.Title = "WB"+n, n
				ids[n] = searchTrack(t, db, org, tr)
			}
			searchTrack(t, db, other, Tracking{TrackingNumber: "WBother", PickedUpAt: ago(5 * day), DeliveredAt: ago(3 * day), TransitTime: days(2)})
			cases := []struct {
				f    TrackingFilter
				want []string
			}{
				{TrackingFilter{TransitTime: days(2)}, []string{"delivered-2", "underway-2"}},
				{TrackingFilter{TransitTime: days(1)}, []string{"underway-1"}},
				{TrackingFilter{TransitTime: days(2), Keyword: "delivered"}, []string{"delivered-2"}},
				{TrackingFilter{TransitTime: days(0)}, nil},
			}
			for _, c := range cases {
				ts, total, err := db.ListTrackings(ctx, org, c.f)
				var got []string
				for _, tr := range ts {
					got = append(got, tr.Title)
				}
				slices.Sort(got)
				if err != nil || fmt.Sprint(got) != fmt.Sprint(c.want) || total != int64(len(c.want)) {
					t.Errorf("%+v: %v of %d, %v; want %v", c.f, got, total, err, c.want)
				}
			}
			if ts, total, err := db.ListTrackings(ctx, org, TrackingFilter{TransitTime: days(2), Limit: 1}); err != nil || len(ts) != 1 || total != 2 {
				t.Errorf("a page of one: %d rows of %d, %v; want 1 of 2", len(ts), total, err)
			}
		})
	}
}
