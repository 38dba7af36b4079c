package sandbox

import (
	"context"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

var (
	newYork = carriers.Zone("America/New_York")
	// wedMorning is Wednesday 24 April 2024, 10:00 in New York: before every US cut-off.
	wedMorning = time.Date(2024, 4, 24, 10, 0, 0, 0, newYork)
)

func shipperAt(now time.Time) *Shipper { return NewShipper(func() time.Time { return now }) }

// account is a sandbox shipper account of a carrier in the carrier's home zone.
func account(slug string) carriers.Account {
	c, _ := carriers.Lookup(slug)
	return carriers.Account{ID: "acct-" + slug, Slug: slug, Description: "Sandbox " + c.Name, Timezone: c.TimeZone, Sandbox: true}
}

func addr(country, postal string) carriers.Address {
	return carriers.Address{ContactName: "Jo Doe", Street1: "1 Main St", City: "Somewhere", PostalCode: postal, Country: country}
}

func kg(v float64) carriers.Parcel {
	return carriers.Parcel{BoxType: "custom", Weight: carriers.Weight{Value: v, Unit: "kg"}}
}

func lb(v float64) carriers.Parcel {
	return carriers.Parcel{BoxType: "custom", Weight: carriers.Weight{Value: v, Unit: "lb"}}
}

func boxed(p carriers.Parcel, w, h, d float64, unit string) carriers.Parcel {
	p.Dimension = carriers.Dimension{Width: w, Height: h, Depth: d, Unit: unit}
	return p
}

func ship(from, to carriers.Address, parcels ...carriers.Parcel) carriers.Shipment {
	return carriers.Shipment{ShipFrom: from, ShipTo: to, Parcels: parcels}
}

// rateOf asks for one service's rate and fails the test unless exactly one comes back.
func rateOf(t *testing.T, s *Shipper, acct carriers.Account, sh carriers.Shipment, service string) carriers.Rate {
	t.Helper()
	rates, err := s.Rates(context.Background(), carriers.RateRequest{Account: acct, Shipment: sh, ServiceType: service})
	if err != nil || len(rates) != 1 {
		t.Fatalf("%s: rates = %v, %v", service, rates, err)
	}
	return rates[0]
}

func serviceTypes(rates []carriers.Rate) []string {
	out := make([]string, len(rates))
	for i, r := range rates {
		out[i] = r.ServiceType
	}
	return out
}

func chargeOf(r carriers.Rate, typ string) (float64, bool) {
	for _, c := range r.DetailedCharges {
		if c.Type == typ {
			return c.Charge.Amount, true
		}
	}
	return 0, false
}
