package aftership_test

import (
	"net/http"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestAfterShipV4(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/v4")
		c.key = ""
		body := `{"tracking":{"tracking_number":"6123456789010","slug":["kpost","usps"],"emails":"a@example.com"}}`
		c.expect(c.do("POST", "/trackings", body), http.StatusUnauthorized, 401)
		// v4 clients name the key header aftership-api-key.
		c.key, c.keyHeader = apptest.APIKey, "aftership-api-key"
		tr := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")
		for _, f := range []string{"id", "tracking_number", "checkpoints", "expected_delivery", "delivery_time", "courier_destination_country_iso3"} {
			if _, ok := tr[f]; !ok {
				t.Errorf("v4 tracking lacks %q", f)
			}
		}
		for _, f := range []string{"carbon_emissions", "failed_delivery_attempts", "location_id"} {
			if _, ok := tr[f]; ok {
				t.Errorf("v4 tracking carries the 2024-04 field %q", f)
			}
		}
		if tr["slug"] != "kpost" {
			t.Errorf("slug chosen from the list: %v", tr["slug"])
		}
		list := c.expect(c.do("GET", "/trackings?page=1&limit=10", nil), 200, 200).obj(t, "")
		if list["count"] != float64(1) || list["limit"] != float64(10) {
			t.Errorf("v4 list: %v", list)
		}
		if _, ok := list["pagination"]; ok {
			t.Error("v4 list carries 2024-04's pagination")
		}
		c.expect(c.do("GET", "/trackings/kpost/6123456789010", nil), 200, 200)
		c.expect(c.do("GET", "/last_checkpoint/kpost/6123456789010", nil), 200, 200)
		c.expect(c.do("POST", "/trackings/kpost/6123456789010/retrack", nil), 400, 4013)
		c.expect(c.do("DELETE", "/trackings/kpost/6123456789010", nil), 200, 200)
	})
}
