package sendle

import (
	"context"
	"encoding/base64"
	"net/http"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

func fake(t *testing.T, h http.HandlerFunc) (*ct.Carrier, *Adapter) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/tracking/{ref}", h)
	c := ct.NewCarrier(t, mux)
	return c, New(Config{BaseURL: c.URL, SendleID: "waypost_test", APIKey: "key123", HTTPClient: c.Client()})
}

func track(a *Adapter, ref string) (*carriers.Result, error) {
	return a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: ref})
}

func TestDeliveredAcrossTimeZones(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "delivered.json")))
	res, err := track(a, "s3nd73")
	if err != nil {
		t.Fatal(err)
	}
	// Sorted although Sendle listed the depot scan after the delivery, the repeated
	// out-for-delivery kept once, Sydney at +10:00 and Adelaide at +09:30.
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-22T14:02:11+10:00 | InfoReceived_001 | Pickup Attempted | We attempted to pick up the parcel but were unsuccessful | BONDI JUNCTION",
		"2024-04-23T11:15:40+10:00 | InTransit_002 | Pickup | Parcel picked up | BONDI JUNCTION",
		"2024-04-23T19:47:02+10:00 | InTransit_001 | Info | In transit between depots | ALEXANDRIA",
		"2024-04-24T15:33:19+09:30 | InTransit_001 | In Transit | Arrived at the depot for processing | ADELAIDE",
		"2024-04-25T08:10:00+09:30 | OutForDelivery_001 | Out for Delivery | Parcel is out for delivery | ADELAIDE",
		"2024-04-25T12:01:45+09:30 | Delivered_001 | Delivered | Parcel delivered | ADELAIDE",
	})
	if got := res.Checkpoints[0].Message; got != "We attempted to pick up the parcel but were unsuccessful (Parcel not ready)" {
		t.Errorf("the reason belongs in the message: %q", got)
	}
	if res.OriginCountryISO3 != "AUS" || res.Checkpoints[5].Zip != "5000" || res.Checkpoints[5].State != "SA" {
		t.Errorf("facts = %+v", res)
	}
	if res.EstimatedDelivery == nil || res.EstimatedDelivery.Format(time.DateOnly) != "2024-04-26" {
		t.Errorf("estimate = %v", res.EstimatedDelivery)
	}
	r := c.Requests("/api/tracking/")
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte("waypost_test:key123"))
	if len(r) != 1 || r[0].Path != "/api/tracking/S3ND73" || r[0].Header.Get("Authorization") != want {
		t.Errorf("request = %+v", r)
	}
}

func TestEventWithoutLocalTime(t *testing.T) {
	_, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "us_no_local_time.json")))
	res, err := track(a, "SNDUS1")
	if err != nil {
		t.Fatal(err)
	}
	// The drop-off has only a UTC time and the US has many zones: it stays in UTC rather
	// than in a guessed zone; the next event's local time gives Portland's -07:00.
	ct.Equal(t, res.Checkpoints, []string{
		"2024-05-01T21:21:05Z | InTransit_002 | Dropped off | Parcel has been dropped off | Eugene, OR 97405",
		"2024-05-02T10:05:09-07:00 | InTransit_007 | Info | Parcel departed the origin facility | PORTLAND",
	})
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   []byte
		kind   carriers.ErrorKind
	}{
		{"unknown reference", 404, ct.Fixture(t, "not_found.json"), carriers.KindNotFound},
		{"wrong key", 401, ct.Fixture(t, "unauthorised.json"), carriers.KindAuth},
		{"rate limited", 429, []byte(`{"error":"too_many_requests"}`), carriers.KindRateLimited},
		{"down", 500, []byte(`<html>oops</html>`), carriers.KindUnavailable},
		{"changed format", 200, []byte(`{"parcel":{"id":"S3ND73"}}`), carriers.KindFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := fake(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "30")
				w.WriteHeader(tt.status)
				w.Write(tt.body)
			})
			_, err := track(a, "S3ND73")
			e := ct.Kind(t, err, tt.kind)
			if tt.kind == carriers.KindRateLimited && e.RetryAfter != 30*time.Second {
				t.Errorf("retry after = %v", e.RetryAfter)
			}
		})
	}
	if New(Config{}).Configured(carriers.Request{Slug: Slug}) {
		t.Error("configured without credentials")
	}
}
