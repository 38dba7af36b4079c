package sendle

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

func rateRequest() carriers.RateRequest {
	return carriers.RateRequest{
		Account:  shipAccount(),
		Shipment: carriers.Shipment{ShipFrom: sydney, ShipTo: melbourne, Parcels: []carriers.Parcel{jumper}},
	}
}

func TestRates(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"GET /api/products": ct.Reply(200, "application/json", ct.Fixture(t, "ship_products.json")),
	})
	rates, err := s.Rates(context.Background(), rateRequest())
	if err != nil {
		t.Fatal(err)
	}
	ct.EqualLines(t, "rates", ct.RateLines(rates), []string{
		"sendle-standard_dropoff | Sendle Standard Drop Off | 13.95 AUD | 1.00 kg | Sydney to Melbourne",
		"sendle-standard_pickup | Sendle Standard Pickup | 15.45 AUD | 1.00 kg | Sydney to Melbourne",
		"sendle-express_pickup | Sendle Express Pickup | 24.90 AUD | 1.00 kg | Sydney to Melbourne",
	})
	// The slowest day of Sendle's estimate, in the account's zone; zero-priced parts of the
	// breakdown (no cover, no discount) left out.
	pickup := rates[1]
	got := fmt.Sprintf("%d %s %v", *pickup.TransitTime, pickup.DeliveryDate.Format(time.RFC3339), pickup.DetailedCharges)
	if got != "4 2024-05-10T00:00:00+10:00 [{base {12.95 AUD}} {base_tax {1.3 AUD}} {fuel_surcharge {1.1 AUD}} {fuel_surcharge_tax {0.1 AUD}}]" {
		t.Errorf("standard pickup = %s", got)
	}
	r := c.Requests("/api/products")
	if len(r) != 1 || r[0].Header.Get("Authorization") != basicAuth {
		t.Fatalf("requests = %+v", r)
	}
	q, _ := url.ParseQuery(r[0].Query)
	// Alpha-2 countries; the 300 mm box measured in centimetres.
	got = fmt.Sprint(q.Get("sender_address_country"), q.Get("sender_address_postcode"), " ", q.Get("receiver_address_suburb"), " ",
		q.Get("weight_value"), q.Get("weight_units"), " ", q.Get("length_value"), "x", q.Get("width_value"), "x", q.Get("height_value"), q.Get("dimension_units"))
	if got != "AU2000 Melbourne 1kg 30x20x10cm" {
		t.Errorf("query = %s", got)
	}
}

func TestRatesOfOneProduct(t *testing.T) {
	_, s := shipFake(t, map[string]http.HandlerFunc{
		"GET /api/products": ct.Reply(200, "application/json", ct.Fixture(t, "ship_products.json")),
	})
	req := rateRequest()
	req.ServiceType = "sendle-express_pickup"
	rates, err := s.Rates(context.Background(), req)
	if err != nil || len(rates) != 1 || rates[0].TotalCharge.Amount != 24.90 {
		t.Fatalf("rates = %+v, %v", rates, err)
	}
	req.ServiceType = "sendle-overnight"
	_, err = s.Rates(context.Background(), req)
	if e := ct.Kind(t, err, carriers.KindInvalidNumber); !strings.Contains(e.Error(), `"sendle-overnight"`) {
		t.Errorf("error = %v", e)
	}
}

func TestShipmentsSendleCannotQuote(t *testing.T) {
	_, s := shipFake(t, nil)
	for name, edit := range map[string]func(*carriers.Parcel){
		"no weight":     func(p *carriers.Parcel) { p.Weight.Value = 0 },
		"stone":         func(p *carriers.Parcel) { p.Weight.Unit = "st" },
		"no dimensions": func(p *carriers.Parcel) { p.Dimension = carriers.Dimension{} },
	} {
		req := rateRequest()
		p := jumper
		edit(&p)
		req.Shipment.Parcels = []carriers.Parcel{p}
		if _, err := s.Rates(context.Background(), req); carriers.KindOf(err) != carriers.KindInvalidNumber {
			t.Errorf("%s: %v", name, err)
		}
	}
	req := rateRequest()
	req.Shipment.Parcels = []carriers.Parcel{jumper, jumper}
	_, err := s.Rates(context.Background(), req)
	if e := ct.Kind(t, err, carriers.KindInvalidNumber); !strings.Contains(e.Error(), "one parcel") {
		t.Errorf("error = %v", e)
	}
}

func TestProductsAnswerThatIsNotAList(t *testing.T) {
	_, s := shipFake(t, map[string]http.HandlerFunc{
		"GET /api/products": ct.Reply(200, "application/json", []byte(`{"products": []}`)),
	})
	_, err := s.Rates(context.Background(), rateRequest())
	ct.Kind(t, err, carriers.KindFormat)
}
