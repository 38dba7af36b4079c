package aftership_test

import (
	"net/http"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// Each version takes its own date formats: 2024-04 and v4 a YYYY-MM-DD promised
// date and a YYYYMMDD ship date; 2025-07 also a local or zoned time for both.
func TestConformanceDateFormats(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	cases := []struct {
		prefix, field, value string
		ok                   bool
	}{
		{"/tracking/2024-04", "order_promised_delivery_date", "2026-03-05", true},
		{"/tracking/2024-04", "order_promised_delivery_date", "2026-03-05T10:00:00", false},
		{"/tracking/2024-04", "tracking_ship_date", "20260301", true},
		{"/tracking/2024-04", "tracking_ship_date", "2026-03-01", false},
		{"/v4", "tracking_ship_date", "2026-03-01T10:00:00+09:00", false},
		{"/tracking/2025-07", "order_promised_delivery_date", "2026-03-05", true},
		{"/tracking/2025-07", "order_promised_delivery_date", "2026-03-05T10:00:00", true},
		{"/tracking/2025-07", "order_promised_delivery_date", "2026-03-05T10:00:00-05:00", true},
		{"/tracking/2025-07", "order_promised_delivery_date", "05/03/2026", false},
		{"/tracking/2025-07", "tracking_ship_date", "2026-03-01", true},
		{"/tracking/2025-07", "tracking_ship_date", "2026-03-01T10:00:00+09:00", true},
		{"/tracking/2025-07", "tracking_ship_date", "20260301", true},
		{"/tracking/2025-07", "tracking_ship_date", "2026-02-30", false},
	}
	for i, tc := range cases {
		c := newASClient(t, in, tc.prefix)
		tr := map[string]any{"tracking_number": "61234567891" + string(rune('0'+i/10)) + string(rune('0'+i%10)), "slug": "kpost", tc.field: tc.value}
		var body any = tr
		if tc.prefix != "/tracking/2025-07" {
			body = map[string]any{"tracking": tr}
		}
		r := c.do("POST", "/trackings", body)
		if tc.ok && r.Status != http.StatusCreated || !tc.ok && r.Meta.Code != 4008 {
			t.Errorf("%s %s=%q: HTTP %d meta %d %q", tc.prefix, tc.field, tc.value, r.Status, r.Meta.Code, r.Meta.Message)
		}
	}
}

// A 2025-07 ship date is echoed as written and still reaches the carrier as the
// YYYYMMDD its tracking needs.
func TestConformance2507ShipDateReachesTheCarrier(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2025-07")
		body := `{"tracking_number":"6123456789060","slug":"deutsch-post","tracking_ship_date":"2026-03-01T10:00:00+01:00"}`
		got := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "")
		if got["tracking_ship_date"] != "2026-03-01T10:00:00+01:00" {
			t.Errorf("tracking_ship_date echoed as %v", got["tracking_ship_date"])
		}
		tr, err := in.App.Tracking.Get(t.Context(), in.OrgID(t), got["id"].(string))
		if err != nil {
			t.Fatal(err)
		}
		p, err := in.App.DB.ParcelByID(t.Context(), tr.ParcelID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Fields["tracking_ship_date"] != "20260301" {
			t.Errorf("carrier gets tracking_ship_date %q", p.Fields["tracking_ship_date"])
		}
	})
}
