package aftership_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestAfterShip2404Notifications(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		id := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789010")), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		n := c.expect(c.do("GET", "/notifications/"+id, nil), 200, 200).obj(t, "notification")
		if fmt.Sprint(n["emails"]) != "[email@yourdomain.com another_email@yourdomain.com]" {
			t.Errorf("notification: %v", n)
		}
		add := map[string]any{"notification": map[string]any{"emails": []string{"new@example.com"}, "smses": []string{}}}
		n = c.expect(c.do("POST", "/notifications/kpost/6123456789010/add", add), 200, 200).obj(t, "notification")
		if len(n["emails"].([]any)) != 3 || len(n["smses"].([]any)) != 2 {
			t.Errorf("after add: %v", n)
		}
		more := map[string]any{"notification": map[string]any{"emails": "fourth@example.com"}}
		c.expect(c.do("POST", "/notifications/"+id+"/add", more), http.StatusBadRequest, 4008)
		remove := map[string]any{"notification": map[string]any{"emails": []string{"EMAIL@yourdomain.com"}, "smses": "+18555072509"}}
		n = c.expect(c.do("POST", "/notifications/"+id+"/remove", remove), 200, 200).obj(t, "notification")
		if fmt.Sprint(n["emails"], n["smses"]) != "[another_email@yourdomain.com new@example.com] [+18555072501]" {
			t.Errorf("after remove: %v", n)
		}
		c.expect(c.do("POST", "/notifications/"+id+"/add", `{}`), http.StatusBadRequest, 4014)
		c.expect(c.do("POST", "/notifications/"+id+"/add", `{"notification":{"smses":["555"]}}`), http.StatusBadRequest, 4008)
		c.expect(c.do("GET", "/notifications/aaaaaaaaaaaaaaaaaaaaaaaa", nil), http.StatusNotFound, 4004)
	})
}

func TestAfterShip2404Couriers(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	c := newASClient(t, in, "/tracking/2024-04")
	all := c.expect(c.do("GET", "/couriers/all", nil), 200, 200).obj(t, "")
	couriers := all["couriers"].([]any)
	if all["total"] != float64(len(couriers)) || len(couriers) < 10 {
		t.Fatalf("couriers/all: total %v, %d couriers", all["total"], len(couriers))
	}
	var kpost map[string]any
	for _, co := range couriers {
		if co.(map[string]any)["slug"] == "kpost" {
			kpost = co.(map[string]any)
		}
	}
	for _, f := range []string{"name", "phone", "other_name", "web_url", "required_fields", "optional_fields", "default_language", "support_languages", "service_from_country_iso3"} {
		if _, ok := kpost[f]; !ok {
			t.Errorf("courier lacks %q: %v", f, kpost)
		}
	}
	c.expect(c.do("GET", "/couriers", nil), 200, 200)
	found := c.expect(c.do("POST", "/couriers/detect", map[string]any{"tracking": map[string]any{"tracking_number": "1Z999AA10123456784"}}), 200, 200).obj(t, "")
	if found["total"] == float64(0) || found["couriers"].([]any)[0].(map[string]any)["slug"] != "ups" {
		t.Errorf("detect: %v", found)
	}
	none := c.expect(c.do("POST", "/couriers/detect", map[string]any{"tracking": map[string]any{"tracking_number": "QQQQQQ"}}), 200, 200).obj(t, "")
	if none["total"] != float64(0) || len(none["couriers"].([]any)) != 0 {
		t.Errorf("detect of nothing: %v", none)
	}
	c.expect(c.do("POST", "/couriers/detect", `{}`), http.StatusBadRequest, 4006)
	c.expect(c.do("POST", "/couriers/detect", `{"tracking":{}}`), http.StatusBadRequest, 4007)
	c.expect(c.do("POST", "/couriers/detect", `{"tracking":{"tracking_number":"1Z999AA10123456784","slug":["nope"]}}`), http.StatusBadRequest, 4010)
}

