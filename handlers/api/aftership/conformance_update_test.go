package aftership_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// PUT changes what it names and nothing else: the additional tracking fields are
// updatable, a key the version does not read never clears a value, and a new
// slug is checked together with the fields sent beside it.
func TestConformanceUpdateSemantics(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		id := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789020")), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)

		put := `{"tracking":{"tracking_postal_code":"04524","tracking_state":"Seoul","tracking_origin_country":"kor","customers":[{"email":"x@example.com"}]}}`
		got := c.expect(c.do("PUT", "/trackings/"+id, put), 200, 200).obj(t, "tracking")
		if got["tracking_postal_code"] != "04524" || got["tracking_state"] != "Seoul" || got["tracking_origin_country"] != "KOR" {
			t.Errorf("additional fields not updated: %v %v %v", got["tracking_postal_code"], got["tracking_state"], got["tracking_origin_country"])
		}
		if fmt.Sprint(got["emails"]) != "[email@yourdomain.com another_email@yourdomain.com]" || got["title"] != "Title Name" || got["order_id"] != "ID 1234" {
			t.Errorf("partial update lost other fields: emails %v title %v order_id %v", got["emails"], got["title"], got["order_id"])
		}
		c.expect(c.do("PUT", "/trackings/"+id, `{"tracking":{"tracking_destination_country":"ZZZ"}}`), http.StatusBadRequest, 4008)

		v2507 := newASClient(t, in, "/tracking/2025-07")
		one := v2507.expect(v2507.do("PUT", "/trackings/"+id, `{"note":"fragile","emails":[],"smses":[]}`), 200, 200).obj(t, "")
		if one["note"] != "fragile" || len(one["customers"].([]any)) != 2 {
			t.Errorf("2025-07 PUT with 2024-04 keys: note %v customers %v", one["note"], one["customers"])
		}

		moved := `{"tracking":{"slug":"deutsch-post","tracking_ship_date":"20260301"}}`
		got = c.expect(c.do("PUT", "/trackings/"+id, moved), 200, 200).obj(t, "tracking")
		if got["slug"] != "deutsch-post" || got["tracking_ship_date"] != "20260301" {
			t.Errorf("slug change with its required field: %v %v", got["slug"], got["tracking_ship_date"])
		}
	})
}

// 2025-07 lets the merchant choose the tracking id at creation.
func TestConformance2507CustomID(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2025-07")
		body := map[string]any{"id": "order-1234_a", "tracking_number": "6123456789021", "slug": "kpost"}
		got := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "")
		if got["id"] != "order-1234_a" {
			t.Fatalf("id %v, want the merchant's", got["id"])
		}
		c.expect(c.do("GET", "/trackings/order-1234_a", nil), 200, 200)
		taken := map[string]any{"id": "order-1234_a", "tracking_number": "6123456789023", "slug": "kpost"}
		c.expect(c.do("POST", "/trackings", taken), http.StatusBadRequest, 4003)
		bad := map[string]any{"id": "no spaces!", "tracking_number": "6123456789022", "slug": "kpost"}
		c.expect(c.do("POST", "/trackings", bad), http.StatusBadRequest, 4015)
	})
}

// event_datetime takes the three documented forms; customers are at most three.
func TestConformance2507CompletionAndCustomers(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	c := newASClient(t, in, "/tracking/2025-07")
	id := c.expect(c.do("POST", "/trackings", `{"tracking_number":"6123456789070","slug":"kpost"}`), http.StatusCreated, 201).obj(t, "")["id"].(string)
	for _, at := range []string{"2026-03-01", "2026-03-01T10:00:00", "2026-03-01T10:00:00+09:00"} {
		got := c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", `{"reason":"DELIVERED","event_datetime":"`+at+`"}`), 200, 200).obj(t, "")
		if got["tag"] != "Delivered" {
			t.Errorf("event_datetime %s: tag %v", at, got["tag"])
		}
	}
	c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", `{"reason":"DELIVERED","event_datetime":"01/03/2026"}`), http.StatusBadRequest, 4008)

	four := `{"tracking_number":"6123456789071","slug":"kpost","customers":[{"email":"a@example.com"},{"email":"b@example.com"},{"email":"c@example.com"},{"email":"d@example.com"}]}`
	c.expect(c.do("POST", "/trackings", four), http.StatusBadRequest, 4008)
	c.expect(c.do("PUT", "/trackings/"+id, `{"customers":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":"d"}]}`), http.StatusBadRequest, 4008)
}
