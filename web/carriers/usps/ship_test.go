package usps

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

// shipNow is a Monday, 10:30 in St. Louis.
var shipNow = time.Date(2024, 5, 6, 15, 30, 0, 0, time.UTC)

var (
	sender = carriers.Address{
		ContactName: "John Smith", CompanyName: "Waypost Outfitters", Street1: "4120 Bingham Ave",
		City: "Saint Louis", State: "MO", PostalCode: "63116", Country: "USA", Phone: "3145550100", Email: "ship@example.com",
	}
	recipient = carriers.Address{
		ContactName: "Joe Doe", Street1: "1100 Wyoming St", Street2: "Suite 150",
		City: "Saint Louis", State: "MO", PostalCode: "63118-2628", Country: "USA",
	}
	// parcel is a 1 kg box 60 cm long: over 22 inches, so USPS adds its length fee.
	parcel = carriers.Parcel{
		BoxType: "custom", Weight: carriers.Weight{Value: 1, Unit: "kg"},
		Dimension: carriers.Dimension{Width: 20, Height: 10, Depth: 60, Unit: "cm"},
	}
)

func shipAccount() carriers.Account {
	return carriers.Account{
		ID: "acct_usps", Slug: Slug, Timezone: "America/Chicago", Address: &sender,
		Credentials: map[string]string{
			"client_id": "merchant-client", "client_secret": "merchant-secret", "crid": "56982563",
			"mid": "903322113", "manifest_mid": "903322114", "account_type": "EPS", "account_number": "1000035123",
		},
	}
}

// shipFake serves the OAuth and Payments endpoints from fixtures and the given routes.
func shipFake(t *testing.T, routes map[string]http.HandlerFunc) (*ct.Carrier, *Shipper) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth2/v3/token", ct.Reply(200, "application/json", ct.Fixture(t, "token.json")))
	if _, ok := routes["POST /payments/v3/payment-authorization"]; !ok {
		mux.HandleFunc("POST /payments/v3/payment-authorization", ct.Reply(200, "application/json", ct.Fixture(t, "ship_payment.json")))
	}
	for pattern, h := range routes {
		mux.HandleFunc(pattern, h)
	}
	c := ct.NewCarrier(t, mux)
	return c, NewShipper(Config{BaseURL: c.URL, HTTPClient: c.Client(), Now: func() time.Time { return shipNow }})
}

func labelRequestFor(acct carriers.Account) carriers.LabelRequest {
	return carriers.LabelRequest{
		Account: acct, ServiceType: "usps-priority_mail", FileType: "pdf", PaperSize: "4x6",
		Shipment:       carriers.Shipment{ShipFrom: sender, ShipTo: recipient, Parcels: []carriers.Parcel{parcel}},
		References:     []string{"ORDER-1001"},
		IdempotencyKey: "label-1",
	}
}

// decode reads a recorded request body.
func decode(t *testing.T, body string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("request body %q: %v", body, err)
	}
	return m
}

func TestShipperFailures(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		file    string
		header  map[string]string
		kind    carriers.ErrorKind
		wait    time.Duration
		message string
	}{
		{"refused label data", 400, "ship_label_invalid.json", nil, carriers.KindInvalidNumber, 0, "toAddress.ZIPCode: The ZIP Code 99999 does not exist."},
		{"refused token twice", 401, "ship_unauthorized.json", nil, carriers.KindAuth, 0, "Access token is invalid or has expired"},
		{"no access to labels", 403, "ship_unauthorized.json", nil, carriers.KindAuth, 0, "HTTP 403"},
		{"rate limited", 429, "rate_limited.json", map[string]string{"Retry-After": "120"}, carriers.KindRateLimited, 2 * time.Minute, "Quota limit exceeded"},
		{"outage", 503, "", map[string]string{"Retry-After": "30"}, carriers.KindUnavailable, 30 * time.Second, "HTTP 503"},
		{"server error", 500, "", nil, carriers.KindUnavailable, 0, "HTTP 500"},
		{"gateway page instead of a label", 200, "", map[string]string{"Content-Type": "text/html"}, carriers.KindFormat, 0, "unexpected answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte("<html><body>Service Unavailable</body></html>")
			if tt.file != "" {
				body = ct.Fixture(t, tt.file)
			}
			c, s := shipFake(t, map[string]http.HandlerFunc{"POST /labels/v3/label": func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tt.status)
				w.Write(body)
			}})
			_, err := s.CreateLabel(context.Background(), labelRequestFor(shipAccount()))
			e := ct.Kind(t, err, tt.kind)
			if e.RetryAfter != tt.wait || !strings.Contains(e.Error(), tt.message) {
				t.Errorf("error = %v (retry after %v), want %q after %v", e, e.RetryAfter, tt.message, tt.wait)
			}
			if want := map[bool]int{true: 2, false: 1}[tt.status == 401]; len(c.Requests("/labels/")) != want {
				t.Errorf("label requests = %d, want %d", len(c.Requests("/labels/")), want)
			}
		})
	}
}

