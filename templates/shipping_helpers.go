package templates

import (
	"strconv"
	"strings"
)

// fieldID turns a field name (a JSON path) into an element id.
func fieldID(name string) string { return "f-" + strings.NewReplacer(".", "-", "_", "-").Replace(name) }

// errID is the id of a field's error slot.
func errID(name string) string { return fieldID(name) + "-error" }

// FieldDOMID is fieldID for handlers and tests that address a field's element.
func FieldDOMID(name string) string { return fieldID(name) }

func parcelName(i int, field string) string {
	return "shipment.parcels." + strconv.Itoa(i) + "." + field
}

func itemName(p, i int, field string) string {
	return parcelName(p, "items."+strconv.Itoa(i)+"."+field)
}

func addrName(prefix, field string) string { return prefix + "." + field }

func itoa(n int) string { return strconv.Itoa(n) }

var paperSizes = [][2]string{{"4x6", "4 × 6 in (thermal)"}, {"4x8", "4 × 8 in (thermal)"}, {"A4", "A4 sheet"}, {"A5", "A5 sheet"}, {"8.5x11", "US Letter sheet"}}

var fileTypes = [][2]string{{"pdf", "PDF"}, {"png", "PNG image"}, {"zpl", "ZPL (thermal printer)"}}

var weightUnits = [][2]string{{"kg", "kg"}, {"g", "g"}, {"lb", "lb"}, {"oz", "oz"}}

var dimensionUnits = [][2]string{{"cm", "cm"}, {"in", "in"}, {"mm", "mm"}}

var addressTypes = [][2]string{{"", "Not sure"}, {"residential", "Residential"}, {"business", "Business"}}

var purposes = [][2]string{{"merchandise", "Merchandise"}, {"gift", "Gift"}, {"sample", "Sample"}, {"personal", "Personal"}, {"return", "Return"}, {"repair", "Repair"}, {"non-merchandise", "Non-merchandise"}}

var incoterms = [][2]string{{"ddu", "DDU: recipient pays duties"}, {"ddp", "DDP: sender pays duties"}, {"dap", "DAP"}}

var labelStatuses = [][2]string{{"", "Any status"}, {"created", "Created"}, {"manifested", "Manifested"}, {"cancelled", "Cancelled"}, {"failed", "Failed"}, {"creating", "Creating"}}

func accountOptions(first string, accounts []Choice) [][2]string {
	opts := [][2]string{}
	if first != "" {
		opts = append(opts, [2]string{"", first})
	}
	for _, a := range accounts {
		opts = append(opts, [2]string{a.Value, a.Name})
	}
	return opts
}

// plural counts things in words: "1 label", "3 labels".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
