package api_test

import (
	"fmt"
	"net/http"
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
