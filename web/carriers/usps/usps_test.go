package usps

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

const number = "9400111899223197428490"

// fake serves the OAuth endpoint and answers tracking with the given handler.
func fake(t *testing.T, track http.HandlerFunc) (*ct.Carrier, *Adapter) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth2/v3/token", ct.Reply(200, "application/json", ct.Fixture(t, "token.json")))
	mux.HandleFunc("GET /tracking/v3/tracking/{number}", track)
	c := ct.NewCarrier(t, mux)
	a := New(Config{BaseURL: c.URL, ClientID: "server-client", ClientSecret: "server-secret", HTTPClient: c.Client()})
	return c, a
}

func track(t *testing.T, a *Adapter, req carriers.Request) (*carriers.Result, error) {
	t.Helper()
	if req.Slug == "" {
		req.Slug, req.TrackingNumber = Slug, number
	}
	return a.Track(context.Background(), req)
}

func TestDeliveredParcel(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "delivered.json")))
	res, err := track(t, a, carriers.Request{})
	if err != nil {
		t.Fatal(err)
	}
	// Oldest first; the repeated "Arrived at Post Office" once; each event in the offset
	// of the place it happened (Pacific for Los Angeles, Eastern for Washington); the
	// date-only event without zone in Eastern time; the unknown code T1 read by its words.
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-22T09:02:00-07:00 | InfoReceived_001 | GX | Shipping Label Created, USPS Awaiting Item | LOS ANGELES, CA 90052",
		"2024-04-22T15:28:00-07:00 | InTransit_002 | 03 | USPS picked up item | LOS ANGELES, CA 90052",
		"2024-04-23T00:00:00-04:00 | InTransit_001 | NT | In Transit to Next Facility | ",
		"2024-04-24T21:12:00-04:00 | InTransit_007 | T1 | Departed USPS Regional Facility | GAITHERSBURG MD DISTRIBUTION CENTER",
		"2024-04-25T05:59:00-04:00 | InTransit_003 | 07 | Arrived at Post Office | WASHINGTON, DC 20018",
		"2024-04-25T06:10:00-04:00 | OutForDelivery_001 | OF | Out for Delivery | WASHINGTON, DC 20018",
		"2024-04-25T14:43:00-04:00 | Delivered_001 | 01 | Delivered, In/At Mailbox | WASHINGTON, DC 20018",
	})
	last := res.Checkpoints[len(res.Checkpoints)-1]
	if last.CountryISO3 != "USA" || last.City != "WASHINGTON" || last.Zip != "20018" {
		t.Errorf("delivered location = %+v", last)
	}
	if res.SignedBy != "M SMITH" || res.ShipmentType != "USPS Ground Advantage" || res.Sandbox {
		t.Errorf("facts = %+v", res)
	}
	if res.EstimatedDelivery == nil || res.EstimatedDelivery.Format(time.DateOnly) != "2024-04-25" {
		t.Errorf("estimated delivery = %v", res.EstimatedDelivery)
	}
	reqs := c.Requests("/tracking/")
	if len(reqs) != 1 || reqs[0].Query != "expand=DETAIL" || !strings.HasPrefix(reqs[0].Header.Get("Authorization"), "Bearer eyJ") {
		t.Errorf("tracking request = %+v", reqs)
	}
	tok := c.Requests("/oauth2/")
	if len(tok) != 1 || !strings.Contains(tok[0].Body, `"grant_type":"client_credentials"`) || !strings.Contains(tok[0].Body, `"client_id":"server-client"`) {
		t.Errorf("token request = %+v", tok)
	}
}

