package postmen_test

import (
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// Rates across every enabled account when none is named; one account failing
// gives its rate an error_message and the others still price.
func TestRates(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		c.createAccount("Main")
		c.createAccount("Carrier unavailable")
		quote := c.do("POST", "/rates", map[string]any{"shipment": shipment(newYork)}).ok(t, "rates")
		var priced, failed int
		for _, r := range list(quote, "rates") {
			if msg := str(r.(map[string]any), "error_message"); msg != "" {
				failed++
			} else {
				priced++
			}
		}
		if quote["status"] != "calculated" || priced == 0 || failed != 1 {
			t.Errorf("rates across accounts: %d priced, %d failed: %v", priced, failed, quote)
		}
		got := c.do("GET", "/rates/"+str(quote, "id"), nil).ok(t, "get")
		if got["id"] != quote["id"] || len(list(got, "rates")) != len(list(quote, "rates")) {
			t.Errorf("get rate: %v", got)
		}
		if l := list(c.do("GET", "/rates", nil).ok(t, "list"), "rates"); len(l) != 1 {
			t.Errorf("rate list: %d", len(l))
		}
		c.do("GET", "/rates/unknown", nil).fails(t, "unknown rate", 404, 4153)
		r := c.do("POST", "/rates", map[string]any{"shipper_accounts": []any{map[string]any{"id": "nope"}}, "shipment": shipment(newYork)})
		r.fails(t, "unknown account", 400, 4104)
		otherMerchant(t, in).do("GET", "/rates/"+str(quote, "id"), nil).fails(t, "another merchant's rate", 404, 4153)
	})
}

// Pickups by labels or by parcels, their cancellation, and the lists of both.
func TestPickups(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		account := c.createAccount("Main")
		label := c.buyLabel(account, newYork)
		byLabel := c.do("POST", "/pickups", map[string]any{"label_ids": []string{str(label, "id")},
			"pickup_from": seattle, "pickup_date": "2026-03-03", "pickup_start_time": "10:00:00", "pickup_end_time": "16:00:00",
			"pickup_location": "Front desk", "pickup_instructions": "Ring twice"}).ok(t, "pickup by label")
		if byLabel["pickup_date"] != "2026-03-03" || str(byLabel, "shipper_account.id") != account ||
			str(byLabel, "pickup_from.city") != "Seattle" || byLabel["pickup_instructions"] != "Ring twice" ||
			byLabel["pickup_location"] != "Front desk" {
			t.Errorf("pickup by label: %v", byLabel)
		}
		byParcels := c.do("POST", "/pickups", map[string]any{"shipper_account": map[string]any{"id": account},
			"pickup_parcels": []any{map[string]any{"weight": map[string]any{"value": 3, "unit": "lb"}, "quantity": 2}},
			"pickup_from":    seattle, "pickup_start_time": "12:00:00", "pickup_end_time": "17:00:00"}).ok(t, "pickup by parcels")
		parcels := list(byParcels, "pickup_parcels")
		if byParcels["status"] != "created" || len(list(byParcels, "label_ids")) != 0 || len(parcels) != 1 ||
			parcels[0].(map[string]any)["quantity"] != float64(2) || str(parcels[0].(map[string]any), "weight.unit") != "lb" {
			t.Errorf("pickup by parcels: %v", byParcels)
		}
		c.do("POST", "/pickups", map[string]any{"shipper_account": map[string]any{"id": account}, "label_ids": []string{str(label, "id")},
			"pickup_from": seattle, "pickup_date": "2026-02-01", "pickup_start_time": "10:00:00", "pickup_end_time": "16:00:00"}).
			fails(t, "a pickup in the past, which the carrier refuses", 422, 4600)

		cancel := c.do("POST", "/cancel-pickups", map[string]any{"pickup": map[string]any{"id": str(byLabel, "id")}}).ok(t, "cancel")
		if cancel["status"] != "cancelled" || str(cancel, "pickup.id") != byLabel["id"] {
			t.Errorf("cancel pickup: %v", cancel)
		}
		c.do("POST", "/cancel-pickups", map[string]any{"pickup": map[string]any{"id": str(byLabel, "id")}}).
			fails(t, "cancel twice", 400, 4104)
		if got := c.do("GET", "/pickups/"+str(byLabel, "id"), nil).ok(t, "get"); got["status"] != "cancelled" {
			t.Errorf("cancelled pickup: %v", got["status"])
		}
		if got := c.do("GET", "/cancel-pickups/"+str(cancel, "id"), nil).ok(t, "get cancel"); got["id"] != cancel["id"] {
			t.Errorf("get cancel pickup: %v", got)
		}
		if l := list(c.do("GET", "/pickups?status=created", nil).ok(t, "list"), "pickups"); len(l) != 1 {
			t.Errorf("created pickups: %d", len(l))
		}
		if l := list(c.do("GET", "/cancel-pickups", nil).ok(t, "list cancels"), "cancel_pickups"); len(l) != 1 {
			t.Errorf("pickup cancellations: %d", len(l))
		}
		c.do("GET", "/pickups/unknown", nil).fails(t, "unknown pickup", 404, 4153)
		c.do("GET", "/cancel-pickups/unknown", nil).fails(t, "unknown cancel pickup", 404, 4153)
	})
}

