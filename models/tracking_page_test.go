package models_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/waypost/waypost/models"
)

// Pages by number and by cursor walk the same order, also through trackings
// created at the same moment.
func TestListPaging(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a := account(t, db, "a@example.com")
		for i := range 7 {
			track(t, db, a, fmt.Sprintf("1Z%016d", i))
		}
		all, _, err := db.ListTrackings(ctx, a, models.TrackingFilter{})
		if err != nil || len(all) != 7 {
			t.Fatalf("list: %d %v", len(all), err)
		}
		var byPage, byCursor []string
		var after *models.TrackingCursor
		for page := 1; page <= 3; page++ {
			ts, _, _ := db.ListTrackings(ctx, a, models.TrackingFilter{Page: page, Limit: 3})
			byPage = append(byPage, ids(ts)...)
			ts, _, _ = db.ListTrackings(ctx, a, models.TrackingFilter{After: after, Limit: 3})
			byCursor = append(byCursor, ids(ts)...)
			if len(ts) > 0 {
				last := ts[len(ts)-1]
				after = &models.TrackingCursor{CreatedAt: last.CreatedAt, ID: last.ID}
			}
		}
		want := fmt.Sprint(ids(all))
		if fmt.Sprint(byPage) != want || fmt.Sprint(byCursor) != want {
			t.Errorf("pages %v\ncursor %v\nwant %s", byPage, byCursor, want)
		}
	})
}

func ids(ts []models.Tracking) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}
