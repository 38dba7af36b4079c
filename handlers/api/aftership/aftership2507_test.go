package aftership_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

func asCreate2507(number string) map[string]any {
	return map[string]any{"tracking_number": number, "slug": "kpost", "title": "Order 77",
		"origin_country_region": "kor", "destination_country_region": "USA", "order_id": "ORD-77",
		"customers": []map[string]string{{"role": "buyer", "name": "Kim", "email": "kim@example.com", "phone_number": "+821012345678"}},
		"last_mile": map[string]string{"tracking_number": "9400100000000000000000", "slug": "usps"}}
}

func TestAfterShip2507Trackings(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2025-07")
		tr := c.expect(c.do("POST", "/trackings", asCreate2507("6123456789010")), http.StatusCreated, 201).obj(t, "")
		want := map[string]any{"slug": "kpost", "title": "Order 77", "origin_country_region": "KOR",
			"destination_country_region": "USA", "tag": "Pending", "active": true}
		for k, v := range want {
			if tr[k] != v {
				t.Errorf("%s = %v, want %v", k, tr[k], v)
			}
		}
		for _, f := range []string{"legacy_id", "customers", "shipment_weight", "courier_estimated_delivery_date", "aftership_tracking_url", "last_mile", "first_mile"} {
			if _, ok := tr[f]; !ok {
				t.Errorf("tracking lacks %q", f)
			}
		}
		if _, ok := tr["origin_country_iso3"]; ok {
			t.Error("2025-07 tracking carries the older origin_country_iso3")
		}
		cust := tr["customers"].([]any)[0].(map[string]any)
		if cust["email"] != "kim@example.com" || cust["name"] != "Kim" {
			t.Errorf("customers: %v", tr["customers"])
		}
		if lm := tr["last_mile"].(map[string]any); lm["slug"] != "usps" {
			t.Errorf("last_mile: %v", lm)
		}
		if u, _ := tr["aftership_tracking_url"].(string); !strings.HasSuffix(u, "/track/kpost/6123456789010") {
			t.Errorf("aftership_tracking_url %q", u)
		}
		id := tr["id"].(string)
		// The same tracking through 2024-04: customers became its contacts.
		old := newASClient(t, in, "/tracking/2024-04")
		view2404 := old.expect(old.do("GET", "/trackings/"+id, nil), 200, 200).obj(t, "tracking")
		if fmt.Sprintf("%v %v %v", view2404["emails"], view2404["smses"], view2404["customer_name"]) != "[kim@example.com] [+821012345678] Kim" {
			t.Errorf("2024-04 view of customers: %v %v %v", view2404["emails"], view2404["smses"], view2404["customer_name"])
		}
		upd := map[string]any{"title": "Renamed", "destination_country_region": "CAN", "customers": []map[string]string{{"email": "new@example.com"}}}
		got := c.expect(c.do("PUT", "/trackings/"+id, upd), 200, 200).obj(t, "")
		if got["title"] != "Renamed" || got["destination_country_region"] != "CAN" || got["order_id"] != "ORD-77" {
			t.Errorf("update: %v", got)
		}
		r := c.do("POST", "/trackings", map[string]any{"tracking_number": "6123456789027", "slug": "kpost", "origin_country_region": "Korea"})
		if c.expect(r, 400, 4008); !strings.Contains(r.Meta.Message, "origin_country_region") {
			t.Errorf("error names the 2025-07 field: %q", r.Meta.Message)
		}
		dup := c.expect(c.do("POST", "/trackings", asCreate2507("6123456789010")), 400, 4003).obj(t, "")
		if dup["id"] != id {
			t.Errorf("4003 data: %v", dup)
		}
		c.expect(c.do("POST", "/trackings", `{"slug":"kpost"}`), 400, 4007)
		done := c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", map[string]string{"reason": "DELIVERED", "event_datetime": "2026-03-02T10:00:00+09:00"}), 200, 200).obj(t, "")
		if done["tag"] != "Delivered" || done["active"] != false {
			t.Errorf("mark as completed: %v %v", done["tag"], done["active"])
		}
		c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", map[string]string{"reason": "DELIVERED", "event_datetime": "yesterday"}), 400, 4008)
		if rt := c.expect(c.do("POST", "/trackings/"+id+"/retrack", nil), 200, 200).obj(t, ""); rt["active"] != true || rt["title"] != "Renamed" {
			t.Errorf("retrack returns the tracking: %v", rt)
		}
		if del := c.expect(c.do("DELETE", "/trackings/"+id, nil), 200, 200).obj(t, ""); del["id"] != id {
			t.Errorf("delete: %v", del)
		}
		c.expect(c.do("GET", "/trackings/"+id, nil), 404, 4004)
		c.expect(c.do("GET", "/trackings/kpost/6123456789010", nil), 404, 404)
	})
}

