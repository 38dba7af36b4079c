package aftership_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// The meta messages are AfterShip's documented sentences (Request Errors page),
// in every version: clients and SDKs match on them.
func TestConformanceDocumentedMessages(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	for i, prefix := range []string{"/tracking/2024-04", "/v4"} {
		c := newASClient(t, in, prefix)
		number := fmt.Sprintf("612345678901%d", i)
		id := c.expect(c.do("POST", "/trackings", asSeedTracking(number)), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		cases := []struct {
			method, path, body string
			status, code       int
			message            string
		}{
			{"POST", "/trackings", `{"tracking":{}}`, 400, 4007, "`tracking_number` is required."},
			{"POST", "/trackings", `{}`, 400, 4006, "`tracking` object is required."},
			{"POST", "/trackings", `{"tracking":{"tracking_number":"12"}}`, 400, 4005, "The value of `tracking_number` is invalid."},
			{"POST", "/trackings", `{"tracking":{"tracking_number":"AB$%CD12"}}`, 400, 4017, "The format of `tracking_number` is invalid."},
			{"POST", "/trackings", `{"tracking":{"tracking_number":"6123456789012","slug":"no-such"}}`, 400, 4010, "The value of `slug` is invalid."},
			{"POST", "/trackings", `{"tracking":{"tracking_number":"6123456789012","slug":"deutsch-post"}}`, 400, 4011,
				"Missing or invalid value of the required fields for this courier. Besides `tracking_number`, also required: `tracking_ship_date`"},
			{"POST", "/trackings", `{"tracking":{"tracking_number":"ZZZ-NOT-DETECTABLE"}}`, 400, 4012,
				"Unable to import shipment as we don't recognize the carrier from this tracking number."},
			{"POST", "/trackings", `{"tracking":{"tracking_number":"1Z999AA10123456784","slug_group":"dhl-group"}}`, 400, 4012,
				"Unable to import shipment as the tracking number does not belong to a carrier in that group."},
			{"POST", "/trackings", `{"tracking":{"tracking_number":"6123456789012","slug":"deutsch-post","tracking_ship_date":"2026-03-01"}}`, 400, 4011,
				"Missing or invalid value of the required fields for this courier. Besides `tracking_number`, also required: `tracking_ship_date`"},
			{"POST", "/trackings/" + id + "/retrack", ``, 400, 4013, "Retrack is not allowed. You can only retrack an inactive tracking."},
			{"POST", "/notifications/" + id + "/add", `{}`, 400, 4014, "`notification` object is required."},
			{"GET", "/trackings/bad%20id", ``, 400, 4015, "The value of `id` is invalid."},
			{"GET", "/trackings/aaaaaaaaaaaaaaaaaaaaaaaa", ``, 404, 4004, "Tracking does not exist."},
			{"POST", "/trackings/" + id + "/mark-as-completed", `{}`, 400, 4009, "`reason` is required."},
			{"POST", "/trackings/" + id + "/mark-as-completed", `{"reason":"FOO"}`, 400, 4008, "The value of `reason` is invalid."},
		}
		for _, tc := range cases {
			r := c.do(tc.method, tc.path, tc.body)
			if r.Status != tc.status || r.Meta.Code != tc.code || r.Meta.Message != tc.message {
				t.Errorf("%s %s %s %s: HTTP %d meta %d %q, want %d %d %q", prefix, tc.method, tc.path, tc.body,
					r.Status, r.Meta.Code, r.Meta.Message, tc.status, tc.code, tc.message)
			}
		}
	}
}

// A body that is JSON but not an object, or a "tracking" that is not one, is
// "Invalid JSON data." (4001); a field of the wrong type names the field (4008).
func TestConformanceWrongJSONTypes(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	cases := []struct {
		prefix, body string
		code         int
	}{
		{"/tracking/2024-04", `[]`, 4001},
		{"/tracking/2024-04", `"tracking"`, 4001},
		{"/tracking/2024-04", `{"tracking":"6123456789012"}`, 4001},
		{"/tracking/2024-04", `{"tracking":[]}`, 4001},
		{"/v4", `{"tracking":42}`, 4001},
		{"/tracking/2025-07", `[]`, 4001},
		{"/tracking/2025-07", `123`, 4001},
		{"/tracking/2024-04", `{"tracking":{"tracking_number":6123456789012}}`, 4008},
		{"/tracking/2024-04", `{"tracking":{"tracking_number":"6123456789012","emails":5}}`, 4008},
		{"/tracking/2025-07", `{"tracking_number":"6123456789012","customers":{}}`, 4008},
	}
	for _, tc := range cases {
		c := newASClient(t, in, tc.prefix)
		r := c.do("POST", "/trackings", tc.body)
		if r.Status != http.StatusBadRequest || r.Meta.Code != tc.code {
			t.Errorf("%s %s: HTTP %d meta %d %q, want 400 %d", tc.prefix, tc.body, r.Status, r.Meta.Code, r.Meta.Message, tc.code)
		}
	}
}

// Country fields take ISO 3166-1 alpha-3 codes that exist, not any three letters.
func TestConformanceCountryCodes(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	v2404 := newASClient(t, in, "/tracking/2024-04")
	for _, field := range []string{"origin_country_iso3", "destination_country_iso3", "tracking_origin_country", "tracking_destination_country"} {
		body := map[string]any{"tracking": map[string]any{"tracking_number": "6123456789013", "slug": "kpost", field: "XYZ"}}
		if r := v2404.do("POST", "/trackings", body); r.Meta.Code != 4008 {
			t.Errorf("%s XYZ: meta %d %q, want 4008", field, r.Meta.Code, r.Meta.Message)
		}
	}
	v2507 := newASClient(t, in, "/tracking/2025-07")
	r := v2507.do("POST", "/trackings", map[string]any{"tracking_number": "6123456789013", "slug": "kpost", "destination_country_region": "QQQ"})
	if r.Meta.Code != 4008 || r.Meta.Message == "" {
		t.Errorf("2025-07 QQQ: meta %d %q", r.Meta.Code, r.Meta.Message)
	}
	ok := map[string]any{"tracking": map[string]any{"tracking_number": "6123456789013", "slug": "kpost", "origin_country_iso3": "kor", "destination_country_iso3": "XKX"}}
	got := v2404.expect(v2404.do("POST", "/trackings", ok), http.StatusCreated, 201).obj(t, "tracking")
	if got["origin_country_iso3"] != "KOR" || got["destination_country_iso3"] != "XKX" {
		t.Errorf("countries stored as %v, %v", got["origin_country_iso3"], got["destination_country_iso3"])
	}
	edd := map[string]any{"estimated_delivery_dates": []any{map[string]any{"slug": "kpost", "pickup_time": "2024-01-01 10:00:00",
		"origin_address": map[string]any{"country": "KOR"}, "destination_address": map[string]any{"country": "ABC"}}}}
	v2404.expect(v2404.do("POST", "/estimated-delivery-date/predict-batch", edd), http.StatusBadRequest, 4008)
}

// A next courier (2025-07: last_mile) names a known courier and a tracking number.
func TestConformanceNextCouriers(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	v2404 := newASClient(t, in, "/tracking/2024-04")
	for _, next := range []string{`{"slug":"no-such","tracking_number":"123456789"}`, `{"tracking_number":"123456789"}`, `{"slug":"usps"}`} {
		body := `{"tracking":{"tracking_number":"6123456789030","slug":"kpost","next_couriers":[` + next + `]}}`
		r := v2404.expect(v2404.do("POST", "/trackings", body), http.StatusBadRequest, 4008)
		if !strings.HasPrefix(r.Meta.Message, "The value of `next_couriers` is invalid") {
			t.Errorf("%s: %q", next, r.Meta.Message)
		}
	}
	v2507 := newASClient(t, in, "/tracking/2025-07")
	r := v2507.expect(v2507.do("POST", "/trackings", `{"tracking_number":"6123456789030","slug":"kpost","last_mile":{"slug":"no-such","tracking_number":"123456789"}}`), http.StatusBadRequest, 4008)
	if !strings.HasPrefix(r.Meta.Message, "The value of `last_mile` is invalid") {
		t.Errorf("2025-07 last_mile: %q", r.Meta.Message)
	}
	ok := `{"tracking":{"tracking_number":"6123456789030","slug":"kpost","next_couriers":[{"slug":"usps","tracking_number":"9400100000000000000000"}]}}`
	v2404.expect(v2404.do("POST", "/trackings", ok), http.StatusCreated, 201)
}

// language takes an ISO 639-1 code, with an optional region or script.
func TestConformanceLanguageCodes(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	v2404 := newASClient(t, in, "/tracking/2024-04")
	v2404.expect(v2404.do("POST", "/trackings", `{"tracking":{"tracking_number":"6123456789040","slug":"kpost","language":"xx"}}`), http.StatusBadRequest, 4008)
	got := v2404.expect(v2404.do("POST", "/trackings", `{"tracking":{"tracking_number":"6123456789040","slug":"kpost","language":"zh-Hant"}}`), http.StatusCreated, 201).obj(t, "tracking")
	if got["language"] != "zh-Hant" {
		t.Errorf("language %v", got["language"])
	}
	v2507 := newASClient(t, in, "/tracking/2025-07")
	v2507.expect(v2507.do("POST", "/trackings", `{"tracking_number":"6123456789041","slug":"kpost","customers":[{"language":"qq"}]}`), http.StatusBadRequest, 4008)
}
