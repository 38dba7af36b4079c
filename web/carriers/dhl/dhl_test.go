package dhl

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

func fake(t *testing.T, h http.HandlerFunc) (*ct.Carrier, *Adapter) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /track/shipments", h)
	c := ct.NewCarrier(t, mux)
	return c, New(Config{BaseURL: c.URL, APIKey: "dhl-key", HTTPClient: c.Client()})
}

func track(a *Adapter, number string, fields map[string]string) (*carriers.Result, error) {
	return a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: number, Fields: fields})
}

func TestExpressFromLeipzigToSeoul(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "express_delivered.json")))
	res, err := track(a, "1234567891", map[string]string{"tracking_destination_country": "KOR", "tracking_postal_code": "04524"})
	if err != nil {
		t.Fatal(err)
	}
	// Express sends naive local times: Leipzig's are read in Berlin summer time, Incheon's
	// and Seoul's in Korean time; the UTC pre-transit event stays in UTC.
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-23T09:00:00Z | InfoReceived_001 | pre-transit | Shipment information received | ",
		"2024-04-23T16:48:00+02:00 | InTransit_002 | transit | Shipment picked up | LEIPZIG - GERMANY",
		"2024-04-23T23:31:00+02:00 | InTransit_007 | transit | Departed Facility in LEIPZIG - GERMANY | LEIPZIG - GERMANY",
		"2024-04-24T18:02:00+09:00 | InTransit_003 | transit | Arrived at DHL Sort Facility  INCHEON - KOREA, REPUBLIC OF (SOUTH K) | INCHEON - KOREA, REPUBLIC OF (SOUTH K)",
		"2024-04-24T21:40:00+09:00 | InTransit_005 | transit | Clearance processing complete at INCHEON - KOREA, REPUBLIC OF (SOUTH K) | INCHEON - KOREA, REPUBLIC OF (SOUTH K)",
		"2024-04-25T08:12:00+09:00 | OutForDelivery_001 | transit | With delivery courier | SEOUL - KOREA, REPUBLIC OF (SOUTH K)",
		"2024-04-25T14:05:00+09:00 | Delivered_003 | delivered | Delivered - Signed for by : KIM | SEOUL - KOREA, REPUBLIC OF (SOUTH K)",
	})
	last := res.Checkpoints[len(res.Checkpoints)-1]
	if last.City != "SEOUL" || last.CountryISO3 != "KOR" {
		t.Errorf("place = %q %q", last.City, last.CountryISO3)
	}
	if res.SignedBy != "KIM" || res.OriginCountryISO3 != "DEU" || res.DestinationCountryISO3 != "KOR" ||
		res.ShipmentType != "DHL EXPRESS WORLDWIDE" || res.ShipmentWeight == nil || *res.ShipmentWeight != 1.3 {
		t.Errorf("facts = %+v", res)
	}
	r := c.Requests("/track/")
	q, _ := url.ParseQuery(r[0].Query)
	if r[0].Header.Get("DHL-API-Key") != "dhl-key" || q.Get("trackingNumber") != "1234567891" ||
		q.Get("requesterCountryCode") != "KR" || q.Get("recipientPostalCode") != "04524" {
		t.Errorf("request = %+v", r[0])
	}
}

func TestParcelReturnedToSender(t *testing.T) {
	_, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "parcel_de_returned.json")))
	res, err := track(a, "00340434161094042557", nil)
	if err != nil {
		t.Fatal(err)
	}
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-28T19:45:00+02:00 | InTransit_001 | unknown | The shipment has been processed in the parcel center | ",
		"2024-04-29T10:02:00+02:00 | AttemptFail_002 | failure | Delivery attempted; recipient not available. The shipment will be returned to the sender. | Bonn 53113",
		"2024-05-03T11:20:00+02:00 | Exception_011 | failure | Returned to shipper | Leipzig 04109",
	})
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		status int
		file   string
		kind   carriers.ErrorKind
		wait   time.Duration
	}{
		{"unknown number", 404, "not_found.json", carriers.KindNotFound, 0},
		{"bad key", 401, "unauthorized.json", carriers.KindAuth, 0},
		{"rate limited", 429, "rate_limited.json", carriers.KindRateLimited, 45 * time.Second},
		{"down", 500, "rate_limited.json", carriers.KindUnavailable, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := fake(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/problem+json")
				w.Header().Set("Retry-After", "45")
				w.WriteHeader(tt.status)
				w.Write(ct.Fixture(t, tt.file))
			})
			_, err := track(a, "1234567891", nil)
			if e := ct.Kind(t, err, tt.kind); e.RetryAfter != tt.wait {
				t.Errorf("retry after = %v", e.RetryAfter)
			}
		})
	}
	_, a := fake(t, ct.Reply(200, "application/json", []byte(`{"data":[]}`)))
	_, err := track(a, "1234567891", nil)
	ct.Kind(t, err, carriers.KindFormat)
	if New(Config{}).Configured(carriers.Request{Slug: Slug}) {
		t.Error("configured without a key")
	}
}
