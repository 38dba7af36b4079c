package postmen_test

import (
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// Bad input is answered in the envelope before anything is written: malformed
// JSON is a 4101, a value of the wrong type or a missing field a 4104 naming the
// field, never a 500.
func TestBadInputNamesTheField(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: pmStart})
	c := newClient(t, in)
	invalidJSON := []struct{ path, body string }{
		{"/labels", ""},
		{"/labels", "{"},
		{"/rates", "[1,2]"},
		{"/shipper-accounts", `{"slug":"usps"} {"slug":"ups"}`},
		{"/cancel-labels", "not json"},
		{"/pickups", `{"label_ids": [`},
	}
	for _, tc := range invalidJSON {
		c.do("POST", tc.path, tc.body).fails(t, "POST "+tc.path+" "+tc.body, 400, 4101)
	}
	fields := []struct {
		method, path string
		body         any
		want         []string
	}{
		{"POST", "/labels", map[string]any{}, []string{"shipper_account.id", "service_type", "shipment"}},
		{"POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": "x"}, "service_type": "usps-priority_mail",
			"shipment": map[string]any{"parcels": []any{}}}, []string{"shipment.ship_from", "shipment.ship_to", "shipment.parcels"}},
		{"POST", "/labels", `{"shipper_account":{"id":7}}`, []string{"shipper_account.id"}},
		{"POST", "/labels", `{"shipment":{"parcels":[{"weight":{"value":"two","unit":"kg"}}]}}`, []string{"shipment.parcels.weight.value"}},
		{"POST", "/labels", `{"async":"yes"}`, []string{"async"}},
		{"POST", "/rates", map[string]any{"shipper_accounts": []any{map[string]any{}}, "shipment": shipment(newYork)}, []string{"shipper_accounts.0.id"}},
		{"POST", "/rates", map[string]any{}, []string{"shipment"}},
		{"POST", "/cancel-labels", map[string]any{"label": map[string]any{}}, []string{"label.id"}},
		{"POST", "/cancel-pickups", map[string]any{}, []string{"pickup.id"}},
		{"POST", "/manifests", map[string]any{"shipper_account": nil}, []string{"shipper_account.id"}},
		{"POST", "/address-validations", map[string]any{}, []string{"address"}},
		{"POST", "/shipper-accounts", map[string]any{"credentials": map[string]any{"client_id": []any{1}}}, []string{"slug", "credentials.client_id"}},
		{"POST", "/pickups", map[string]any{"pickup_start_time": "9am"}, []string{"label_ids", "pickup_start_time", "pickup_end_time"}},
		{"POST", "/pickups", map[string]any{"pickup_parcels": []any{map[string]any{"quantity": 0}}, "pickup_start_time": "09:00:00",
			"pickup_end_time": "17:00:00"}, []string{"pickup_parcels.0.quantity", "shipper_account.id"}},
		{"PUT", "/shipper-accounts/some-id", map[string]any{"status": "paused"}, []string{"status"}},
		{"GET", "/labels?limit=0", nil, []string{"limit"}},
		{"GET", "/labels?limit=abc&created_at_min=yesterday", nil, []string{"limit", "created_at_min"}},
		{"GET", "/labels?status=lost&tracking_numbers=1,2", nil, []string{"status", "tracking_numbers"}},
		{"GET", "/rates?created_at_min=2026-03-02&created_at_max=2026-03-01", nil, []string{"created_at_max"}},
		{"GET", "/shipper-accounts?limit=101", nil, []string{"limit"}},
	}
	for _, tc := range fields {
		r := c.do(tc.method, tc.path, tc.body)
		r.fails(t, tc.method+" "+tc.path, 400, 4104)
		for _, p := range tc.want {
			if !r.hasDetail(p) {
				t.Errorf("%s %s %v: details %v do not name %s", tc.method, tc.path, tc.body, r.paths(), p)
			}
		}
	}
}

// A body over WAYPOST_API_BODY_LIMIT is a 413 in the envelope, and buys nothing.
func TestBodyOverLimitIs413(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: pmStart})
	c := newClient(t, in)
	account := c.createAccount("Main")
	huge := `{"shipper_account":{"id":"` + account + `"},"service_type":"usps-priority_mail","references":["` +
		strings.Repeat("x", 10<<20) + `"]}`
	c.do("POST", "/labels", huge).fails(t, "10 MB label", 413, 4101)
	if l := list(c.do("GET", "/labels", nil).ok(t, "list"), "labels"); len(l) != 0 {
		t.Errorf("%d labels after a refused body", len(l))
	}
}
