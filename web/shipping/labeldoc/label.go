package labeldoc

import "fmt"

// Label renders l on paper ("4x6", "4x8", "A4", "A5", "8.5x11") as fileType ("pdf",
// "png", "zpl"). The label keeps 4x6 proportions on every paper; PNG is 203 dpi and
// ZPL prints on 203 dpi label printers (4x6 and 4x8 rolls only).
func (r *Renderer) Label(l Label, paper, fileType string) ([]byte, error) {
	s, err := lookupSheet(paper, fileType)
	if err != nil {
		return nil, err
	}
	p, err := r.layoutLabel(l)
	if err != nil {
		return nil, err
	}
	switch fileType {
	case TypePDF:
		return r.labelPDF(p, s, l.TrackingNumber)
	case TypePNG:
		return r.labelPNG(p, s)
	default:
		return labelZPL(p, s), nil
	}
}

func (r *Renderer) labelPDF(p *page, s sheet, number string) ([]byte, error) {
	pdf, err := r.newPDF(s.w*ptPerInch, s.h*ptPerInch, "Label "+number)
	if err != nil {
		return nil, err
	}
	pdf.AddPage()
	at := placement{x: s.labelX * ptPerInch, y: s.labelY * ptPerInch, scale: ptPerDot}
	if err := r.drawPDF(pdf, p.ops, at); err != nil {
		return nil, err
	}
	out, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, fmt.Errorf("labeldoc: pdf: %w", err)
	}
	return out, nil
}

func (r *Renderer) labelPNG(p *page, s sheet) ([]byte, error) {
	z := newRasterizer(r.fonts, dots(s.w), dots(s.h))
	defer z.close()
	if err := z.draw(p.ops, dots(s.labelX), dots(s.labelY)); err != nil {
		return nil, err
	}
	return z.encode()
}
