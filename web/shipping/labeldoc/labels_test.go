package labeldoc_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/waypost/waypost/web/shipping/labeldoc"
)

// A shipment of two parcels prints as one document with a label per parcel.
func TestLabelsOfSeveralParcels(t *testing.T) {
	r := newRenderer(t)
	first, second := koreanLabel(), koreanLabel()
	second.TrackingNumber, second.Piece = "EE123456799KR", 2
	pdf, err := r.Labels([]labeldoc.Label{first, second}, labeldoc.Paper4x6, labeldoc.TypePDF)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("pdf: %v", err)
	}
	if n := bytes.Count(pdf, []byte("/Type /Page\n")) + bytes.Count(pdf, []byte("/Type /Page ")) + bytes.Count(pdf, []byte("/Type /Page>")); n != 2 {
		t.Errorf("pdf has %d pages, want 2", n)
	}
	zpl, err := r.Labels([]labeldoc.Label{first, second}, labeldoc.Paper4x6, labeldoc.TypeZPL)
	if err != nil || bytes.Count(zpl, []byte("^XA")) != 2 || !bytes.Contains(zpl, []byte(second.TrackingNumber)) {
		t.Errorf("zpl: %d formats, %v", bytes.Count(zpl, []byte("^XA")), err)
	}
	if _, err := r.Labels([]labeldoc.Label{first, second}, labeldoc.Paper4x6, labeldoc.TypePNG); !errors.Is(err, labeldoc.ErrUnsupported) {
		t.Errorf("png of two labels: %v", err)
	}
	one, err := r.Labels([]labeldoc.Label{first}, labeldoc.Paper4x6, labeldoc.TypePNG)
	if err != nil || !bytes.HasPrefix(one, []byte("\x89PNG")) {
		t.Errorf("png of one label: %v", err)
	}
}
