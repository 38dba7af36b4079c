package labeldoc

import (
	"fmt"

	"github.com/waypost/waypost/web/carriers"
)

var manifestColumns = []column{
	{title: "#", width: 26},
	{title: "Tracking number", width: 140},
	{title: "Service", width: 120},
	{title: "Recipient", width: 110},
	{title: "Destination", width: 64.28},
	{title: "Weight", width: 55, right: true},
}

// The manifest number is printed as a Code 128 the driver scans to accept every
// parcel at once, drawn at four pixels per point so its bars stay sharp.
const manifestPxPerPt = 4

// Manifest renders an end-of-day manifest as an A4 PDF: one line per label handed
// over, the count and total weight, and signatures for the shipper and the driver.
func (r *Renderer) Manifest(m Manifest) ([]byte, error) {
	if len(m.Rows) == 0 {
		return nil, fmt.Errorf("%w: manifest without labels", ErrInvalid)
	}
	d := r.newSheetDoc("MANIFEST", m.Sandbox)
	date := ""
	if !m.Date.IsZero() {
		date = m.Date.Format("2006-01-02")
	}
	d.heading([2]string{"Manifest No.", m.Number}, [2]string{"Date", date})
	if err := d.manifestCode(m.Number); err != nil {
		return nil, err
	}
	fromName, fromLines := addressName(m.From)
	h := d.addressBox(docMargin, docW/2, "SHIPPED FROM", fromName, fromLines)
	d.c.stroke(docMargin, d.y, docW/2, h, 0.75)
	d.y += h + 14
	d.fields([2]string{"Carrier", m.CarrierName}, [2]string{"Shipper account", m.AccountName})
	d.tableHeader(manifestColumns)
	weights := make([]carriers.Weight, 0, len(m.Rows))
	for i, row := range m.Rows {
		name, _ := addressName(row.To)
		d.tableRow(manifestColumns, []string{
			fmt.Sprint(i + 1), row.TrackingNumber, row.ServiceName, name,
			joinNonEmpty(" ", row.To.PostalCode, row.To.Country), weightText(row.Weight),
		})
		weights = append(weights, row.Weight)
	}
	d.totals([2]string{"Labels", fmt.Sprint(len(m.Rows))}, [2]string{"Total weight", weightText(totalWeight(weights))})
	d.signature("Shipper signature", "Driver signature", "Pickup date and time")
	return r.pdfPages(d.finish(), "Manifest "+m.Number)
}

// manifestCode draws the manifest number as Code 128 on the right, level with the
// sender's address.
func (d *sheetDoc) manifestCode(number string) error {
	if number == "" {
		return nil
	}
	bar, err := newCode128(number, docW/2*manifestPxPerPt, 40*manifestPxPerPt)
	if err != nil {
		return err
	}
	w := float64(bar.img.Bounds().Dx()) / manifestPxPerPt
	d.c.barcode(a4W-docMargin-w, d.y, bar, manifestPxPerPt)
	d.c.centreText(a4W-docMargin-w/2, d.y+52, 9, true, number, w)
	return nil
}
