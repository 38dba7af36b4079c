package postmen_test

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// Labels are listed newest first, filtered by status, account, creation time and
// tracking number, and paged by next_token.
func TestLabelList(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		main, spare := c.createAccount("Main"), c.createAccount("Spare")
		a := c.buyLabel(main, newYork)
		in.Clock.Advance(time.Minute)
		b := c.buyLabel(main, newYork)
		in.Clock.Advance(time.Minute)
		s := c.buyLabel(spare, newYork)
		c.do("POST", "/cancel-labels", map[string]any{"label": map[string]any{"id": str(b, "id")}}).ok(t, "cancel b")

		ids := func(path string) []string {
			page := c.do("GET", path, nil).ok(t, path)
			var out []string
			for _, l := range list(page, "labels") {
				out = append(out, l.(map[string]any)["id"].(string))
			}
			return out
		}
		want := func(path string, labels ...map[string]any) {
			t.Helper()
			got := ids(path)
			if len(got) != len(labels) {
				t.Errorf("%s: %v, want %d labels", path, got, len(labels))
				return
			}
			for i, l := range labels {
				if got[i] != l["id"] {
					t.Errorf("%s: %v, want %v first-to-last", path, got, labels)
				}
			}
		}
		want("/labels", s, b, a)
		want("/labels?status=cancelled", b)
		want("/labels?shipper_account_id="+main, b, a)
		want("/labels?shipper_account_id="+main+"&status=created", a)
		want("/labels?tracking_numbers="+list(s, "tracking_numbers")[0].(string), s)
		want("/labels?created_at_min="+url.QueryEscape(pmStart.Add(30*time.Second).Format(time.RFC3339)), s, b)
		want("/labels?created_at_max="+url.QueryEscape(pmStart.Add(30*time.Second).Format(time.RFC3339)), a)

		first := c.do("GET", "/labels?limit=2", nil).ok(t, "page 1")
		if len(list(first, "labels")) != 2 || first["next_token"] == nil {
			t.Fatalf("page 1: %v", first)
		}
		second := c.do("GET", "/labels?limit=2&next_token="+url.QueryEscape(str(first, "next_token")), nil).ok(t, "page 2")
		if l := list(second, "labels"); len(l) != 1 || l[0].(map[string]any)["id"] != a["id"] || second["next_token"] != nil {
			t.Errorf("page 2: %v", second)
		}
		if got := otherMerchant(t, in).do("GET", "/labels", nil).ok(t, "other"); len(list(got, "labels")) != 0 {
			t.Errorf("another merchant sees labels: %v", got)
		}
	})
}

// A retried create with the same Idempotency-Key buys one label, not two; the key
// with a different request is refused.
func TestLabelIdempotency(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		account := c.createAccount("Main")
		c.extra = map[string]string{"Idempotency-Key": "order-1001"}
		first := c.buyLabel(account, newYork)
		again := c.buyLabel(account, newYork)
		if again["id"] != first["id"] || list(again, "tracking_numbers")[0] != list(first, "tracking_numbers")[0] {
			t.Errorf("retry bought another label: %v then %v", first["id"], again["id"])
		}
		r := c.do("POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": account},
			"service_type": "usps-ground_advantage", "shipment": shipment(newYork)})
		r.fails(t, "the key with another request", 409, 4109)
		c.extra = nil
		if n := len(list(c.do("GET", "/labels", nil).ok(t, "list"), "labels")); n != 1 {
			t.Errorf("%d labels after a retried create, want 1", n)
		}
	})
}

// "async": true answers 3001 with the label creating; it completes in the background.
func TestAsyncLabel(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart, Jobs: true})
		c := newClient(t, in)
		account := c.createAccount("Main")
		r := c.do("POST", "/labels", map[string]any{"async": true, "shipper_account": map[string]any{"id": account},
			"service_type": "usps-priority_mail", "shipment": shipment(newYork)})
		l := r.ok(t, "async label")
		if r.Meta.Code != 3001 || r.Status != 202 || l["status"] != "creating" {
			t.Fatalf("async label: HTTP %d meta %d status %v", r.Status, r.Meta.Code, l["status"])
		}
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			got := c.do("GET", "/labels/"+str(l, "id"), nil).ok(t, "poll")
			if got["status"] != "creating" {
				if got["status"] != "created" || str(got, "files.label.url") == "" {
					t.Errorf("async label finished as %v", got)
				}
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatal("async label still creating after 20s")
	})
}