func TestRefusedDataListsEachMessage(t *testing.T) {
	_, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /labels/v3/label": ct.Reply(400, "application/json", ct.Fixture(t, "ship_label_invalid.json")),
	})
	_, err := s.CreateLabel(context.Background(), labelRequestFor(shipAccount()))
	want := []string{
		"toAddress.ZIPCode: The ZIP Code 99999 does not exist.",
		"packageDescription.weight: Weight must not exceed 70 pounds for PRIORITY_MAIL.",
	}
	if got := carriers.Messages(err); !slices.Equal(got, want) {
		t.Errorf("messages = %q, want %q", got, want)
	}
	if carriers.KindOf(err).Retryable() {
		t.Error("refused data must not be retried")
	}
}

func TestRefusedPaymentAccountIsAnAuthError(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /payments/v3/payment-authorization": ct.Reply(403, "application/json", ct.Fixture(t, "ship_payment_refused.json")),
		"POST /labels/v3/label":                   ct.Reply(200, "application/json", ct.Fixture(t, "ship_label_json.json")),
	})
	_, err := s.CreateLabel(context.Background(), labelRequestFor(shipAccount()))
	if e := ct.Kind(t, err, carriers.KindAuth); !strings.Contains(e.Error(), "not linked to CRID 56982563") {
		t.Errorf("error should say why USPS refused the payment account: %v", e)
	}
	if n := len(c.Requests("/labels/")); n != 0 {
		t.Errorf("no label may be bought without payment: %d requests", n)
	}
}

func TestSlowCarrierHitsTheClientTimeout(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth2/v3/token", ct.Reply(200, "application/json", ct.Fixture(t, "token.json")))
	mux.HandleFunc("POST /prices/v3/total-rates/search", ct.Stall(5*time.Second))
	c := ct.NewCarrier(t, mux)
	hc := c.Client()
	hc.Timeout = 200 * time.Millisecond
	s := NewShipper(Config{BaseURL: c.URL, HTTPClient: hc, Now: func() time.Time { return shipNow }})
	start := time.Now()
	_, err := s.Rates(context.Background(), carriers.RateRequest{Account: shipAccount(),
		Shipment: carriers.Shipment{ShipFrom: sender, ShipTo: recipient, Parcels: []carriers.Parcel{parcel}}})
	ct.Kind(t, err, carriers.KindUnavailable)
	if time.Since(start) > 2*time.Second {
		t.Errorf("the adapter waited %v for a stalled carrier", time.Since(start))
	}
}

func TestShipperNeedsTheAccountsOwnCredentials(t *testing.T) {
	_, s := shipFake(t, nil)
	ctx := context.Background()
	ratesOnly := shipAccount()
	ratesOnly.Credentials = map[string]string{"client_id": "merchant-client"}
	_, err := s.Rates(ctx, carriers.RateRequest{Account: ratesOnly})
	if e := ct.Kind(t, err, carriers.KindNotConfigured); !strings.Contains(e.Error(), "missing client_secret") {
		t.Errorf("error should name the missing key: %v", e)
	}
	noPayment := shipAccount()
	delete(noPayment.Credentials, "crid")
	delete(noPayment.Credentials, "account_number")
	_, err = s.CreateLabel(ctx, labelRequestFor(noPayment))
	if e := ct.Kind(t, err, carriers.KindNotConfigured); !strings.Contains(e.Error(), "missing crid, account_number") {
		t.Errorf("error should name the missing keys: %v", e)
	}
	card := shipAccount()
	card.Credentials["account_type"] = "CARD"
	_, err = s.CreateLabel(ctx, labelRequestFor(card))
	if e := ct.Kind(t, err, carriers.KindNotConfigured); strings.Contains(e.Error(), "merchant-secret") {
		t.Errorf("errors must never show a secret: %v", e)
	}
}
