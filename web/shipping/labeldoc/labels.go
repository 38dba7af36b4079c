package labeldoc

import (
	"bytes"
	"fmt"
)

// Labels renders the labels of a multi-parcel shipment as one document: a PDF with a
// page per label, or ZPL with one label format after another. A PNG holds one label,
// so more than one is ErrUnsupported.
func (r *Renderer) Labels(ls []Label, paper, fileType string) ([]byte, error) {
	if len(ls) == 0 {
		return nil, fmt.Errorf("%w: no label", ErrInvalid)
	}
	if len(ls) == 1 {
		return r.Label(ls[0], paper, fileType)
	}
	s, err := lookupSheet(paper, fileType)
	if err != nil {
		return nil, err
	}
	switch fileType {
	case TypePDF:
		return r.labelsPDF(ls, s)
	case TypeZPL:
		var out bytes.Buffer
		for _, l := range ls {
			p, err := r.layoutLabel(l)
			if err != nil {
				return nil, err
			}
			out.Write(labelZPL(p, s))
		}
		return out.Bytes(), nil
	}
	return nil, fmt.Errorf("%w: a png holds one label, not %d", ErrUnsupported, len(ls))
}

func (r *Renderer) labelsPDF(ls []Label, s sheet) ([]byte, error) {
	pdf, err := r.newPDF(s.w*ptPerInch, s.h*ptPerInch, "Labels "+ls[0].TrackingNumber)
	if err != nil {
		return nil, err
	}
	at := placement{x: s.labelX * ptPerInch, y: s.labelY * ptPerInch, scale: ptPerDot}
	for _, l := range ls {
		p, err := r.layoutLabel(l)
		if err != nil {
			return nil, err
		}
		pdf.AddPage()
		if err := r.drawPDF(pdf, p.ops, at); err != nil {
			return nil, err
		}
	}
	out, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, fmt.Errorf("labeldoc: pdf: %w", err)
	}
	return out, nil
}
