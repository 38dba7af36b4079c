package usps

import (
	"math"
	"slices"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// USPS prices and labels weigh in pounds and measure in inches.
var (
	poundsPer = map[string]float64{"lb": 1, "oz": 1.0 / 16, "kg": 2.20462262, "g": 0.00220462262}
	inchesPer = map[string]float64{"in": 1, "ft": 12, "cm": 1 / 2.54, "mm": 1 / 25.4, "m": 100 / 2.54}
)

// pounds converts a weight, rounded up to the hundredth USPS prints.
func pounds(w carriers.Weight) float64 {
	return math.Ceil(w.Value*poundsPer[strings.ToLower(w.Unit)]*100) / 100
}

// inches converts a length to the hundredth of an inch.
func inches(v float64, unit string) float64 {
	return math.Round(v*inchesPer[strings.ToLower(unit)]*100) / 100
}

// parcelSize is a parcel as the Prices and Labels APIs read it: the longest side is the
// length, the next the width.
type parcelSize struct {
	Weight, Length, Width, Height float64
}

func sizeOf(p carriers.Parcel) parcelSize {
	d := p.Dimension
	sides := []float64{inches(d.Depth, d.Unit), inches(d.Width, d.Unit), inches(d.Height, d.Unit)}
	slices.Sort(sides)
	return parcelSize{Weight: pounds(p.Weight), Length: sides[2], Width: sides[1], Height: sides[0]}
}

// oneParcel checks a shipment USPS can take as one mailpiece: every USPS label and price is
// for a single package.
func (s *Shipper) oneParcel(sh carriers.Shipment) (carriers.Parcel, error) {
	if len(sh.Parcels) != 1 {
		return carriers.Parcel{}, s.invalid("shipment.parcels: USPS prices and labels one package at a time; send %d shipments of one parcel each", len(sh.Parcels))
	}
	p := sh.Parcels[0]
	if _, ok := poundsPer[strings.ToLower(p.Weight.Unit)]; !ok || p.Weight.Value <= 0 {
		return p, s.invalid("shipment.parcels[0].weight: a positive weight in lb, oz, kg or g is required")
	}
	if _, ok := inchesPer[strings.ToLower(p.Dimension.Unit)]; !ok && p.Dimension.Unit != "" {
		return p, s.invalid("shipment.parcels[0].dimension.unit: %q is not in, ft, cm, mm or m", p.Dimension.Unit)
	}
	return p, nil
}

// fromUSA checks the origin: the adapter sells USPS domestic-origin postage only.
func (s *Shipper) fromUSA(sh carriers.Shipment) error {
	if carriers.CountryISO3(sh.ShipFrom.Country) != "USA" {
		return s.invalid("shipment.ship_from.country: USPS ships from the United States, not %q", sh.ShipFrom.Country)
	}
	if zip, _ := splitZIP(sh.ShipFrom.PostalCode); zip == "" {
		return s.invalid("shipment.ship_from.postal_code: a 5-digit ZIP Code is required, not %q", sh.ShipFrom.PostalCode)
	}
	return nil
}

// splitZIP reads "63118-2628" or "631182628" as ZIP Code and ZIP+4; zip is "" when the
// code has no five leading digits.
func splitZIP(code string) (zip, plus4 string) {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, code)
	if len(digits) < 5 {
		return "", ""
	}
	if len(digits) == 9 {
		return digits[:5], digits[5:]
	}
	return digits[:5], ""
}

// labelAddress is an address as the Labels, Pickup and SCAN Form APIs spell it.
type labelAddress struct {
	FirstName        string `json:"firstName,omitempty"`
	LastName         string `json:"lastName,omitempty"`
	Firm             string `json:"firm,omitempty"`
	StreetAddress    string `json:"streetAddress"`
	SecondaryAddress string `json:"secondaryAddress,omitempty"`
	City             string `json:"city"`
	State            string `json:"state"`
	ZIPCode          string `json:"ZIPCode"`
	ZIPPlus4         string `json:"ZIPPlus4,omitempty"`
}

// addressOf is an address with its contact, as labels print it.
func addressOf(a carriers.Address) labelAddress {
	l := placeOf(a)
	l.FirstName, l.LastName = splitName(a.ContactName)
	l.Firm = a.CompanyName
	return l
}

// placeOf is the address alone, for the APIs that carry the contact beside it.
func placeOf(a carriers.Address) labelAddress {
	zip, plus4 := splitZIP(a.PostalCode)
	return labelAddress{
		StreetAddress:    a.Street1,
		SecondaryAddress: strings.TrimSpace(a.Street2 + " " + a.Street3),
		City:             a.City, State: a.State, ZIPCode: zip, ZIPPlus4: plus4,
	}
}

// splitName splits a contact name at its last space: USPS prints first and last names in
// separate fields.
func splitName(name string) (first, last string) {
	name = strings.TrimSpace(name)
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return "", name
	}
	return strings.TrimSpace(name[:i]), name[i+1:]
}
