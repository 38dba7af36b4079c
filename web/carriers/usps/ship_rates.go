package usps

import (
	"context"
	"errors"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// domesticCountries are where USPS delivers as domestic mail: the states and the
// territories and freely associated states that ISO lists as countries of their own.
var domesticCountries = map[string]bool{
	"USA": true, "PRI": true, "GUM": true, "VIR": true, "ASM": true, "MNP": true, "FSM": true, "MHL": true, "PLW": true,
}

// trackingService is the extra service code of USPS Tracking, free with every parcel
// class: asking for it alone keeps optional extras out of the total.
const trackingService = 920

// priceQuery is the body of a Domestic or International Prices total-rates search.
type priceQuery struct {
	OriginZIPCode          string   `json:"originZIPCode"`
	DestinationZIPCode     string   `json:"destinationZIPCode,omitempty"`
	DestinationCountryCode string   `json:"destinationCountryCode,omitempty"`
	ForeignPostalCode      string   `json:"foreignPostalCode,omitempty"`
	Weight                 float64  `json:"weight"`
	Length                 float64  `json:"length"`
	Width                  float64  `json:"width"`
	Height                 float64  `json:"height"`
	MailClass              string   `json:"mailClass,omitempty"`
	MailClasses            []string `json:"mailClasses,omitempty"`
	PriceType              string   `json:"priceType"`
	MailingDate            string   `json:"mailingDate"`
	AccountType            string   `json:"accountType,omitempty"`
	AccountNumber          string   `json:"accountNumber,omitempty"`
	ExtraServices          []int    `json:"extraServices,omitempty"`
}

// Rates prices one parcel in every USPS mail class serving the route (or the one asked
// for): domestic classes inside the United States and its territories, international ones
// beyond. Commercial prices apply when the account has a payment account, retail ones
// otherwise.
func (s *Shipper) Rates(ctx context.Context, req carriers.RateRequest) ([]carriers.Rate, error) {
	acct, err := s.account(req.Account, false)
	if err != nil {
		return nil, err
	}
	path, query, err := s.priceQuery(acct, req)
	if err != nil {
		return nil, err
	}
	resp, err := s.call(ctx, acct, http.MethodPost, path, query, options{})
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, s.refusal(resp)
	}
	var body priceAnswer
	if err := s.api.HTTP.JSON(resp.Body, &body); err != nil {
		return nil, err
	}
	if body.RateOptions == nil {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("prices answer without rateOptions"))
	}
	asked := map[string]bool{}
	for _, code := range query.ExtraServices {
		asked[strconv.Itoa(code)] = true
	}
	return body.rates(asked), nil
}

// priceQuery builds the search of a rate request and says which API answers it.
func (s *Shipper) priceQuery(acct *account, req carriers.RateRequest) (string, priceQuery, error) {
	sh := req.Shipment
	if err := s.fromUSA(sh); err != nil {
		return "", priceQuery{}, err
	}
	p, err := s.oneParcel(sh)
	if err != nil {
		return "", priceQuery{}, err
	}
	intl := !domesticCountries[carriers.CountryISO3(sh.ShipTo.Country)]
	var only *service
	if req.ServiceType != "" {
		svc, ok := serviceByType(req.ServiceType)
		if !ok || svc.International != intl {
			return "", priceQuery{}, s.invalid("service_type: USPS does not offer %q on this route", req.ServiceType)
		}
		only = &svc
	}
	size := sizeOf(p)
	origin, _ := splitZIP(sh.ShipFrom.PostalCode)
	q := priceQuery{
		OriginZIPCode: origin, Weight: size.Weight, Length: size.Length, Width: size.Width, Height: size.Height,
		PriceType: "RETAIL", MailingDate: s.day(acct, req.ShipDate),
	}
	if acct.payNumber != "" {
		q.PriceType, q.AccountType, q.AccountNumber = "COMMERCIAL", acct.payType, acct.payNumber
	}
	if intl {
		return s.internationalQuery(q, sh.ShipTo, only)
	}
	return s.domesticQuery(q, sh.ShipTo, only)
}

func (s *Shipper) domesticQuery(q priceQuery, to carriers.Address, only *service) (string, priceQuery, error) {
	if q.DestinationZIPCode, _ = splitZIP(to.PostalCode); q.DestinationZIPCode == "" {
		return "", q, s.invalid("shipment.ship_to.postal_code: a 5-digit ZIP Code is required, not %q", to.PostalCode)
	}
	q.MailClasses = classes(false)
	if only != nil {
		q.MailClasses = []string{only.MailClass}
	}
	q.ExtraServices = []int{trackingService}
	return "/prices/v3/total-rates/search", q, nil
}

