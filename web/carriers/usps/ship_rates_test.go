package usps

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

func rateRequest(to carriers.Address) carriers.RateRequest {
	return carriers.RateRequest{
		Account:  shipAccount(),
		Shipment: carriers.Shipment{ShipFrom: sender, ShipTo: to, Parcels: []carriers.Parcel{parcel}},
	}
}

func TestDomesticRates(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /prices/v3/total-rates/search": ct.Reply(200, "application/json", ct.Fixture(t, "ship_rates_domestic.json")),
	})
	rates, err := s.Rates(context.Background(), rateRequest(recipient))
	if err != nil {
		t.Fatal(err)
	}
	// One price per class, cheapest first: the cubic soft pack, the flat-rate box and the
	// destination-entry Parcel Select price need USPS packaging or a trip to a USPS plant,
	// so a merchant's own box never gets them. The length fee is part of each total.
	ct.EqualLines(t, "rates", ct.RateLines(rates), []string{
		"usps-ground_advantage | USPS Ground Advantage | 11.20 USD | 2.21 lb | USPS Ground Advantage Machinable Single-piece",
		"usps-priority_mail | USPS Priority Mail | 16.05 USD | 2.21 lb | Priority Mail Machinable Single-piece",
		"usps-priority_mail_express | USPS Priority Mail Express | 45.65 USD | 2.21 lb | Priority Mail Express Machinable Single-piece",
	})
	charges := fmt.Sprint(rates[0].DetailedCharges)
	if charges != "[{base {7.2 USD}} {nonstandard_length_22 {4 USD}}]" {
		t.Errorf("detailed charges = %s", charges)
	}
	reqs := c.Requests("/prices/")
	if len(reqs) != 1 || reqs[0].Header.Get("Authorization") != "Bearer eyJraWQiOiJ1c3BzLXRlc3QiLCJhbGciOiJSUzI1NiJ9.c2VydmVy.c2lnbmF0dXJl" {
		t.Fatalf("price requests = %+v", reqs)
	}
	// Pounds and inches, longest side first; commercial prices of the account's EPS
	// account; today in St. Louis; USPS Tracking as the only extra service.
	body := decode(t, reqs[0].Body)
	got := fmt.Sprint(body["originZIPCode"], " ", body["destinationZIPCode"], " ", body["weight"], " ",
		body["length"], "x", body["width"], "x", body["height"], " ", body["priceType"], " ", body["accountType"], " ",
		body["accountNumber"], " ", body["mailingDate"], " ", body["extraServices"], " ", body["mailClasses"])
	want := "63116 63118 2.21 23.62x7.87x3.94 COMMERCIAL EPS 1000035123 2024-05-06 [920] " +
		"[USPS_GROUND_ADVANTAGE PRIORITY_MAIL PRIORITY_MAIL_EXPRESS PARCEL_SELECT MEDIA_MAIL LIBRARY_MAIL BOUND_PRINTED_MATTER]"
	if got != want {
		t.Errorf("price query:\n got %s\nwant %s", got, want)
	}
	if tok := c.Requests("/oauth2/"); len(tok) != 1 || !strings.Contains(tok[0].Body, `"client_id":"merchant-client"`) {
		t.Errorf("token request = %+v", tok)
	}
	if n := len(c.Requests("/payments/")); n != 0 {
		t.Errorf("prices need no payment authorization: %d requests", n)
	}
}

