package labeldoc

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// addressLines are the lines of an address after its contact name, blank ones left
// out: company, streets, "City, State Postcode", country and phone.
func addressLines(a carriers.Address) []string {
	place := a.City
	if a.State != "" {
		place = joinNonEmpty(", ", place, a.State)
	}
	place = joinNonEmpty(" ", place, a.PostalCode)
	lines := []string{a.CompanyName, a.Street1, a.Street2, a.Street3, place, a.Country}
	if a.Phone != "" {
		lines = append(lines, "Tel "+a.Phone)
	}
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// addressName is the line an address is known by: its contact, else its company.
func addressName(a carriers.Address) (name string, rest []string) {
	rest = addressLines(a)
	if name = strings.TrimSpace(a.ContactName); name != "" {
		return name, rest
	}
	if strings.TrimSpace(a.CompanyName) != "" && len(rest) > 0 {
		return rest[0], rest[1:]
	}
	return "", rest
}

func joinNonEmpty(sep string, parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// number prints a quantity with at most three decimals and no trailing zeros.
func number(v float64) string {
	return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
}

func weightText(w carriers.Weight) string {
	if w.Value == 0 {
		return ""
	}
	return joinNonEmpty(" ", number(w.Value), w.Unit)
}

func dimensionText(d *carriers.Dimension) string {
	if d == nil || d.Width == 0 && d.Height == 0 && d.Depth == 0 {
		return ""
	}
	return fmt.Sprintf("%s x %s x %s %s", number(d.Width), number(d.Height), number(d.Depth), d.Unit)
}

func money(m carriers.Money) string {
	return joinNonEmpty(" ", strconv.FormatFloat(m.Amount, 'f', 2, 64), m.Currency)
}

// kilograms per unit of carriers.Weight, to add up weights given in several units.
var kgPer = map[string]float64{"kg": 1, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125}

// totalWeight adds weights up in their common unit, or in kilograms when they differ.
func totalWeight(ws []carriers.Weight) carriers.Weight {
	if len(ws) == 0 {
		return carriers.Weight{}
	}
	same := true
	for _, w := range ws {
		same = same && w.Unit == ws[0].Unit
	}
	total := carriers.Weight{Unit: ws[0].Unit}
	if !same {
		total.Unit = "kg"
	}
	for _, w := range ws {
		if same {
			total.Value += w.Value
		} else {
			total.Value += w.Value * kgPer[w.Unit]
		}
	}
	return total
}
