package labeldoc_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/shipping/labeldoc"
)

func TestLabelZPL(t *testing.T) {
	r := newRenderer(t)
	l := koreanLabel()
	l.References = []string{"A^B~C_D"}
	out, err := r.Label(l, labeldoc.Paper4x6, labeldoc.TypeZPL)
	if err != nil {
		t.Fatal(err)
	}
	zpl := string(out)
	if !strings.HasPrefix(zpl, "^XA") || !strings.HasSuffix(strings.TrimSpace(zpl), "^XZ") {
		t.Fatalf("ZPL must be one ^XA ... ^XZ format:\n%s", zpl)
	}
	for _, want := range []string{
		"^CI28",      // UTF-8 field data
		"^PW812",     // 4 in at 203 dpi
		"^LL1218",    // 6 in at 203 dpi
		"^BCN,150,N", // Code 128 ...
		"^FDEE123456785KR^FS",
		"^BQN,2,",                                // QR ...
		"^FDMA,EE123456785KR|04524|KOR|2.5kg^FS", // ... with its payload
		"^FD서울특별시 중구 세종대로 110^FS",                 // Korean as UTF-8
		"^FR^FH_^FDSANDBOX - NOT FOR SHIPPING^FS", // white on the black band
		"^FDRef: A_5EB_7EC_5FD^FS",                // ^ and ~ cannot end the field
	} {
		if !strings.Contains(zpl, want) {
			t.Errorf("ZPL lacks %q:\n%s", want, zpl)
		}
	}
	if strings.Count(zpl, "^XA") != 1 || strings.Count(zpl, "^XZ") != 1 {
		t.Errorf("ZPL holds more than one label format")
	}

	l.Barcode2DKind = labeldoc.Code2DDataMatrix
	if out, err = r.Label(l, labeldoc.Paper4x8, labeldoc.TypeZPL); err != nil {
		t.Fatal(err)
	}
	if zpl = string(out); !strings.Contains(zpl, "^LL1624") || !strings.Contains(zpl, "^BXN,") {
		t.Errorf("4x8 DataMatrix label lacks ^LL1624 or ^BX:\n%s", zpl)
	}
}

// DataMatrix and PDF417 have no reader on this machine (zbar reads neither), so their
// test is that every output draws them and ZPL hands them to the printer's encoder.
func TestLabelOther2DCodes(t *testing.T) {
	r := newRenderer(t)
	for kind, zplCommand := range map[string]string{labeldoc.Code2DDataMatrix: "^BXN,", labeldoc.Code2DPDF417: "^B7N,"} {
		l := koreanLabel()
		l.Barcode2DKind = kind
		for _, fileType := range []string{labeldoc.TypePDF, labeldoc.TypePNG, labeldoc.TypeZPL} {
			out, err := r.Label(l, labeldoc.Paper4x6, fileType)
			if err != nil {
				t.Fatalf("%s %s: %v", kind, fileType, err)
			}
			if fileType == labeldoc.TypeZPL && !strings.Contains(string(out), zplCommand) {
				t.Errorf("%s ZPL lacks %s", kind, zplCommand)
			}
			if fileType == labeldoc.TypePNG {
				if got := decode(t, writeTemp(t, "l.png", out))["CODE-128"]; len(got) != 1 || got[0] != l.TrackingNumber {
					t.Errorf("%s label: code 128 read back as %q", kind, got)
				}
			}
		}
	}
	l := koreanLabel()
	l.Barcode2DKind = "maxicode"
	if _, err := r.Label(l, labeldoc.Paper4x6, labeldoc.TypePDF); !errors.Is(err, labeldoc.ErrUnsupported) {
		t.Error("a 2-D code kind the renderer does not draw must be refused")
	}
}
