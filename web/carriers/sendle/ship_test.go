package sendle

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

const orderID = "f5233746-71d4-4b05-bf63-56f4abaed5f6"

var (
	sydney = carriers.Address{
		ContactName: "Lex Luthor", CompanyName: "Waypost Outfitters", Street1: "123 Gotham Ln", City: "Sydney",
		State: "NSW", PostalCode: "2000", Country: "AUS", Phone: "0491 570 313", Email: "lluthor@example.com",
	}
	melbourne = carriers.Address{
		ContactName: "Clark Kent", Street1: "80 Collins St", City: "Melbourne", State: "VIC", PostalCode: "3000",
		Country: "AUS", Email: "clarkissuper@dailyplanet.xyz",
	}
	jumper = carriers.Parcel{
		BoxType: "custom", Description: "Merino jumper", Weight: carriers.Weight{Value: 1, Unit: "kg"},
		Dimension: carriers.Dimension{Width: 200, Height: 100, Depth: 300, Unit: "mm"},
	}
)

func shipAccount() carriers.Account {
	return carriers.Account{
		ID: "acct_sendle", Slug: Slug, Timezone: "Australia/Sydney",
		Credentials: map[string]string{"sendle_id": "waypost_outfitters", "api_key": "sk_live_b6w8"},
	}
}

var basicAuth = "Basic " + base64.StdEncoding.EncodeToString([]byte("waypost_outfitters:sk_live_b6w8"))

// shipFake serves the routes; order fixtures link their labels to the fake itself.
func shipFake(t *testing.T, routes map[string]http.HandlerFunc) (*ct.Carrier, *Shipper) {
	t.Helper()
	mux := http.NewServeMux()
	for pattern, h := range routes {
		mux.HandleFunc(pattern, h)
	}
	c := ct.NewCarrier(t, mux)
	return c, NewShipper(Config{BaseURL: c.URL, HTTPClient: c.Client(), Now: func() time.Time { return time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC) }})
}

// orderReply answers with an order fixture whose label links point at base.
func orderReply(t *testing.T, status int, file string, base *string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		w.Write(bytes.ReplaceAll(ct.Fixture(t, file), []byte("https://api.sendle.com"), []byte(*base)))
	}
}

func TestShipperFailures(t *testing.T) {
	tests := []struct {
		name, file string
		status     int
		kind       carriers.ErrorKind
		wait       time.Duration
		message    string
	}{
		{"refused order data", "ship_invalid.json", 422, carriers.KindInvalidNumber, 0, "receiver.address.postcode: does not match the suburb Melbourne"},
		{"malformed request", "ship_invalid.json", 400, carriers.KindInvalidNumber, 0, "weight.value: must be less than or equal to 25 kg"},
		{"wrong API key", "unauthorised.json", 401, carriers.KindAuth, 0, "Either the Sendle ID or API key are incorrect"},
		{"rate limited", "ship_rate_limited.json", 429, carriers.KindRateLimited, 45 * time.Second, "rate limit has been exceeded"},
		{"server error", "", 500, carriers.KindUnavailable, 0, "HTTP 500"},
		{"malformed JSON", "", 201, carriers.KindFormat, 0, "unexpected answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(`{"order_id": "f5233746`)
			if tt.file != "" {
				body = ct.Fixture(t, tt.file)
			}
			_, s := shipFake(t, map[string]http.HandlerFunc{"POST /api/orders": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "45")
				w.WriteHeader(tt.status)
				w.Write(body)
			}})
			_, err := s.CreateLabel(context.Background(), labelRequest())
			e := ct.Kind(t, err, tt.kind)
			if e.RetryAfter != tt.wait || !strings.Contains(e.Error(), tt.message) {
				t.Errorf("error = %v (retry after %v), want %q after %v", e, e.RetryAfter, tt.message, tt.wait)
			}
		})
	}
}

func TestRefusedDataListsEachFieldMessage(t *testing.T) {
	_, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /api/orders": ct.Reply(422, "application/json", ct.Fixture(t, "ship_invalid.json")),
	})
	_, err := s.CreateLabel(context.Background(), labelRequest())
	want := []string{
		"receiver.address.postcode: does not match the suburb Melbourne",
		"receiver.address.state_name: can't be blank",
		"weight.value: must be less than or equal to 25 kg",
	}
	if got := carriers.Messages(err); !slices.Equal(got, want) {
		t.Errorf("messages = %q, want %q", got, want)
	}
}

func TestSlowCarrierHitsTheClientTimeout(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/products", ct.Stall(5*time.Second))
	c := ct.NewCarrier(t, mux)
	hc := c.Client()
	hc.Timeout = 200 * time.Millisecond
	s := NewShipper(Config{BaseURL: c.URL, HTTPClient: hc})
	start := time.Now()
	_, err := s.Rates(context.Background(), rateRequest())
	ct.Kind(t, err, carriers.KindUnavailable)
	if time.Since(start) > 2*time.Second {
		t.Errorf("the adapter waited %v for a stalled carrier", time.Since(start))
	}
}

func TestWhatSendleDoesNotNeed(t *testing.T) {
	_, s := shipFake(t, nil)
	ctx := context.Background()
	m, err := s.CloseManifest(ctx, carriers.ManifestRequest{Account: shipAccount(), TrackingNumbers: []string{"S3ND73"}})
	if err != nil || m == nil || m.File != nil || m.CarrierRef != "" {
		t.Errorf("manifest = %+v, %v; want an empty manifest", m, err)
	}
	_, err = s.SchedulePickup(ctx, carriers.PickupRequest{Account: shipAccount(), Address: sydney})
	if e := ct.Kind(t, err, carriers.KindNotConfigured); !strings.Contains(e.Error(), "sendle-standard_pickup") {
		t.Errorf("the error should say how to get a pickup: %v", e)
	}
	err = s.CancelPickup(ctx, carriers.CancelPickupRequest{Account: shipAccount(), ConfirmationNumber: "S3ND73"})
	ct.Kind(t, err, carriers.KindNotConfigured)
	noKey := shipAccount()
	delete(noKey.Credentials, "api_key")
	_, err = s.Rates(ctx, carriers.RateRequest{Account: noKey})
	if e := ct.Kind(t, err, carriers.KindNotConfigured); !strings.Contains(e.Error(), "missing api_key") {
		t.Errorf("error = %v", e)
	}
}

func TestOrderErrorsNeverShowTheKey(t *testing.T) {
	_, s := shipFake(t, map[string]http.HandlerFunc{"POST /api/orders": ct.Reply(401, "application/json", ct.Fixture(t, "unauthorised.json"))})
	_, err := s.CreateLabel(context.Background(), labelRequest())
	if err == nil || strings.Contains(fmt.Sprint(err), "sk_live_b6w8") {
		t.Errorf("error = %v", err)
	}
}
