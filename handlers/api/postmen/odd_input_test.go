package postmen_test

import (
	"maps"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// Well-formed JSON with wrong values reaches the service and the carrier; every
// such mistake is still a 4xxx in the envelope, never a server error.
func TestOddValuesAreClientErrors(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: pmStart})
	c := newClient(t, in)
	account := c.createAccount("Main")
	label := c.buyLabel(account, newYork)
	withParcel := func(p map[string]any) map[string]any {
		s := shipment(newYork)
		s["parcels"] = []any{p}
		return s
	}
	buy := func(extra map[string]any) map[string]any {
		body := map[string]any{"shipper_account": map[string]any{"id": account}, "service_type": "usps-priority_mail",
			"shipment": shipment(newYork)}
		maps.Copy(body, extra)
		return body
	}
	foreign := maps.Clone(newYork)
	foreign["country"] = "ZZZ"
	// Rates answer per account: a ship date or a route an account cannot price
	// is its rate's error_message, and an address validation judges the address.
	judged := map[string]bool{"past ship date": true, "address country": true, "status filter": true}
	cases := []struct {
		name, method, path string
		body               any
	}{
		{"weightless parcel", "POST", "/labels", buy(map[string]any{"shipment": withParcel(map[string]any{"weight": map[string]any{"value": 0, "unit": "kg"}})})},
		{"unknown unit", "POST", "/labels", buy(map[string]any{"shipment": withParcel(map[string]any{"weight": map[string]any{"value": 1, "unit": "stone"}})})},
		{"negative size", "POST", "/rates", map[string]any{"shipment": withParcel(map[string]any{"weight": map[string]any{"value": 1, "unit": "kg"},
			"dimension": map[string]any{"width": -1, "height": 1, "depth": 1, "unit": "cm"}})}},
		{"unknown service", "POST", "/labels", buy(map[string]any{"service_type": "usps-teleport"})},
		{"another carrier's service", "POST", "/labels", buy(map[string]any{"service_type": "ups-ground"})},
		{"paper size", "POST", "/labels", buy(map[string]any{"paper_size": "A9"})},
		{"file type", "POST", "/labels", buy(map[string]any{"file_type": "docx"})},
		{"impossible ship date", "POST", "/labels", buy(map[string]any{"ship_date": "2026-13-45"})},
		{"past ship date", "POST", "/rates", map[string]any{"ship_date": "2020-01-01", "shipment": shipment(newYork)}},
		{"unknown country", "POST", "/rates", map[string]any{"shipment": shipment(foreign)}},
		{"customs purpose", "POST", "/labels", buy(map[string]any{"customs": map[string]any{"purpose": "smuggling"}})},
		{"billing", "POST", "/labels", buy(map[string]any{"billing": map[string]any{"paid_by": "nobody"}})},
		{"window backwards", "POST", "/pickups", map[string]any{"label_ids": []string{str(label, "id")},
			"pickup_start_time": "17:00:00", "pickup_end_time": "09:00:00"}},
		{"pickup date", "POST", "/pickups", map[string]any{"label_ids": []string{str(label, "id")}, "pickup_date": "tomorrow",
			"pickup_start_time": "12:00:00", "pickup_end_time": "17:00:00"}},
		{"unknown label in a pickup", "POST", "/pickups", map[string]any{"label_ids": []string{"nope"},
			"pickup_start_time": "12:00:00", "pickup_end_time": "17:00:00"}},
		{"time zone", "POST", "/shipper-accounts", map[string]any{"slug": "sendle", "timezone": "Nowhere/Land",
			"credentials": map[string]any{"sendle_id": "x", "api_key": "y", "sandbox": "true"}}},
		{"account country", "POST", "/shipper-accounts", map[string]any{"slug": "sendle", "address": foreign,
			"credentials": map[string]any{"sendle_id": "x", "api_key": "y", "sandbox": "true"}}},
		{"unknown account manifest", "POST", "/manifests", map[string]any{"shipper_account": map[string]any{"id": "nope"}}},
		{"address country", "POST", "/address-validations", map[string]any{"address": foreign}},
		{"blank address", "POST", "/address-validations", map[string]any{"address": map[string]any{}}},
		{"status filter", "GET", "/pickups?status=lost", nil},
		{"terms of trade", "POST", "/labels", buy(map[string]any{"customs": map[string]any{"purpose": "gift", "terms_of_trade": "free"}})},
	}
	for _, tc := range cases {
		r := c.do(tc.method, tc.path, tc.body)
		if r.Status >= 500 || (!judged[tc.name] && (r.Meta.Code < 4000 || r.Meta.Code > 4999)) {
			t.Errorf("%s: HTTP %d meta %d %q %v", tc.name, r.Status, r.Meta.Code, r.Meta.Message, r.Meta.Details)
		}
	}
}