func TestInternationalEventsKeepForeignOffsets(t *testing.T) {
	_, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "international.json")))
	res, err := track(t, a, carriers.Request{})
	if err != nil {
		t.Fatal(err)
	}
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-29T18:40:00-04:00 | InTransit_007 | L1 | Departed | NEW YORK, NY 10199",
		"2024-05-01T22:05:00+09:00 | InTransit_001 | 10 | Processed Through Facility | INCHEON, KOREA, REPUBLIC OF",
		"2024-05-02T10:32:00+09:00 | Exception_004 | CH | Held in Customs | INCHEON, KOREA, REPUBLIC OF",
	})
	if got := res.Checkpoints[2].CountryISO3; got != "KOR" {
		t.Errorf("country = %s", got)
	}
	if res.DestinationCountryISO3 != "KOR" || res.OriginCountryISO3 != "USA" {
		t.Errorf("countries = %s -> %s", res.OriginCountryISO3, res.DestinationCountryISO3)
	}
	if res.EstimatedDelivery == nil || !res.EstimatedDelivery.Equal(time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("estimate = %v", res.EstimatedDelivery)
	}
}

func TestTokenIsReusedAndRenewedAfterRefusal(t *testing.T) {
	refuse := true
	c, a := fake(t, func(w http.ResponseWriter, r *http.Request) {
		if refuse {
			refuse = false
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Write(ct.Fixture(t, "delivered.json"))
	})
	if _, err := track(t, a, carriers.Request{}); err != nil {
		t.Fatal(err)
	}
	if _, err := track(t, a, carriers.Request{}); err != nil {
		t.Fatal(err)
	}
	if n := len(c.Requests("/oauth2/")); n != 2 {
		t.Errorf("token requests = %d, want 2 (first, then once after the 401)", n)
	}
	if n := len(c.Requests("/tracking/")); n != 3 {
		t.Errorf("tracking requests = %d, want 3", n)
	}
}

func TestOrganizationCredentialsWin(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "delivered.json")))
	req := carriers.Request{Slug: Slug, TrackingNumber: number,
		Credentials: map[string]string{"client_id": "org-client", "client_secret": "org-secret"}}
	if !a.Configured(req) {
		t.Fatal("not configured")
	}
	if _, err := track(t, a, req); err != nil {
		t.Fatal(err)
	}
	if tok := c.Requests("/oauth2/"); len(tok) != 1 || !strings.Contains(tok[0].Body, `"client_id":"org-client"`) {
		t.Errorf("token request = %+v", tok)
	}
	bare := New(Config{BaseURL: c.URL})
	if bare.Configured(carriers.Request{Slug: Slug}) {
		t.Error("no credentials anywhere must not be configured")
	}
	_, err := bare.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: number})
	ct.Kind(t, err, carriers.KindNotConfigured)
}

func TestCarrierErrors(t *testing.T) {
	tests := []struct {
		name   string
		status int
		file   string
		header map[string]string
		kind   carriers.ErrorKind
		wait   time.Duration
	}{
		{"unknown number", 404, "not_found.json", nil, carriers.KindNotFound, 0},
		{"malformed number", 400, "invalid.json", nil, carriers.KindInvalidNumber, 0},
		{"rate limited", 429, "rate_limited.json", map[string]string{"Retry-After": "90"}, carriers.KindRateLimited, 90 * time.Second},
		{"down", 503, "", nil, carriers.KindUnavailable, 0},
		{"gateway page instead of JSON", 200, "", nil, carriers.KindFormat, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte("<html><body>Service Unavailable</body></html>")
			if tt.file != "" {
				body = ct.Fixture(t, tt.file)
			}
			_, a := fake(t, func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tt.status)
				w.Write(body)
			})
			_, err := track(t, a, carriers.Request{})
			if e := ct.Kind(t, err, tt.kind); e.RetryAfter != tt.wait {
				t.Errorf("retry after = %v, want %v", e.RetryAfter, tt.wait)
			}
		})
	}
}

func TestRefusedClientIsAnAuthError(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth2/v3/token", ct.Reply(401, "application/json", ct.Fixture(t, "bad_client.json")))
	c := ct.NewCarrier(t, mux)
	a := New(Config{BaseURL: c.URL, ClientID: "x", ClientSecret: "y", HTTPClient: c.Client()})
	_, err := track(t, a, carriers.Request{})
	e := ct.Kind(t, err, carriers.KindAuth)
	if !strings.Contains(e.Error(), "invalid_client") {
		t.Errorf("error should name the OAuth failure: %v", e)
	}
	if len(c.Requests("/tracking/")) != 0 {
		t.Error("tracking must not be called without a token")
	}
}
