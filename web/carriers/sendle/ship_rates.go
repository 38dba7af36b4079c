package sendle

import (
	"context"
	"errors"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type money struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

func (m money) carrier() carriers.Money {
	return carriers.Money{Amount: math.Round(m.Amount*100) / 100, Currency: m.Currency}
}

// productQuote is one product Sendle offers on a route, with its price and delivery
// estimate.
type productQuote struct {
	Quote struct {
		Gross money `json:"gross"`
	} `json:"quote"`
	PriceBreakdown map[string]money `json:"price_breakdown"`
	ETA            struct {
		DaysRange []int    `json:"days_range"`
		DateRange []string `json:"date_range"`
	} `json:"eta"`
	Route struct {
		Description string `json:"description"`
	} `json:"route"`
	Product product `json:"product"`
}

type product struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Rates quotes one parcel in every product Sendle offers on the route (or the one asked
// for), with the gross price the account would pay.
func (s *Shipper) Rates(ctx context.Context, req carriers.RateRequest) ([]carriers.Rate, error) {
	acct, err := s.account(req.Account)
	if err != nil {
		return nil, err
	}
	p, weight, dims, err := s.parcelOf(req.Shipment)
	if err != nil {
		return nil, err
	}
	from, to := req.Shipment.ShipFrom, req.Shipment.ShipTo
	q := url.Values{
		"sender_address_country": {carriers.CountryISO2(from.Country)}, "sender_address_suburb": {from.City},
		"sender_address_postcode": {from.PostalCode}, "receiver_address_country": {carriers.CountryISO2(to.Country)},
		"receiver_address_suburb": {to.City}, "receiver_address_postcode": {to.PostalCode},
		"weight_value": {weight.Value}, "weight_units": {weight.Units}, "length_value": {dims.Length},
		"width_value": {dims.Width}, "height_value": {dims.Height}, "dimension_units": {dims.Units},
	}
	resp, err := s.call(ctx, acct, http.MethodGet, "/api/products?"+q.Encode(), nil, nil)
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, s.refusal(resp)
	}
	var quotes []productQuote
	if err := s.http.JSON(resp.Body, &quotes); err != nil {
		return nil, err
	}
	if quotes == nil {
		return nil, s.http.Error(carriers.KindFormat, errors.New("products answer is not a list of quotes"))
	}
	rates := ratesOf(quotes, p.Weight, acct.zone, req.ServiceType)
	if req.ServiceType != "" && len(rates) == 0 {
		return nil, s.invalid("service_type: Sendle does not offer %q on this route", req.ServiceType)
	}
	return rates, nil
}

// ratesOf keeps the quoted products (only the asked one when only is set), cheapest first.
func ratesOf(quotes []productQuote, w carriers.Weight, zone *time.Location, only string) []carriers.Rate {
	var out []carriers.Rate
	for _, q := range quotes {
		r := q.rate(w, zone)
		if q.Product.Code == "" || (only != "" && r.ServiceType != strings.ToLower(only)) {
			continue
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].TotalCharge.Amount < out[j].TotalCharge.Amount })
	return out
}

func (q productQuote) rate(w carriers.Weight, zone *time.Location) carriers.Rate {
	r := carriers.Rate{
		ServiceType: serviceType(q.Product.Code), ServiceName: serviceName(q.Product),
		ChargeWeight: w, TotalCharge: q.Quote.Gross.carrier(),
		DetailedCharges: charges(q.PriceBreakdown), InfoMessage: q.Route.Description,
	}
	if n := len(q.ETA.DaysRange); n > 0 {
		days := q.ETA.DaysRange[n-1]
		r.TransitTime = &days
	}
	if n := len(q.ETA.DateRange); n > 0 {
		if d, err := time.ParseInLocation(time.DateOnly, q.ETA.DateRange[n-1], zone); err == nil {
			r.DeliveryDate = &d
		}
	}
	return r
}

// serviceName is the product's name as a merchant compares it beside other carriers'.
func serviceName(p product) string {
	if strings.HasPrefix(p.Name, "Sendle") {
		return p.Name
	}
	return "Sendle " + p.Name
}

// charges lists the non-zero parts of Sendle's price breakdown, base first, then by name.
func charges(breakdown map[string]money) []carriers.Charge {
	keys := make([]string, 0, len(breakdown))
	for k, m := range breakdown {
		if m.Amount != 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if (keys[i] == "base") != (keys[j] == "base") {
			return keys[i] == "base"
		}
		return keys[i] < keys[j]
	})
	out := make([]carriers.Charge, len(keys))
	for i, k := range keys {
		out[i] = carriers.Charge{Type: k, Charge: breakdown[k].carrier()}
	}
	return out
}
