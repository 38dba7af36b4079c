package labeldoc

import (
	"fmt"

	"github.com/signintech/gopdf"
)

// placement puts a page of ops on a PDF page: offset in points, and points per unit.
type placement struct {
	x, y, scale float64
}

// newPDF starts a document of w×h points with both weights of the renderer's font.
func (r *Renderer) newPDF(w, h float64, title string) (*gopdf.GoPdf, error) {
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: w, H: h}})
	pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "Waypost", Producer: "Waypost"})
	for _, family := range []string{r.fonts.regularFamily, r.fonts.boldFamily} {
		if err := pdf.AddTTFFontFromFontContainer(family, r.fonts.pdf); err != nil {
			return nil, fmt.Errorf("labeldoc: pdf font %s: %w", family, err)
		}
	}
	return pdf, nil
}

// drawPDF plays ops back on the current page of pdf.
func (r *Renderer) drawPDF(pdf *gopdf.GoPdf, ops []op, at placement) error {
	for _, o := range ops {
		x, y, w, h := at.x+o.x*at.scale, at.y+o.y*at.scale, o.w*at.scale, o.h*at.scale
		var err error
		switch o.kind {
		case opText:
			err = r.pdfText(pdf, o, x, y, at.scale)
		case opFill:
			pdf.SetFillColor(0, 0, 0)
			pdf.RectFromUpperLeftWithStyle(x, y, w, h, "F")
		case opStroke:
			t := o.size * at.scale
			pdf.SetLineWidth(t)
			pdf.SetStrokeColor(0, 0, 0)
			pdf.RectFromUpperLeftWithStyle(x+t/2, y+t/2, w-t, h-t, "D")
		case opCode:
			err = pdf.ImageFrom(o.code.img, x, y, &gopdf.Rect{W: w, H: h})
		}
		if err != nil {
			return fmt.Errorf("labeldoc: pdf: %w", err)
		}
	}
	return nil
}

func (r *Renderer) pdfText(pdf *gopdf.GoPdf, o op, x, y, scale float64) error {
	_, family := r.fonts.face(o.bold)
	if err := pdf.SetFont(family, "", o.size*scale); err != nil {
		return err
	}
	if o.reverse {
		pdf.SetTextColor(0xff, 0xff, 0xff)
	} else {
		pdf.SetTextColor(0, 0, 0)
	}
	pdf.SetXY(x, y)
	return pdf.Text(o.text)
}

// pdfPages renders whole pages laid out in points, one PDF page each.
func (r *Renderer) pdfPages(pages []page, title string) ([]byte, error) {
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: document without pages", ErrInvalid)
	}
	pdf, err := r.newPDF(pages[0].w, pages[0].h, title)
	if err != nil {
		return nil, err
	}
	for _, p := range pages {
		pdf.AddPage()
		if err := r.drawPDF(pdf, p.ops, placement{scale: 1}); err != nil {
			return nil, err
		}
	}
	return pdf.GetBytesPdfReturnErr()
}
