package labeldoc

import (
	"fmt"
	"sort"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

var invoiceColumns = []column{
	{title: "#", width: 22},
	{title: "Description", width: 163},
	{title: "HS code", width: 62},
	{title: "Origin", width: 40},
	{title: "Qty", width: 32, right: true},
	{title: "Unit value", width: 64, right: true},
	{title: "Total value", width: 70, right: true},
	{title: "Weight", width: 62.28, right: true},
}

// Invoice renders a commercial invoice as an A4 PDF: shipper and consignee, the
// shipment's facts, one line per item with its customs data, totals and a signed
// declaration.
func (r *Renderer) Invoice(inv Invoice) ([]byte, error) {
	if len(inv.Items) == 0 {
		return nil, fmt.Errorf("%w: commercial invoice without items", ErrInvalid)
	}
	d := r.newSheetDoc("COMMERCIAL INVOICE", inv.Sandbox)
	d.heading([2]string{"Invoice No.", inv.Number}, [2]string{"Date", dateText(inv)})
	d.parties(inv.From, inv.To, "SHIPPER / EXPORTER", "CONSIGNEE")
	d.fields(
		[2]string{"Carrier", inv.CarrierName},
		[2]string{"Tracking numbers", strings.Join(inv.TrackingNumbers, ", ")},
		[2]string{"Purpose", inv.Purpose},
		[2]string{"Terms of trade", strings.ToUpper(inv.TermsOfTrade)},
	)
	d.tableHeader(invoiceColumns)
	weights := make([]carriers.Weight, 0, len(inv.Items))
	quantity := 0
	values := map[string]float64{}
	for i, it := range inv.Items {
		w := carriers.Weight{Value: it.Weight.Value * float64(it.Quantity), Unit: it.Weight.Unit}
		line := carriers.Money{Amount: it.Price.Amount * float64(it.Quantity), Currency: it.Price.Currency}
		d.tableRow(invoiceColumns, []string{
			fmt.Sprint(i + 1), it.Description, it.HSCode, it.OriginCountry,
			fmt.Sprint(it.Quantity), money(it.Price), money(line), weightText(w),
		})
		weights = append(weights, w)
		quantity += it.Quantity
		values[it.Price.Currency] += line.Amount
	}
	d.totals(append([][2]string{{"Total quantity", fmt.Sprint(quantity)}},
		append(valueTotals(values), [2]string{"Total weight", weightText(totalWeight(weights))})...)...)
	d.declaration()
	return r.pdfPages(d.finish(), "Commercial invoice "+inv.Number)
}

func dateText(inv Invoice) string {
	if inv.Date.IsZero() {
		return ""
	}
	return inv.Date.Format("2006-01-02")
}

// valueTotals gives one total per currency, in a stable order.
func valueTotals(values map[string]float64) [][2]string {
	currencies := make([]string, 0, len(values))
	for c := range values {
		currencies = append(currencies, c)
	}
	sort.Strings(currencies)
	out := make([][2]string, 0, len(currencies))
	for _, c := range currencies {
		out = append(out, [2]string{"Total value", money(carriers.Money{Amount: values[c], Currency: c})})
	}
	return out
}

// parties draws the two addresses of a document side by side.
func (d *sheetDoc) parties(left, right carriers.Address, leftTitle, rightTitle string) {
	w := (docW - 16) / 2
	lName, lLines := addressName(left)
	rName, rLines := addressName(right)
	lLines = append(lLines, partyIDs(left)...)
	rLines = append(rLines, partyIDs(right)...)
	h := max(d.addressBox(docMargin, w, leftTitle, lName, lLines),
		d.addressBox(docMargin+w+16, w, rightTitle, rName, rLines))
	d.c.stroke(docMargin, d.y, w, h, 0.75)
	d.c.stroke(docMargin+w+16, d.y, w, h, 0.75)
	d.y += h + 14
}

func partyIDs(a carriers.Address) []string {
	var out []string
	if a.Email != "" {
		out = append(out, "Email "+a.Email)
	}
	if a.TaxID != "" {
		out = append(out, "Tax ID "+a.TaxID)
	}
	return out
}

func (d *sheetDoc) declaration() {
	const text = "I declare that the information in this invoice is true and correct, and that the " +
		"contents and value of this shipment are as stated above."
	lines := d.c.wrap(text, false, 9, docW, 3)
	d.room(float64(len(lines))*12 + 60)
	for i, l := range lines {
		d.c.text(docMargin, d.y+10+float64(i)*12, 9, false, l)
	}
	d.y += float64(len(lines))*12 + 6
	d.signature("Signature", "Name and title", "Date")
}
