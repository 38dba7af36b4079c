package postmen_test

import (
	"strings"
	"testing"

	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/app/apptest"
)

// Shipper accounts: created with per-carrier credentials that never come back in
// full, listed by carrier and page, edited, switched off and on, deleted; another
// merchant sees none of it.
func TestShipperAccounts(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		acc := c.do("POST", "/shipper-accounts", uspsAccount("Main USPS")).ok(t, "create")
		id := str(acc, "id")
		if acc["slug"] != "usps" || acc["status"] != "enabled" || acc["timezone"] != "America/Los_Angeles" ||
			str(acc, "address.postal_code") != "98101" || acc["sandbox"] != true || acc["address"].(map[string]any)["street2"] != nil {
			t.Errorf("account: %v", acc)
		}
		if strings.Contains(string(c.do("GET", "/shipper-accounts/"+id, nil).Raw), "s3cret-value-9876") {
			t.Error("the client secret came back in full")
		}
		if !strings.Contains(str(acc, "created_at"), "+00:00") {
			t.Errorf("created_at %q: want a numeric offset as in the examples", str(acc, "created_at"))
		}

		bad := uspsAccount("Broken")
		delete(bad["credentials"].(map[string]any), "crid")
		bad["credentials"].(map[string]any)["mid"] = "12"
		r := c.do("POST", "/shipper-accounts", bad)
		r.fails(t, "missing and malformed credentials", 400, 4104)
		if !r.hasDetail("credentials.crid") || !r.hasDetail("credentials.mid") {
			t.Errorf("credential details: %v", r.paths())
		}
		c.do("POST", "/shipper-accounts", map[string]any{"slug": "pigeon-post"}).fails(t, "unknown carrier", 400, 4104)
		numeric := uspsAccount("Numbers as numbers")
		numeric["credentials"].(map[string]any)["account_number"] = 1234567
		c.do("POST", "/shipper-accounts", numeric).ok(t, "numeric credential")

		c.do("POST", "/shipper-accounts", map[string]any{"slug": "sendle", "description": "Sendle AU",
			"credentials": map[string]any{"sendle_id": "waypost_test", "api_key": "sendle-key-123456"}}).ok(t, "sendle")
		first := c.do("GET", "/shipper-accounts?slug=usps&limit=1", nil).ok(t, "list usps")
		page := list(first, "shipper_accounts")
		if len(page) != 1 || first["next_token"] == nil || first["limit"] != float64(1) {
			t.Fatalf("first page: %v", first)
		}
		second := c.do("GET", "/shipper-accounts?slug=usps&limit=1&next_token="+str(first, "next_token"), nil).ok(t, "page 2")
		if l := list(second, "shipper_accounts"); len(l) != 1 || l[0].(map[string]any)["id"] == page[0].(map[string]any)["id"] {
			t.Errorf("second page: %v", second)
		}
		if l := list(c.do("GET", "/shipper-accounts?slug=sendle", nil).ok(t, "list sendle"), "shipper_accounts"); len(l) != 1 {
			t.Errorf("sendle accounts: %d", len(l))
		}
		c.do("GET", "/shipper-accounts?next_token=forged", nil).fails(t, "forged next_token", 400, 4104)

		info := c.do("PUT", "/shipper-accounts/"+id+"/info", map[string]any{"description": "Renamed", "timezone": "America/New_York"}).ok(t, "info")
		if info["description"] != "Renamed" || info["timezone"] != "America/New_York" || str(info, "address.city") != "Seattle" {
			t.Errorf("info: %v", info)
		}
		c.do("PUT", "/shipper-accounts/"+id+"/info", map[string]any{"timezone": "Mars/Olympus"}).fails(t, "bad zone", 400, 4104)
		creds := uspsAccount("")["credentials"].(map[string]any)
		creds["client_secret"] = "a-new-secret-5555"
		if got := c.do("PUT", "/shipper-accounts/"+id+"/credentials", creds).ok(t, "credentials"); str(got, "credentials.client_secret") == "a-new-secret-5555" {
			t.Error("new secret came back in full")
		}
		c.do("PUT", "/shipper-accounts/"+id+"/credentials", map[string]any{"credentials": creds}).ok(t, "wrapped credentials")
		c.do("PUT", "/shipper-accounts/"+id+"/credentials", map[string]any{"client_id": ""}).fails(t, "blank credentials", 400, 4104)
		if got := c.do("PUT", "/shipper-accounts/"+id, map[string]any{"status": "disabled"}).ok(t, "disable"); got["status"] != "disabled" {
			t.Errorf("disable: %v", got)
		}
		r = c.do("POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": id}, "service_type": "usps-priority_mail",
			"shipment": shipment(newYork)})
		r.fails(t, "label with a disabled account", 400, 4104)
		c.do("PUT", "/shipper-accounts/"+id, map[string]any{"status": "enabled"}).ok(t, "enable")

		other := otherMerchant(t, in)
		other.do("GET", "/shipper-accounts/"+id, nil).fails(t, "another merchant's account", 404, 4153)
		other.do("DELETE", "/shipper-accounts/"+id, nil).fails(t, "delete another merchant's account", 404, 4153)
		if l := list(other.do("GET", "/shipper-accounts", nil).ok(t, "other list"), "shipper_accounts"); len(l) != 0 {
			t.Errorf("another merchant lists %d accounts", len(l))
		}

		if got := c.do("DELETE", "/shipper-accounts/"+id, nil).ok(t, "delete"); got["id"] != id {
			t.Errorf("delete: %v", got)
		}
		c.do("GET", "/shipper-accounts/"+id, nil).fails(t, "deleted account", 404, 4153)
		c.do("PUT", "/shipper-accounts/"+id+"/info", map[string]any{"description": "x"}).fails(t, "edit deleted", 404, 4153)
	})
}

// otherMerchant signs up a second organization and returns a client with its key.
func otherMerchant(t *testing.T, in *apptest.Instance) *client {
	t.Helper()
	s, err := in.App.Accounts.Signup(t.Context(), accounts.SignupInput{OrganizationName: "Other Shop",
		Email: "other@example.com", Password: "another long password"})
	if err != nil {
		t.Fatal(err)
	}
	key, _, err := in.App.Accounts.NewAPIKey(t.Context(), s.Organization.ID, "other")
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, in)
	c.key = key
	return c
}
