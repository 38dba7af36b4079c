package labeldoc

import "fmt"

// A4 documents (invoices, manifests) are laid out in points, page by page: a table
// that runs past the bottom continues on a new page under its header again.
const (
	a4W       = 595.28
	a4H       = 841.89
	docMargin = 40.0
	docW      = a4W - 2*docMargin
	docBottom = a4H - docMargin - 24 // room for the page number
)

type sheetDoc struct {
	m       *measurer
	title   string
	sandbox bool
	pages   []page
	c       *canvas
	y       float64
}

func (r *Renderer) newSheetDoc(title string, sandbox bool) *sheetDoc {
	d := &sheetDoc{m: &measurer{fonts: r.fonts}, title: title, sandbox: sandbox}
	d.newPage()
	return d
}

// newPage starts a page with the sandbox band when there is one; pages after the
// first repeat the title so a loose page still says what it belongs to.
func (d *sheetDoc) newPage() {
	if d.c != nil {
		d.pages = append(d.pages, page{w: a4W, h: a4H, ops: d.c.ops})
	}
	d.c = &canvas{m: d.m}
	d.y = docMargin
	if d.sandbox {
		d.c.fill(docMargin, d.y, docW, 22)
		d.c.reverseCentre(a4W/2, d.y+15.5, 12, "SANDBOX - NOT FOR SHIPPING")
		d.y += 34
	}
	if len(d.pages) > 0 {
		d.c.text(docMargin, d.y+12, 11, true, d.title+" (continued)")
		d.y += 26
	}
}

// room starts a new page unless h more points fit on this one, and reports whether
// it did.
func (d *sheetDoc) room(h float64) bool {
	if d.y+h <= docBottom {
		return false
	}
	d.newPage()
	return true
}

// finish numbers the pages and returns them.
func (d *sheetDoc) finish() []page {
	pages := append(d.pages, page{w: a4W, h: a4H, ops: d.c.ops})
	for i := range pages {
		c := &canvas{m: d.m, ops: pages[i].ops}
		c.rightText(a4W-docMargin, a4H-docMargin, 8, false, fmt.Sprintf("Page %d of %d", i+1, len(pages)))
		pages[i].ops = c.ops
	}
	return pages
}

// heading prints the document's title on the left and its facts on the right.
func (d *sheetDoc) heading(facts ...[2]string) {
	d.c.text(docMargin, d.y+20, 20, true, d.title)
	for i, f := range facts {
		d.c.rightText(a4W-docMargin-90, d.y+12+float64(i)*14, 9, true, f[0])
		d.c.text(a4W-docMargin-84, d.y+12+float64(i)*14, 9, false, f[1])
	}
	d.y += max(34, 12+float64(len(facts))*14) + 8
}

// fields prints label/value pairs, the values wrapped to the page.
func (d *sheetDoc) fields(pairs ...[2]string) {
	for _, p := range pairs {
		if p[1] == "" {
			continue
		}
		lines := d.c.wrap(p[1], false, 9, docW-110, 4)
		d.room(float64(len(lines)) * 12)
		d.c.text(docMargin, d.y+10, 9, true, p[0])
		for i, l := range lines {
			d.c.text(docMargin+110, d.y+10+float64(i)*12, 9, false, l)
		}
		d.y += float64(len(lines))*12 + 2
	}
	d.y += 8
}

// addressBox draws a titled address at x, w wide, and returns the height of the box
// the caller frames it in.
func (d *sheetDoc) addressBox(x, w float64, title string, name string, lines []string) float64 {
	y := d.y
	d.c.text(x+8, y+14, 8, true, title)
	d.c.fitText(x+8, y+30, 11, true, name, w-16)
	for i, l := range lines {
		d.c.fitText(x+8, y+44+float64(i)*12, 9, false, l, w-16)
	}
	return 44 + float64(len(lines))*12
}

// signature draws labelled lines to sign on, side by side.
func (d *sheetDoc) signature(labels ...string) {
	d.room(50)
	w := (docW - float64(len(labels)-1)*20) / float64(len(labels))
	for i, l := range labels {
		x := docMargin + float64(i)*(w+20)
		d.c.hline(x, d.y+30, w, 0.75)
		d.c.text(x, d.y+42, 8, false, l)
	}
	d.y += 50
}
