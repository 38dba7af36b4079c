package fedex

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

const number = "123456789012"

func fake(t *testing.T, track http.HandlerFunc) (*ct.Carrier, *Adapter) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth/token", ct.Reply(200, "application/json", ct.Fixture(t, "token.json")))
	mux.HandleFunc("POST /track/v1/trackingnumbers", track)
	c := ct.NewCarrier(t, mux)
	return c, New(Config{BaseURL: c.URL, ClientID: "l7xx-api-key", ClientSecret: "secret-key", HTTPClient: c.Client()})
}

func track(a *Adapter, fields map[string]string) (*carriers.Result, error) {
	return a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: number, Fields: fields})
}

func TestDeliveredAfterADeliveryException(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "delivered.json")))
	res, err := track(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-22T09:40:00-05:00 | InfoReceived_001 | OC | Shipment information sent to FedEx | ",
		"2024-04-22T17:11:00-05:00 | InTransit_002 | PU | Picked up | MEMPHIS, TN 38118, US",
		"2024-04-22T20:05:00-05:00 | InTransit_007 | DP | Departed FedEx location | MEMPHIS, TN 38118, US",
		"2024-04-23T22:14:00-05:00 | InTransit_003 | AR | Arrived at FedEx location | AUSTIN, TX 78744, US",
		"2024-04-24T16:45:00-05:00 | AttemptFail_002 | DE | Delivery exception - Customer not available or business closed | AUSTIN, TX 78744, US",
		"2024-04-25T08:31:00-05:00 | OutForDelivery_001 | OD | On FedEx vehicle for delivery | AUSTIN, TX 78744, US",
		"2024-04-25T13:02:00-05:00 | Delivered_001 | DL | Delivered | AUSTIN, TX 78701, US",
	})
	if res.SignedBy != "R.GARCIA" || res.ShipmentType != "FedEx Ground" || res.PackageCount != 1 ||
		res.ShipmentWeight == nil || *res.ShipmentWeight != 12.5 || res.ShipmentWeightUnit != "lb" {
		t.Errorf("facts = %+v", res)
	}
	tok := c.Requests("/oauth/")
	form, _ := url.ParseQuery(tok[0].Body)
	if len(tok) != 1 || form.Get("grant_type") != "client_credentials" || form.Get("client_id") != "l7xx-api-key" {
		t.Errorf("token request = %+v", tok)
	}
	var sent struct {
		IncludeDetailedScans bool `json:"includeDetailedScans"`
		TrackingInfo         []struct {
			TrackingNumberInfo struct{ TrackingNumber string } `json:"trackingNumberInfo"`
			ShipDateBegin      string                          `json:"shipDateBegin"`
		} `json:"trackingInfo"`
	}
	r := c.Requests("/track/")
	if err := json.Unmarshal([]byte(r[0].Body), &sent); err != nil || !sent.IncludeDetailedScans ||
		sent.TrackingInfo[0].TrackingNumberInfo.TrackingNumber != number || sent.TrackingInfo[0].ShipDateBegin != "" {
		t.Errorf("track request = %s", r[0].Body)
	}
}

func TestReusedNumberPicksTheLatestShipment(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "reused_number.json")))
	res, err := track(a, map[string]string{"tracking_ship_date": "20240422"})
	if err != nil {
		t.Fatal(err)
	}
	ct.Equal(t, res.Checkpoints, []string{"2024-04-22T17:11:00-05:00 | InTransit_002 | PU | Picked up | MEMPHIS, TN, US"})
	var sent struct {
		TrackingInfo []struct {
			ShipDateBegin string `json:"shipDateBegin"`
			ShipDateEnd   string `json:"shipDateEnd"`
		} `json:"trackingInfo"`
	}
	_ = json.Unmarshal([]byte(c.Requests("/track/")[0].Body), &sent)
	if sent.TrackingInfo[0].ShipDateBegin != "2024-04-15" || sent.TrackingInfo[0].ShipDateEnd != "2024-04-29" {
		t.Errorf("ship date window = %+v", sent)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		status int
		file   string
		kind   carriers.ErrorKind
		wait   time.Duration
	}{
		{"unknown number", 200, "not_found.json", carriers.KindNotFound, 0},
		{"invalid number", 200, "invalid.json", carriers.KindInvalidNumber, 0},
		{"token refused for tracking", 401, "unauthorized.json", carriers.KindAuth, 0},
		{"rate limited", 429, "rate_limited.json", carriers.KindRateLimited, time.Minute},
		{"down", 503, "rate_limited.json", carriers.KindUnavailable, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := fake(t, ct.Reply(tt.status, "application/json", ct.Fixture(t, tt.file)))
			_, err := track(a, nil)
			if e := ct.Kind(t, err, tt.kind); e.RetryAfter != tt.wait {
				t.Errorf("retry after = %v", e.RetryAfter)
			}
		})
	}
	_, a := fake(t, ct.Reply(200, "application/json", []byte(`{"output":{}}`)))
	_, err := track(a, nil)
	ct.Kind(t, err, carriers.KindFormat)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth/token", ct.Reply(401, "application/json", ct.Fixture(t, "unauthorized.json")))
	c := ct.NewCarrier(t, mux)
	_, err = track(New(Config{BaseURL: c.URL, ClientID: "x", ClientSecret: "y", HTTPClient: c.Client()}), nil)
	ct.Kind(t, err, carriers.KindAuth)
}
