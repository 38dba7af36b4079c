package labeldoc

import (
	"fmt"
	"strings"
)

// The 4x6 label, in dots from its top-left corner. Sections from the top: sandbox
// band, carrier and routing, FROM, TO (the largest), details with the 2-D code,
// and the Code 128 with its number. The bottom sections are anchored to the bottom
// edge so the barcode sits where scanners and sorters expect it.
const (
	edge       = 8.0  // printers lose a few dots at the edge of the roll
	margin     = 28.0 // text inset from the label edge
	rule       = 3.0
	bandH      = 56.0
	headerH    = 140.0
	fromH      = 190.0
	detailsTop = 750.0
	barcodeTop = 950.0
	codeH      = 150.0
	textW      = labelW - 2*margin
)

// layoutLabel lays l out on one 4x6 page in dots.
func (r *Renderer) layoutLabel(l Label) (*page, error) {
	number := strings.TrimSpace(l.TrackingNumber)
	if number == "" {
		return nil, fmt.Errorf("%w: label without a tracking number", ErrInvalid)
	}
	bar, err := newCode128(number, labelW-2*edge, codeH)
	if err != nil {
		return nil, err
	}
	var code2D *code
	if l.Barcode2D != "" {
		maxW := 190.0
		if l.Barcode2DKind == Code2DPDF417 {
			maxW = 400
		}
		if code2D, err = newCode2D(l.Barcode2DKind, l.Barcode2D, maxW, barcodeTop-detailsTop-10, 8); err != nil {
			return nil, err
		}
	}
	c := &canvas{m: &measurer{fonts: r.fonts}}
	c.stroke(edge, edge, labelW-2*edge, labelH-2*edge, rule)
	y := edge
	if l.Sandbox {
		c.fill(edge, y, labelW-2*edge, bandH)
		c.reverseCentre(labelW/2, y+40, 34, "SANDBOX - NOT FOR SHIPPING")
		y += bandH
	}
	labelHeader(c, l, y)
	y += headerH
	c.hline(edge, y, labelW-2*edge, rule)
	labelFrom(c, l, y)
	y += fromH
	c.hline(edge, y, labelW-2*edge, rule)
	labelTo(c, l, y, detailsTop-y)
	c.hline(edge, detailsTop, labelW-2*edge, rule)
	labelDetails(c, l, code2D)
	c.hline(edge, barcodeTop, labelW-2*edge, rule)
	labelBarcode(c, l.CarrierName, bar)
	return &page{w: labelW, h: labelH, ops: c.ops}, nil
}

// labelHeader prints the carrier and service, and the routing code large in a black
// box on the right, where sort centres read it from afar.
func labelHeader(c *canvas, l Label, top float64) {
	width := textW
	if l.Routing != "" {
		const boxW, boxH = 260.0, headerH - 24
		x := labelW - margin - boxW
		c.fill(x, top+12, boxW, boxH)
		s, size := c.fit(l.Routing, true, 96, 30, boxW-24)
		c.reverseCentre(x+boxW/2, top+12+boxH/2+size*0.36, size, s)
		width -= boxW + 20
	}
	c.fitText(margin, top+60, 52, true, l.CarrierName, width)
	c.fitText(margin, top+106, 30, false, l.ServiceName, width)
}

func labelFrom(c *canvas, l Label, top float64) {
	c.text(margin, top+32, 22, true, "FROM")
	name, lines := addressName(l.From)
	lines = append([]string{name}, lines...)
	if len(lines) > 6 {
		lines = lines[:6]
	}
	for i, s := range lines {
		c.fitText(margin+80, top+32+float64(i)*26, 24, i == 0, s, textW-80)
	}
}

func labelTo(c *canvas, l Label, top, height float64) {
	c.text(margin, top+36, 26, true, "SHIP TO")
	name, lines := addressName(l.To)
	c.fitText(margin+40, top+88, 46, true, name, textW-40)
	const first, step = 136.0, 42.0
	maxLines := int((height-first-12)/step) + 1
	if len(lines) > maxLines {
		lines = lines[:maxLines]
	}
	for i, s := range lines {
		c.fitText(margin+40, top+first+float64(i)*step, 36, false, s, textW-40)
	}
}

// labelDetails lists the parcel's facts on the left and draws its 2-D code on the right.
func labelDetails(c *canvas, l Label, code2D *code) {
	width := textW
	if code2D != nil {
		b := code2D.img.Bounds()
		c.barcode(labelW-edge-rule-float64(b.Dx()), detailsTop+(barcodeTop-detailsTop-float64(b.Dy()))/2, code2D, 1)
		width -= float64(b.Dx()) + 10
	}
	var facts []string
	add := func(label, value string) {
		if value != "" {
			facts = append(facts, label+": "+value)
		}
	}
	add("Weight", weightText(l.Weight))
	add("Dimensions", dimensionText(l.Dimension))
	if !l.ShipDate.IsZero() {
		add("Ship date", l.ShipDate.Format("2006-01-02"))
	}
	if l.Pieces > 0 && l.Piece > 0 {
		add("Piece", fmt.Sprintf("%d of %d", l.Piece, l.Pieces))
	}
	add("Ref", strings.Join(l.References, ", "))
	for i, s := range facts {
		c.fitText(margin, detailsTop+42+float64(i)*34, 28, i == 0, s, width)
	}
}

// labelBarcode centres the Code 128 with its number in readable form underneath.
func labelBarcode(c *canvas, carrier string, bar *code) {
	c.centreText(labelW/2, barcodeTop+32, 24, true, strings.TrimSpace(carrier+" TRACKING #"), textW)
	b := bar.img.Bounds()
	c.barcode((labelW-float64(b.Dx()))/2, barcodeTop+44, bar, 1)
	c.centreText(labelW/2, barcodeTop+44+codeH+44, 38, true, bar.data, textW)
}
