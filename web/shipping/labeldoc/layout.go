package labeldoc

import (
	"image"
	"strings"
)

// Documents are laid out once as a list of drawing operations in abstract units
// (printer dots for labels, points for A4 documents) and then played back by each
// output: gopdf, an image.Gray or ZPL. One layout keeps the outputs identical.

type opKind int

const (
	opText   opKind = iota + 1 // text with its baseline at (x, y)
	opFill                     // filled rectangle
	opStroke                   // rectangle outline of thickness size, drawn inside its bounds
	opCode                     // barcode
)

type op struct {
	kind       opKind
	x, y, w, h float64
	size       float64 // text size, or outline thickness
	bold       bool
	reverse    bool // white text, on a filled rectangle drawn before it
	text       string
	code       *code
}

// page is one page of a document in its units.
type page struct {
	w, h float64
	ops  []op
}

// code is an encoded barcode: the symbology and payload (ZPL encodes them itself) and
// its image at one pixel per unit, with module edges on whole units.
type code struct {
	kind   string // "code128" or one of the Code2D constants
	data   string
	module int // module width in units
	quiet  int // modules of white around the symbol in img
	img    *image.Gray
}

// canvas collects the operations of one page and measures text for them.
type canvas struct {
	m   *measurer
	ops []op
}

func (c *canvas) text(x, y, size float64, bold bool, s string) {
	if s != "" {
		c.ops = append(c.ops, op{kind: opText, x: x, y: y, size: size, bold: bold, text: s})
	}
}

func (c *canvas) reverseText(x, y, size float64, bold bool, s string) {
	c.ops = append(c.ops, op{kind: opText, x: x, y: y, size: size, bold: bold, reverse: true, text: s})
}

func (c *canvas) fill(x, y, w, h float64) {
	c.ops = append(c.ops, op{kind: opFill, x: x, y: y, w: w, h: h})
}

func (c *canvas) stroke(x, y, w, h, thickness float64) {
	c.ops = append(c.ops, op{kind: opStroke, x: x, y: y, w: w, h: h, size: thickness})
}

// hline draws a rule from x across w, centred on y.
func (c *canvas) hline(x, y, w, thickness float64) {
	c.fill(x, y-thickness/2, w, thickness)
}

// barcode places cd with its top-left corner at (x, y), its image drawn at pxPerUnit
// pixels per unit.
func (c *canvas) barcode(x, y float64, cd *code, pxPerUnit float64) {
	b := cd.img.Bounds()
	c.ops = append(c.ops, op{kind: opCode, x: x, y: y, w: float64(b.Dx()) / pxPerUnit, h: float64(b.Dy()) / pxPerUnit, code: cd})
}

// fit returns the size, at most size and at least minSize, at which s fits in width,
// cutting s short with an ellipsis when even minSize is too large.
func (c *canvas) fit(s string, bold bool, size, minSize, width float64) (string, float64) {
	w := c.m.width(bold, size, s)
	if w <= width {
		return s, size
	}
	if shrunk := size * width / w; shrunk >= minSize {
		return s, shrunk
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		cut := strings.TrimRight(string(runes[:n]), " ") + "…"
		if c.m.width(bold, minSize, cut) <= width {
			return cut, minSize
		}
	}
	return "", minSize
}

// fitText draws s from x at baseline y, shrunk or shortened to fit width.
func (c *canvas) fitText(x, y, size float64, bold bool, s string, width float64) {
	s, size = c.fit(s, bold, size, size*0.7, width)
	c.text(x, y, size, bold, s)
}

// rightText draws s ending at x.
func (c *canvas) rightText(x, y, size float64, bold bool, s string) {
	c.text(x-c.m.width(bold, size, s), y, size, bold, s)
}

// centreText draws s centred on x, shrunk to fit width.
func (c *canvas) centreText(x, y, size float64, bold bool, s string, width float64) {
	s, size = c.fit(s, bold, size, size*0.6, width)
	c.text(x-c.m.width(bold, size, s)/2, y, size, bold, s)
}

// wrap breaks s into lines no wider than width at size, at most maxLines of them,
// the last cut short when s does not fit. Words longer than a line are cut.
func (c *canvas) wrap(s string, bold bool, size, width float64, maxLines int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		next := strings.TrimSpace(line + " " + word)
		if line == "" || c.m.width(bold, size, next) <= width {
			line = next
			continue
		}
		lines = append(lines, line)
		line = word
	}
	if line != "" {
		lines = append(lines, line)
	}
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] += " …"
	}
	for i, l := range lines {
		lines[i], _ = c.fit(l, bold, size, size, width)
	}
	return lines
}

// reverseCentre draws s in white centred on x, over a fill drawn before it.
func (c *canvas) reverseCentre(x, y, size float64, s string) {
	c.reverseText(x-c.m.width(true, size, s)/2, y, size, true, s)
}