// Async rates answer 3001 while calculating, then the quote holds the prices.
func TestAsyncRates(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart, Jobs: true})
		c := newClient(t, in)
		account := c.createAccount("Main")
		r := c.do("POST", "/rates", map[string]any{"async": true, "shipper_accounts": []any{map[string]any{"id": account}},
			"shipment": shipment(newYork)})
		q := r.ok(t, "async rates")
		if r.Meta.Code != 3001 || q["status"] != "calculating" {
			t.Fatalf("async rates: meta %d status %v", r.Meta.Code, q["status"])
		}
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			got := c.do("GET", "/rates/"+str(q, "id"), nil).ok(t, "poll")
			if got["status"] != "calculating" {
				if got["status"] != "calculated" || len(list(got, "rates")) == 0 {
					t.Errorf("async rates finished as %v", got)
				}
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatal("rates still calculating after 20s")
	})
}

// A carrier's refusal is a 4600 with the carrier's words; a carrier that cannot be
// reached is a retryable 4601. International goods come with a commercial invoice.
func TestCarrierAnswers(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		account := c.createAccount("Main")
		refused := map[string]any{}
		for k, v := range newYork {
			refused[k] = v
		}
		refused["contact_name"] = "FAIL LABEL"
		r := c.do("POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": account},
			"service_type": "usps-priority_mail", "shipment": shipment(refused)})
		r.fails(t, "refused label", 422, 4600)
		if r.Meta.Retryable {
			t.Error("a refusal is not retryable")
		}
		down := c.createAccount("Carrier unavailable today")
		r = c.do("POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": down},
			"service_type": "usps-priority_mail", "shipment": shipment(newYork)})
		r.fails(t, "carrier down", 502, 4601)
		if !r.Meta.Retryable {
			t.Error("an unreachable carrier is retryable")
		}

		toronto := map[string]any{"contact_name": "Cam Receiver", "street1": "100 Queen St W", "city": "Toronto",
			"state": "ON", "postal_code": "M5H 2N2", "country": "CAN", "phone": "+1 416 555 0100", "email": "cam@example.com"}
		abroad := c.do("POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": account},
			"service_type": "usps-priority_mail_international", "shipment": shipment(toronto),
			"customs": map[string]any{"purpose": "merchandise", "terms_of_trade": "ddu"}}).ok(t, "international label")
		if str(abroad, "files.invoice.url") == "" || str(abroad, "files.invoice.file_type") != "pdf" {
			t.Errorf("international label without an invoice: %v", abroad["files"])
		}
		checkFile(t, in, str(abroad, "files.invoice.url"), "application/pdf", "%PDF")
		noCustoms := c.do("POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": account},
			"service_type": "usps-priority_mail_international", "shipment": shipment(toronto)})
		noCustoms.fails(t, "goods abroad without customs", 400, 4104)
		if !noCustoms.hasDetail("customs.purpose") {
			t.Errorf("details %v, want customs.purpose", noCustoms.paths())
		}
	})
}

// A ZPL label downloads as an attachment; PDF and PNG open in the browser.
func TestLabelFileTypes(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: pmStart})
	c := newClient(t, in)
	account := c.createAccount("Main")
	for _, tc := range []struct{ fileType, disposition, magic string }{
		{"zpl", "attachment", "^XA"}, {"png", "inline", "\x89PNG"}, {"pdf", "inline", "%PDF"},
	} {
		l := c.do("POST", "/labels", map[string]any{"shipper_account": map[string]any{"id": account},
			"service_type": "usps-priority_mail", "file_type": tc.fileType, "paper_size": "4x6", "shipment": shipment(newYork)}).ok(t, tc.fileType)
		if str(l, "files.label.file_type") != tc.fileType {
			t.Errorf("%s label: files %v", tc.fileType, l["files"])
		}
		url := str(l, "files.label.url")
		resp, err := http.Get(in.URL + url[strings.Index(url, "/files/"):])
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.HasPrefix(resp.Header.Get("Content-Disposition"), tc.disposition) || !strings.HasPrefix(string(body), tc.magic) {
			t.Errorf("%s file: %s, %q", tc.fileType, resp.Header.Get("Content-Disposition"), body[:min(8, len(body))])
		}
	}
}
