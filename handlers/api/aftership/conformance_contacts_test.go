package aftership_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// Phone numbers are stored as + and digits whichever way they were written, so
// "+1 (855) 507-2509" is accepted and recognised as a duplicate of +18555072509.
func TestConformancePhoneNumbers(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	c := newASClient(t, in, "/tracking/2024-04")
	body := `{"tracking":{"tracking_number":"6123456789050","slug":"kpost","smses":["+1 (855) 507-2509"]}}`
	tr := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")
	if fmt.Sprint(tr["smses"]) != "[+18555072509]" {
		t.Errorf("smses stored as %v", tr["smses"])
	}
	id := tr["id"].(string)
	n := c.expect(c.do("POST", "/notifications/"+id+"/add", `{"notification":{"smses":["+1 855.507.2509","+82 10-1234-5678"]}}`), 200, 200).obj(t, "notification")
	if fmt.Sprint(n["smses"]) != "[+18555072509 +821012345678]" {
		t.Errorf("after add: %v", n["smses"])
	}
	n = c.expect(c.do("POST", "/notifications/"+id+"/remove", `{"notification":{"smses":"+82 10 1234 5678"}}`), 200, 200).obj(t, "notification")
	if fmt.Sprint(n["smses"]) != "[+18555072509]" {
		t.Errorf("after remove: %v", n["smses"])
	}
	c.expect(c.do("POST", "/notifications/"+id+"/add", `{"notification":{"smses":["+1 855 CALL NOW"]}}`), http.StatusBadRequest, 4008)

	v2507 := newASClient(t, in, "/tracking/2025-07")
	got := v2507.expect(v2507.do("POST", "/trackings", `{"tracking_number":"6123456789051","slug":"kpost","customers":[{"phone_number":"+82 10-1234-5678"}]}`), http.StatusCreated, 201).obj(t, "")
	if p := got["customers"].([]any)[0].(map[string]any)["phone_number"]; p != "+821012345678" {
		t.Errorf("2025-07 customer phone stored as %v", p)
	}
}

// Contacts changed through an older version keep 2025-07's customers: names,
// roles and languages stay, removed addresses go, new addresses are added.
func TestConformanceCustomersSurviveOlderVersions(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		v2507 := newASClient(t, in, "/tracking/2025-07")
		body := `{"tracking_number":"6123456789052","slug":"kpost","customers":[
			{"role":"buyer","name":"Ana","email":"ana@example.com","language":"pt"},
			{"role":"receiver","name":"Bo","phone_number":"+821012345678"}]}`
		id := v2507.expect(v2507.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "")["id"].(string)
		v2404 := newASClient(t, in, "/tracking/2024-04")
		v2404.expect(v2404.do("POST", "/notifications/"+id+"/add", `{"notification":{"emails":["new@example.com"]}}`), 200, 200)
		if got := customersOf2507(t, v2507, id); got != "[buyer Ana ana@example.com  pt] [receiver Bo  +821012345678 ] [buyer  new@example.com  ]" {
			t.Errorf("after adding an email: %s", got)
		}
		v2404.expect(v2404.do("PUT", "/trackings/"+id, `{"tracking":{"emails":[]}}`), 200, 200)
		if got := customersOf2507(t, v2507, id); got != "[buyer Ana   pt] [receiver Bo  +821012345678 ]" {
			t.Errorf("after clearing emails: %s", got)
		}
	})
}

// customersOf2507 prints a tracking's customers as [role name email phone language].
func customersOf2507(t *testing.T, c *asClient, id string) string {
	t.Helper()
	var out []string
	for _, raw := range c.expect(c.do("GET", "/trackings/"+id, nil), 200, 200).obj(t, "")["customers"].([]any) {
		cu := raw.(map[string]any)
		field := func(k string) string { s, _ := cu[k].(string); return s }
		out = append(out, fmt.Sprintf("[%s %s %s %s %s]", field("role"), field("name"), field("email"), field("phone_number"), field("language")))
	}
	return strings.Join(out, " ")
}
