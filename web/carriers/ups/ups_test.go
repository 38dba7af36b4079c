package ups

import (
	"context"
	"encoding/base64"
	"net/http"
	"testing"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

const number = "1ZA1B2C30312345673"

func fake(t *testing.T, details http.HandlerFunc) (*ct.Carrier, *Adapter) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /security/v1/oauth/token", ct.Reply(200, "application/json", ct.Fixture(t, "token.json")))
	mux.HandleFunc("GET /api/track/v1/details/{number}", details)
	c := ct.NewCarrier(t, mux)
	return c, New(Config{BaseURL: c.URL, ClientID: "server-client", ClientSecret: "s3cret", HTTPClient: c.Client()})
}

func track(a *Adapter) (*carriers.Result, error) {
	return a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: "1za1 b2c3 0312 3456 73"})
}

func TestDeliveredGroundParcel(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "delivered.json")))
	res, err := track(a)
	if err != nil {
		t.Fatal(err)
	}
	// Each scan in its own offset (Mountain, Central, Eastern); the weather exception
	// without GMT fields is read in eastern time; the padded "DELIVERED " trimmed.
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-22T09:22:33-04:00 | InfoReceived_001 | M | Shipper created a label, UPS has not received the package yet. | US",
		"2024-04-22T17:45:00-06:00 | InTransit_002 | P | Pickup Scan | Denver, CO, US",
		"2024-04-23T10:12:00-05:00 | InTransit_003 | I | Arrived at Facility | Hodgkins, IL, US",
		"2024-04-23T23:04:00-05:00 | InTransit_007 | I | Departed from Facility | Hodgkins, IL, US",
		"2024-04-24T17:20:00-04:00 | Exception_005 | X | Severe weather conditions have delayed delivery. | US",
		"2024-04-25T08:15:30-04:00 | OutForDelivery_001 | I | Out For Delivery Today | Timonium, MD, US",
		"2024-04-25T14:30:12-04:00 | Delivered_001 | D | DELIVERED | Timonium, MD, US",
	})
	if res.SignedBy != "LOPEZ" || res.ShipmentType != "UPS Ground" || res.ShipmentWeight == nil || *res.ShipmentWeight != 5.6 || res.ShipmentWeightUnit != "lb" {
		t.Errorf("facts = %+v", res)
	}
	if res.OriginCountryISO3 != "USA" || res.DestinationCountryISO3 != "USA" || res.PackageCount != 1 {
		t.Errorf("countries = %+v", res)
	}
	tok := c.Requests("/security/")
	wantAuth := "Basic " + base64.StdEncoding.EncodeToString([]byte("server-client:s3cret"))
	if len(tok) != 1 || tok[0].Header.Get("Authorization") != wantAuth || tok[0].Body != "grant_type=client_credentials" {
		t.Errorf("token request = %+v", tok)
	}
	r := c.Requests("/api/track/")
	if len(r) != 1 || r[0].Path != "/api/track/v1/details/"+number || r[0].Header.Get("transId") == "" ||
		r[0].Header.Get("transactionSrc") != "waypost" || r[0].Header.Get("Authorization") == "" {
		t.Errorf("details request = %+v", r)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		status int
		file   string
		kind   carriers.ErrorKind
	}{
		{"not found as a warning", 200, "not_found_warning.json", carriers.KindNotFound},
		{"not found as an error", 404, "not_found_error.json", carriers.KindNotFound},
		{"invalid number", 400, "invalid.json", carriers.KindInvalidNumber},
		{"credentials refused twice", 401, "bad_auth.json", carriers.KindAuth},
		{"rate limited", 429, "rate_limited.json", carriers.KindRateLimited},
		{"down", 503, "rate_limited.json", carriers.KindUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a := fake(t, ct.Reply(tt.status, "application/json", ct.Fixture(t, tt.file)))
			_, err := track(a)
			ct.Kind(t, err, tt.kind)
			if tt.status == 401 && len(c.Requests("/security/")) != 2 {
				t.Error("a refused token must be renewed once before giving up")
			}
		})
	}
	_, a := fake(t, ct.Reply(200, "application/json", []byte(`{"trackResponse":{}}`)))
	_, err := track(a)
	ct.Kind(t, err, carriers.KindFormat)
}

func TestRefusedClient(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /security/v1/oauth/token", ct.Reply(400, "application/json", ct.Fixture(t, "bad_auth.json")))
	c := ct.NewCarrier(t, mux)
	a := New(Config{BaseURL: c.URL, ClientID: "x", ClientSecret: "y", HTTPClient: c.Client()})
	_, err := track(a)
	ct.Kind(t, err, carriers.KindAuth)
	if New(Config{}).Configured(carriers.Request{Slug: Slug}) {
		t.Error("configured without credentials")
	}
}
