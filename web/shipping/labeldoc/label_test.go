package labeldoc_test

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/labeldoc"
)

func newRenderer(t testing.TB) *labeldoc.Renderer {
	t.Helper()
	r, err := labeldoc.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	if !r.CoversHangul() {
		if os.Getenv("CI") == "true" {
			t.Fatalf("labeldoc: no Hangul font (apt-get install fonts-nanum), and CI=true; using %s", r.FontSource())
		}
		t.Skipf("labeldoc: SKIPPING: no Hangul font (apt-get install fonts-nanum); using %s", r.FontSource())
	}
	return r
}

func koreanLabel() labeldoc.Label {
	return labeldoc.Label{
		CarrierName:    "Korea Post",
		ServiceName:    "EMS Premium",
		TrackingNumber: "EE123456785KR",
		Barcode2D:      "EE123456785KR|04524|KOR|2.5kg",
		Routing:        "SEL 04",
		From: carriers.Address{
			ContactName: "Jane Doe", CompanyName: "Waypost Test Shop", Street1: "1600 Amphitheatre Pkwy",
			City: "Mountain View", State: "CA", PostalCode: "94043", Country: "USA", Phone: "+1 650 555 0100",
		},
		To: carriers.Address{
			ContactName: "홍길동", Street1: "서울특별시 중구 세종대로 110", Street2: "서울시청 3층",
			City: "서울", PostalCode: "04524", Country: "KOR", Phone: "+82 2 120",
		},
		Weight:     carriers.Weight{Value: 2.5, Unit: "kg"},
		Dimension:  &carriers.Dimension{Width: 30, Height: 20, Depth: 10, Unit: "cm"},
		References: []string{"ORDER-1001", "주문 77"},
		ShipDate:   time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
		Piece:      1, Pieces: 2,
		Sandbox: true,
	}
}

func TestLabelPDFScansOnEveryPaper(t *testing.T) {
	r := newRenderer(t)
	l := koreanLabel()
	for _, paper := range []string{labeldoc.Paper4x6, labeldoc.Paper4x8, labeldoc.PaperA4, labeldoc.PaperA5, labeldoc.PaperLetter} {
		t.Run(paper, func(t *testing.T) {
			pdf, err := r.Label(l, paper, labeldoc.TypePDF)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
				t.Fatalf("not a PDF: %q", pdf[:min(len(pdf), 16)])
			}
			codes := decode(t, rasterise(t, pdf))
			if got := codes["CODE-128"]; len(got) != 1 || got[0] != l.TrackingNumber {
				t.Errorf("code 128 read back as %q, want %q", got, l.TrackingNumber)
			}
			if got := codes["QR-Code"]; len(got) != 1 || got[0] != l.Barcode2D {
				t.Errorf("QR code read back as %q, want %q", got, l.Barcode2D)
			}
			text := pdfText(t, pdf)
			for _, want := range []string{"서울특별시 중구 세종대로 110", "홍길동", "SANDBOX - NOT FOR SHIPPING", "EE123456785KR", "EMS Premium", "SEL 04"} {
				if !strings.Contains(text, want) {
					t.Errorf("label text lacks %q:\n%s", want, text)
				}
			}
		})
	}
}

func TestLabelPNGScans(t *testing.T) {
	r := newRenderer(t)
	l := koreanLabel()
	l.TrackingNumber = "9400111899223197428490"
	l.Barcode2D = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490"
	out, err := r.Label(l, labeldoc.Paper4x6, labeldoc.TypePNG)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 812 || b.Dy() != 1218 {
		t.Errorf("4x6 PNG is %dx%d px, want 812x1218 (203 dpi)", b.Dx(), b.Dy())
	}
	codes := decode(t, writeTemp(t, "label.png", out))
	if got := codes["CODE-128"]; len(got) != 1 || got[0] != l.TrackingNumber {
		t.Errorf("code 128 read back as %q, want %q", got, l.TrackingNumber)
	}
	if got := codes["QR-Code"]; len(got) != 1 || got[0] != l.Barcode2D {
		t.Errorf("QR code read back as %q, want %q", got, l.Barcode2D)
	}
}

// Every paper comes out at 203 dpi with the label at the top.
func TestLabelPNGSizes(t *testing.T) {
	r := newRenderer(t)
	for paper, want := range map[string][2]int{
		labeldoc.Paper4x8: {812, 1624}, labeldoc.PaperA4: {1678, 2374},
		labeldoc.PaperA5: {1183, 1678}, labeldoc.PaperLetter: {1726, 2233},
	} {
		out, err := r.Label(koreanLabel(), paper, labeldoc.TypePNG)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Width != want[0] || cfg.Height != want[1] {
			t.Errorf("%s PNG is %dx%d px, want %dx%d", paper, cfg.Width, cfg.Height, want[0], want[1])
		}
	}
}

func TestLabelUnsupported(t *testing.T) {
	r := newRenderer(t)
	for _, tc := range []struct{ paper, fileType, named string }{
		{"A3", labeldoc.TypePDF, "A3"}, {labeldoc.Paper4x6, "gif", "gif"}, {labeldoc.PaperA4, labeldoc.TypeZPL, "zpl on A4"},
	} {
		_, err := r.Label(koreanLabel(), tc.paper, tc.fileType)
		if !errors.Is(err, labeldoc.ErrUnsupported) || !strings.Contains(err.Error(), tc.named) {
			t.Errorf("Label(%s, %s) = %v, want ErrUnsupported naming what was asked", tc.paper, tc.fileType, err)
		}
	}
	if _, err := r.Label(labeldoc.Label{}, labeldoc.Paper4x6, labeldoc.TypePDF); !errors.Is(err, labeldoc.ErrInvalid) {
		t.Errorf("label without a tracking number: %v, want ErrInvalid", err)
	}
	long := koreanLabel()
	long.TrackingNumber = strings.Repeat("AB", 30)
	if _, err := r.Label(long, labeldoc.Paper4x6, labeldoc.TypePNG); !errors.Is(err, labeldoc.ErrInvalid) {
		t.Errorf("a number too long to scan on 4 inches: %v, want ErrInvalid", err)
	}
}