// Label cancellations are records of their own: read one, list them, and the
// label shows it is cancelled.
func TestCancelLabels(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		account := c.createAccount("Main")
		label := c.buyLabel(account, newYork)
		cancel := c.do("POST", "/cancel-labels", map[string]any{"label": map[string]any{"id": str(label, "id")}}).ok(t, "cancel")
		if cancel["status"] != "cancelled" || str(cancel, "label.id") != label["id"] {
			t.Errorf("cancel: %v", cancel)
		}
		c.do("POST", "/cancel-labels", map[string]any{"label": map[string]any{"id": str(label, "id")}}).fails(t, "twice", 400, 4104)
		if got := c.do("GET", "/cancel-labels/"+str(cancel, "id"), nil).ok(t, "get"); got["id"] != cancel["id"] {
			t.Errorf("get: %v", got)
		}
		if l := list(c.do("GET", "/cancel-labels", nil).ok(t, "list"), "cancel_labels"); len(l) != 1 {
			t.Errorf("list: %d", len(l))
		}
		if got := c.do("GET", "/labels/"+str(label, "id"), nil).ok(t, "label"); got["status"] != "cancelled" {
			t.Errorf("label after cancel: %v", got["status"])
		}
		c.do("GET", "/cancel-labels/unknown", nil).fails(t, "unknown", 404, 4153)
		otherMerchant(t, in).do("POST", "/cancel-labels", map[string]any{"label": map[string]any{"id": str(label, "id")}}).
			fails(t, "another merchant's label", 400, 4104)
	})
}

// Address validation normalises and judges an address; one without the required
// fields is a 4104, not a 200.
func TestAddressValidations(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		lower := map[string]any{}
		for k, v := range newYork {
			lower[k] = v
		}
		lower["country"] = "usa"
		valid := c.do("POST", "/address-validations", map[string]any{"address": lower}).ok(t, "valid")
		if valid["status"] != "valid" || str(valid, "recommended_address.country") != "USA" || len(list(valid, "details")) != 0 {
			t.Errorf("valid address: %v", valid)
		}
		wrongZip := map[string]any{}
		for k, v := range newYork {
			wrongZip[k] = v
		}
		wrongZip["postal_code"] = "1011"
		invalid := c.do("POST", "/address-validations", map[string]any{"address": wrongZip}).ok(t, "invalid")
		if invalid["status"] == "valid" || len(list(invalid, "details")) == 0 {
			t.Errorf("a 4-digit ZIP: %v", invalid)
		}
		r := c.do("POST", "/address-validations", map[string]any{"address": map[string]any{"country": "USA"}})
		r.fails(t, "no street", 400, 4104)
		if len(r.Meta.Details) == 0 {
			t.Error("no details for the missing fields")
		}
		if got := c.do("GET", "/address-validations/"+str(valid, "id"), nil).ok(t, "get"); got["id"] != valid["id"] {
			t.Errorf("get: %v", got)
		}
		if l := list(c.do("GET", "/address-validations", nil).ok(t, "list"), "address_validations"); len(l) != 2 {
			t.Errorf("list: %d", len(l))
		}
		c.do("GET", "/address-validations/unknown", nil).fails(t, "unknown", 404, 4153)
	})
}