func (s *Shipper) internationalQuery(q priceQuery, to carriers.Address, only *service) (string, priceQuery, error) {
	if q.DestinationCountryCode = carriers.CountryISO2(to.Country); q.DestinationCountryCode == "" {
		return "", q, s.invalid("shipment.ship_to.country: %q is not a country USPS knows", to.Country)
	}
	q.ForeignPostalCode = to.PostalCode
	q.MailClass = "ALL"
	if only != nil {
		q.MailClass = only.MailClass
	}
	return "/international-prices/v3/total-rates/search", q, nil
}

// priceAnswer is a total-rates answer: one option per price USPS could charge (each rate
// indicator, flat-rate box and destination entry of each class).
type priceAnswer struct {
	RateOptions []rateOption `json:"rateOptions"`
}

type rateOption struct {
	TotalBasePrice float64 `json:"totalBasePrice"`
	Rates          []price `json:"rates"`
	ExtraServices  []struct {
		Code  string  `json:"extraService"`
		Name  string  `json:"name"`
		Price float64 `json:"price"`
	} `json:"extraServices"`
}

type price struct {
	Description       string  `json:"description"`
	Price             float64 `json:"price"`
	Weight            float64 `json:"weight"`
	DimWeight         float64 `json:"dimWeight"`
	MailClass         string  `json:"mailClass"`
	Zone              string  `json:"zone"`
	EntryFacilityType string  `json:"destinationEntryFacilityType"`
	Fees              []fee   `json:"fees"`
}

// rates keeps the cheapest usable option of each class Waypost sells, cheapest first.
func (a priceAnswer) rates(asked map[string]bool) []carriers.Rate {
	best := map[string]carriers.Rate{}
	for _, o := range a.RateOptions {
		r, ok := o.rate(asked)
		if !ok {
			continue
		}
		if prev, seen := best[r.ServiceType]; !seen || r.TotalCharge.Amount < prev.TotalCharge.Amount {
			best[r.ServiceType] = r
		}
	}
	out := make([]carriers.Rate, 0, len(best))
	for _, svc := range services {
		if r, ok := best[svc.Type]; ok {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].TotalCharge.Amount < out[j].TotalCharge.Amount })
	return out
}

// rate reads one option; ok is false for prices a merchant's own box handed over at a
// Post Office cannot get: flat-rate and cubic prices need USPS packaging, destination-entry
// prices need the parcel trucked to a USPS plant.
func (o rateOption) rate(asked map[string]bool) (carriers.Rate, bool) {
	if len(o.Rates) == 0 || !o.Rates[0].usable() {
		return carriers.Rate{}, false
	}
	p := o.Rates[0]
	svc, ok := serviceByClass(p.MailClass)
	if !ok {
		return carriers.Rate{}, false
	}
	charges := []carriers.Charge{usd("base", p.Price)}
	for _, f := range p.Fees {
		charges = append(charges, usd(chargeType(f.Name), f.Price))
	}
	total := o.TotalBasePrice
	for _, x := range o.ExtraServices {
		if asked[x.Code] && x.Price > 0 {
			total += x.Price
			charges = append(charges, usd(chargeType(x.Name), x.Price))
		}
	}
	return carriers.Rate{
		ServiceType: svc.Type, ServiceName: svc.Name,
		ChargeWeight:    carriers.Weight{Value: math.Max(p.Weight, p.DimWeight), Unit: "lb"},
		TotalCharge:     carriers.Money{Amount: roundCents(total), Currency: "USD"},
		DetailedCharges: charges,
		InfoMessage:     strings.TrimSpace(p.Description),
	}, true
}

func (p price) usable() bool {
	if p.EntryFacilityType != "" && p.EntryFacilityType != "NONE" {
		return false
	}
	d := " " + strings.ToUpper(p.Description) + " "
	for _, w := range []string{"FLAT RATE", "CUBIC", " DDU ", " DNDC ", " DSCF ", " SCF ", " NDC "} {
		if strings.Contains(d, w) {
			return false
		}
	}
	return true
}

func usd(kind string, amount float64) carriers.Charge {
	return carriers.Charge{Type: kind, Charge: carriers.Money{Amount: roundCents(amount), Currency: "USD"}}
}

func roundCents(v float64) float64 { return math.Round(v*100) / 100 }

// chargeType turns a USPS fee name ("Nonstandard Length > 22") into a charge type
// ("nonstandard_length_22").
func chargeType(name string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		b.WriteString(word)
	}
	return b.String()
}