// asSeedEDD is the batch prediction request of AfterShip's example.
const asSeedEDD = `{"estimated_delivery_dates":[{"slug":"kpost","service_type_name":"{service_type_name}","origin_address":{"country":"USA","state":"WA","city":"Seattle","postal_code":"98108","raw_location":"Seattle, Washington, 98108, USA, United States"},"destination_address":{"country":"USA","state":"CA","postal_code":"92019","raw_location":"El Cajon, California, 92019, USA, United States"},"weight":{"unit":"kg","value":1},"package_count":1,"pickup_time":"2021-07-01 15:00:00"},{"slug":"kpost","service_type_name":"{service_type_name}","origin_address":{"country":"USA","state":"WA","postal_code":"98108","raw_location":"Seattle, Washington, 98108, USA, United States"},"destination_address":{"country":"USA","state":"California","postal_code":"92019","raw_location":"El Cajon, California, 92019, USA, United States"},"weight":null,"package_count":null,"estimated_pickup":{"order_time":"2021-07-01 15:04:05","order_cutoff_time":"20:00:00","business_days":[1,2,3,4,5,6,7],"order_processing_time":{"unit":"day","value":0}}}]}`

func TestAfterShip2404PredictBatch(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	c := newASClient(t, in, "/tracking/2024-04")
	d := c.expect(c.do("POST", "/estimated-delivery-date/predict-batch", asSeedEDD), 200, 200).obj(t, "")
	items := d["estimated_delivery_dates"].([]any)
	if len(items) != 2 {
		t.Fatalf("items: %v", items)
	}
	first, second := items[0].(map[string]any), items[1].(map[string]any)
	if first["estimated_delivery_date"] != "2021-07-05" || first["estimated_delivery_date_min"] != "2021-07-02" || first["estimated_delivery_date_max"] != "2021-07-06" {
		t.Errorf("domestic prediction from Thursday: %v", first)
	}
	if first["estimated_pickup"] != nil || first["pickup_time"] != "2021-07-01 15:00:00" {
		t.Errorf("first echoes: %v", first)
	}
	if second["estimated_pickup"].(map[string]any)["pickup_time"] != "2021-07-01 20:00:00" || second["pickup_time"] != nil {
		t.Errorf("pickup from the order time and cutoff: %v", second["estimated_pickup"])
	}
	if o := first["origin_address"].(map[string]any); o["city"] != "Seattle" || second["origin_address"].(map[string]any)["city"] != nil {
		t.Errorf("addresses: %v", o)
	}
	bad := map[string]int{
		`{"estimated_delivery_dates":[]}`: 4009,
		`{}`:                              4009,
		`{"estimated_delivery_dates":[{},{},{},{},{},{}]}`: 4008,
		`{"estimated_delivery_dates":[{"slug":"kpost"}]}`:  4009,
		`{"estimated_delivery_dates":[{"slug":"nope","origin_address":{"country":"USA"},"destination_address":{"country":"USA"},"pickup_time":"2021-07-01 15:00:00"}]}`: 4010,
		`{"estimated_delivery_dates":[{"slug":"kpost","origin_address":{"country":"USA"},"destination_address":{"country":"USA"}}]}`:                                    4009,
		`{"estimated_delivery_dates":[{"slug":"kpost","origin_address":{"country":"USA"},"destination_address":{"country":"USA"},"pickup_time":"July 1"}]}`:             4008,
		`{"estimated_delivery_dates":"soon"}`: 4008,
	}
	for body, code := range bad {
		r := c.do("POST", "/estimated-delivery-date/predict-batch", body)
		if r.Status != 400 || r.Meta.Code != code {
			t.Errorf("%s: HTTP %d meta %d (%s), want 400 %d", body, r.Status, r.Meta.Code, r.Meta.Message, code)
		}
	}
}

func TestAfterShipAuthAndRateLimit(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart, Env: map[string]string{"WAYPOST_API_RATE_LIMIT": "3"}})
	c := newASClient(t, in, "/tracking/2024-04")
	c.key = ""
	c.expect(c.do("GET", "/trackings", nil), http.StatusUnauthorized, 401)
	c.key = "wp_wrong"
	c.expect(c.do("GET", "/trackings", nil), http.StatusUnauthorized, 401)
	c.key = apptest.APIKey
	for i := range 3 {
		r := c.expect(c.do("GET", "/trackings", nil), 200, 200)
		if r.Header.Get("X-RateLimit-Limit") != "3" || r.Header.Get("X-RateLimit-Remaining") != fmt.Sprint(2-i) || r.Header.Get("X-RateLimit-Reset") == "" {
			t.Errorf("rate limit headers: %v", r.Header)
		}
	}
	r := c.expect(c.do("GET", "/trackings", nil), http.StatusTooManyRequests, 429)
	if r.Meta.Type != "TooManyRequests" {
		t.Errorf("429 type %q", r.Meta.Type)
	}
	c.key = ""
	c.expect(c.do("GET", "/no-such-endpoint", nil), http.StatusNotFound, 404)
}
