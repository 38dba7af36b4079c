package aftership_test

import (
	"context"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestReplayPagesInOrderAndForgetsOldEvents(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		hooks := newASClient(t, in, "/api/v1")
		c := newASClient(t, in, "/tracking/2024-04")
		body := asSeedTracking("9400100000000000000000")
		body["tracking"].(map[string]any)["slug"] = "usps"
		id := c.expect(c.do("POST", "/trackings", body), 201, 201).obj(t, "tracking")["id"].(string)
		tr, err := in.App.Tracking.Get(context.Background(), in.OrgID(t), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range []string{"InfoReceived", "InTransit", "OutForDelivery", "Delivered", "InTransit"} {
			if err := in.App.DB.RecordTrackingUpdates(context.Background(), tr.ParcelID, tag); err != nil {
				t.Fatal(err)
			}
		}
		var ids []string
		cursor := ""
		for range 5 {
			page := hooks.expect(hooks.do("GET", "/events?limit=2&since="+cursor, nil), 200, 200).obj(t, "")
			for _, e := range page["events"].([]any) {
				ev := e.(map[string]any)
				if ev["msg"].(map[string]any)["id"] != id {
					t.Fatalf("event msg %v", ev["msg"])
				}
				ids = append(ids, ev["event_id"].(string))
			}
			cursor = page["next_cursor"].(string)
			if page["has_more"] == false {
				break
			}
		}
		if len(ids) != 5 {
			t.Fatalf("replayed %d events, want 5", len(ids))
		}
		hooks.expect(hooks.do("GET", "/events?since=abc", nil), 400, 4008)
		in.Clock.Advance(31 * 24 * time.Hour)
		if n, err := in.App.Webhooks.Prune(context.Background()); err != nil || n != 5 {
			t.Fatalf("pruned %d (%v), want 5", n, err)
		}
		if evs := hooks.expect(hooks.do("GET", "/events", nil), 200, 200).obj(t, "")["events"].([]any); len(evs) != 0 {
			t.Fatalf("events after retention: %v", evs)
		}
	})
}