func TestInternationalRates(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /international-prices/v3/total-rates/search": ct.Reply(200, "application/json", ct.Fixture(t, "ship_rates_international.json")),
	})
	seoul := carriers.Address{ContactName: "Kim Minji", Street1: "20 Sejong-daero", City: "Seoul", PostalCode: "04524", Country: "KOR"}
	rates, err := s.Rates(context.Background(), rateRequest(seoul))
	if err != nil {
		t.Fatal(err)
	}
	// The insurance USPS offers beside Priority Mail International is not in its price,
	// the flat-rate envelope needs USPS packaging, and Global Express Guaranteed is not a
	// class Waypost sells.
	ct.EqualLines(t, "rates", ct.RateLines(rates), []string{
		"usps-first_class_package_international_service | USPS First-Class Package International Service | 31.60 USD | 2.21 lb | First-Class Package International Service Machinable ISC Single-piece",
		"usps-priority_mail_international | USPS Priority Mail International | 62.45 USD | 2.21 lb | Priority Mail International ISC Single-piece",
		"usps-priority_mail_express_international | USPS Priority Mail Express International | 78.10 USD | 2.21 lb | Priority Mail Express International ISC Single-piece",
	})
	body := decode(t, c.Requests("/international-prices/")[0].Body)
	if got := fmt.Sprint(body["destinationCountryCode"], " ", body["foreignPostalCode"], " ", body["mailClass"], " ", body["extraServices"]); got != "KR 04524 ALL <nil>" {
		t.Errorf("international query = %s", got)
	}
}

func TestRatesOfOneServiceAndRetailPrices(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /prices/v3/total-rates/search": ct.Reply(200, "application/json", ct.Fixture(t, "ship_rates_domestic.json")),
	})
	req := rateRequest(recipient)
	req.ServiceType = "usps-priority_mail"
	delete(req.Account.Credentials, "account_number")
	if _, err := s.Rates(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	body := decode(t, c.Requests("/prices/")[0].Body)
	if got := fmt.Sprint(body["mailClasses"], " ", body["priceType"], " ", body["accountNumber"]); got != "[PRIORITY_MAIL] RETAIL <nil>" {
		t.Errorf("query = %s", got)
	}
	req.ServiceType = "usps-priority_mail_international"
	_, err := s.Rates(context.Background(), req)
	if e := ct.Kind(t, err, carriers.KindInvalidNumber); !strings.Contains(e.Error(), `"usps-priority_mail_international"`) {
		t.Errorf("error should name the service: %v", e)
	}
}

func TestTokensAreCachedPerClientID(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /prices/v3/total-rates/search": ct.Reply(200, "application/json", ct.Fixture(t, "ship_rates_domestic.json")),
	})
	ctx := context.Background()
	other := rateRequest(recipient)
	other.Account.Credentials = map[string]string{"client_id": "other-merchant", "client_secret": "s2"}
	// Another merchant's client id with a wrong secret must not ride on its cached token.
	impostor := rateRequest(recipient)
	impostor.Account.Credentials = map[string]string{"client_id": "merchant-client", "client_secret": "guess"}
	for _, req := range []carriers.RateRequest{rateRequest(recipient), rateRequest(recipient), other, impostor} {
		if _, err := s.Rates(ctx, req); err != nil {
			t.Fatal(err)
		}
	}
	tok := c.Requests("/oauth2/")
	if len(tok) != 3 || !strings.Contains(tok[1].Body, `"client_id":"other-merchant"`) || !strings.Contains(tok[2].Body, `"client_secret":"guess"`) {
		t.Errorf("token requests = %d, want one per client id and secret", len(tok))
	}
}

func TestShipmentsUSPSCannotPrice(t *testing.T) {
	_, s := shipFake(t, nil)
	tests := []struct {
		name, message string
		edit          func(*carriers.RateRequest)
	}{
		{"two parcels", "one package at a time", func(r *carriers.RateRequest) {
			r.Shipment.Parcels = append(r.Shipment.Parcels, parcel)
		}},
		{"from abroad", "ships from the United States", func(r *carriers.RateRequest) { r.Shipment.ShipFrom.Country = "CAN" }},
		{"no weight", "positive weight", func(r *carriers.RateRequest) { r.Shipment.Parcels[0].Weight.Value = 0 }},
		{"bad ZIP", "5-digit ZIP Code", func(r *carriers.RateRequest) { r.Shipment.ShipTo.PostalCode = "MO" }},
	}
	for _, tt := range tests {
		req := rateRequest(recipient)
		req.Shipment.Parcels = []carriers.Parcel{parcel}
		tt.edit(&req)
		_, err := s.Rates(context.Background(), req)
		if e := ct.Kind(t, err, carriers.KindInvalidNumber); !strings.Contains(e.Error(), tt.message) {
			t.Errorf("%s: %v", tt.name, e)
		}
	}
}
