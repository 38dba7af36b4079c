package sendle

import (
	"strconv"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// Sendle reads weights in kg, lb, g or oz and sizes in cm or in; other length units are
// converted to the nearer of those.
var lengthUnits = map[string]struct {
	unit   string
	factor float64
}{
	"cm": {"cm", 1}, "mm": {"cm", 0.1}, "m": {"cm", 100}, "in": {"in", 1}, "ft": {"in", 12},
}

var weightUnits = map[string]bool{"kg": true, "lb": true, "g": true, "oz": true}

// measure is a Sendle quantity: a decimal string and its unit.
type measure struct {
	Value string `json:"value"`
	Units string `json:"units"`
}

type dimensions struct {
	Length string `json:"length"`
	Width  string `json:"width"`
	Height string `json:"height"`
	Units  string `json:"units"`
}

// decimal prints a quantity the way Sendle's examples do ("1.0", "30.5").
func decimal(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// parcelOf checks a shipment Sendle can take as one order and reads its parcel.
func (s *Shipper) parcelOf(sh carriers.Shipment) (carriers.Parcel, measure, dimensions, error) {
	if len(sh.Parcels) != 1 {
		return carriers.Parcel{}, measure{}, dimensions{}, s.invalid("shipment.parcels: a Sendle order carries one parcel; send %d shipments of one parcel each", len(sh.Parcels))
	}
	p := sh.Parcels[0]
	unit := strings.ToLower(p.Weight.Unit)
	if !weightUnits[unit] || p.Weight.Value <= 0 {
		return p, measure{}, dimensions{}, s.invalid("shipment.parcels[0].weight: a positive weight in kg, lb, g or oz is required")
	}
	lu, ok := lengthUnits[strings.ToLower(p.Dimension.Unit)]
	d := p.Dimension
	if !ok || d.Width <= 0 || d.Height <= 0 || d.Depth <= 0 {
		return p, measure{}, dimensions{}, s.invalid("shipment.parcels[0].dimension: Sendle needs the box's width, height and depth in cm, mm, m, in or ft")
	}
	dims := dimensions{
		Length: decimal(d.Depth * lu.factor), Width: decimal(d.Width * lu.factor), Height: decimal(d.Height * lu.factor), Units: lu.unit,
	}
	return p, measure{Value: decimal(p.Weight.Value), Units: unit}, dims, nil
}

// party is a sender or receiver of an order.
type party struct {
	Contact      contact `json:"contact"`
	Address      address `json:"address"`
	Instructions string  `json:"instructions,omitempty"`
}

type contact struct {
	Name    string `json:"name"`
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Company string `json:"company,omitempty"`
}

type address struct {
	AddressLine1 string `json:"address_line1"`
	AddressLine2 string `json:"address_line2,omitempty"`
	Suburb       string `json:"suburb"`
	Postcode     string `json:"postcode"`
	StateName    string `json:"state_name"`
	Country      string `json:"country"`
}

func partyOf(a carriers.Address, instructions string) party {
	return party{
		Contact: contact{Name: a.ContactName, Phone: a.Phone, Email: a.Email, Company: a.CompanyName},
		Address: address{
			AddressLine1: a.Street1, AddressLine2: strings.TrimSpace(a.Street2 + " " + a.Street3),
			Suburb: a.City, Postcode: a.PostalCode, StateName: a.State, Country: carriers.CountryISO2(a.Country),
		},
		Instructions: truncate(instructions, 200),
	}
}

// truncate cuts s to Sendle's field limit.
func truncate(s string, n int) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// serviceType names a Sendle product the Postmen way: STANDARD-PICKUP is
// "sendle-standard_pickup".
func serviceType(code string) string {
	return Slug + "-" + strings.ReplaceAll(strings.ToLower(code), "-", "_")
}

// productCode is serviceType's inverse.
func productCode(t string) string {
	return strings.ToUpper(strings.ReplaceAll(strings.TrimPrefix(strings.ToLower(t), Slug+"-"), "_", "-"))
}