func TestAfterShip2507ListCursor(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2025-07")
		var created []string
		for i := range 5 {
			in.Clock.Advance(time.Second)
			n := fmt.Sprintf("61234567890%d0", i)
			c.expect(c.do("POST", "/trackings", map[string]any{"tracking_number": n, "slug": "kpost"}), 201, 201)
			created = append([]string{n}, created...)
		}
		var seen []string
		cursor := ""
		for pages := 0; pages < 5; pages++ {
			d := c.expect(c.do("GET", "/trackings?limit=2&cursor="+cursor, nil), 200, 200).obj(t, "")
			p := d["pagination"].(map[string]any)
			if p["total"] != float64(5) {
				t.Fatalf("pagination.total %v", p["total"])
			}
			for _, tr := range d["trackings"].([]any) {
				seen = append(seen, tr.(map[string]any)["tracking_number"].(string))
			}
			if p["has_next_page"] == false {
				if p["next_cursor"] != nil {
					t.Errorf("last page has a next_cursor %v", p["next_cursor"])
				}
				break
			}
			cursor = p["next_cursor"].(string)
		}
		if fmt.Sprint(seen) != fmt.Sprint(created) {
			t.Errorf("cursor pages gave %v, want %v", seen, created)
		}
		c.expect(c.do("GET", "/trackings?courier_destination_country_region=usa", nil), 200, 200)
		c.expect(c.do("GET", "/trackings?courier_destination_country_region=United", nil), 400, 4008)
	})
}

func TestAfterShip2507CouriersConnectionsAndEDD(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2025-07")
		cs := c.expect(c.do("GET", "/couriers?slug=deutsch-post,usps", nil), 200, 200).obj(t, "")
		if cs["total"] != float64(2) {
			t.Fatalf("couriers?slug=: %v", cs)
		}
		for _, co := range cs["couriers"].([]any) {
			if _, ok := co.(map[string]any)["service_from_country_regions"]; !ok {
				t.Errorf("courier lacks service_from_country_regions: %v", co)
			}
		}
		found := c.expect(c.do("POST", "/couriers/detect", map[string]any{"tracking_number": "1Z999AA10123456784"}), 200, 200).obj(t, "")
		if found["couriers"].([]any)[0].(map[string]any)["slug"] != "ups" {
			t.Errorf("detect: %v", found)
		}
		cc := c.expect(c.do("POST", "/courier-connections", map[string]any{"courier_slug": "usps", "credentials": map[string]any{"client_id": "abc", "client_secret": "s3cr3t-value-1234"}}), 201, 201).obj(t, "")
		if cc["courier_slug"] != "usps" || cc["credentials"].(map[string]any)["client_secret"] != "*************1234" {
			t.Errorf("connection: %v", cc)
		}
		id := cc["id"].(string)
		c.expect(c.do("POST", "/courier-connections", map[string]any{"courier_slug": "nope", "credentials": map[string]any{"k": "v"}}), 400, 4010)
		c.expect(c.do("POST", "/courier-connections", map[string]any{"courier_slug": "usps"}), 400, 4009)
		upd := c.expect(c.do("PATCH", "/courier-connections/"+id, map[string]any{"credentials": map[string]any{"client_id": "xyz"}}), 200, 200).obj(t, "")
		if _, ok := upd["credentials"].(map[string]any)["client_secret"]; ok {
			t.Errorf("PATCH kept old credentials: %v", upd)
		}
		list := c.expect(c.do("GET", "/courier-connections?courier_slug=usps", nil), 200, 200).obj(t, "")
		if len(list["courier_connections"].([]any)) != 1 || list["pagination"].(map[string]any)["total"] != float64(1) {
			t.Errorf("list: %v", list)
		}
		tr := c.expect(c.do("POST", "/trackings", map[string]any{"tracking_number": "9400100000000000000000", "slug": "usps", "courier_connection_id": id}), 201, 201).obj(t, "")
		if tr["courier_connection_id"] != id {
			t.Errorf("tracking's courier_connection_id %v", tr["courier_connection_id"])
		}
		c.expect(c.do("POST", "/trackings", map[string]any{"tracking_number": "9400100000000000000017", "slug": "usps", "courier_connection_id": "nope"}), 400, 4008)
		c.expect(c.do("DELETE", "/courier-connections/"+id, nil), 200, 200)
		c.expect(c.do("GET", "/courier-connections/"+id, nil), 404, 404)

		one := `{"slug":"usps","origin_address":{"country_region":"USA","state":"WA"},"destination_address":{"country_region":"USA"},"pickup_time":"2021-07-01 15:00:00"}`
		p := c.expect(c.do("POST", "/estimated-delivery-date/predict", one), 200, 200).obj(t, "")
		if p["estimated_delivery_date"] != "2021-07-05" || p["id"] == "" || p["origin_address"].(map[string]any)["country_region"] != "USA" {
			t.Errorf("predict: %v", p)
		}
		r := c.do("POST", "/estimated-delivery-date/predict", `{"slug":"usps","origin_address":{"country_region":"USA"},"pickup_time":"2021-07-01 15:00:00"}`)
		if c.expect(r, 400, 4009); !strings.Contains(r.Meta.Message, "destination_address.country_region") {
			t.Errorf("predict error message %q", r.Meta.Message)
		}
		batch := `{"estimated_delivery_dates":[` + one + `,` + one + `]}`
		b := c.expect(c.do("POST", "/estimated-delivery-date/predict-batch", batch), 200, 200).obj(t, "")
		if len(b["estimated_delivery_dates"].([]any)) != 2 {
			t.Errorf("batch: %v", b)
		}
	})
}
