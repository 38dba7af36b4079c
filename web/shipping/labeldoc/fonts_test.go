package labeldoc_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/waypost/waypost/web/shipping/labeldoc"
)

const nanum = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"

// Debian's Noto CJK fonts are CFF collections, which gopdf cannot embed: the
// renderer must pass over them to the Nanum TrueType files.
func TestNewRendererSkipsFontsItCannotEmbed(t *testing.T) {
	newRenderer(t) // skips or fails without Nanum
	noto := "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
	if _, err := os.Stat(noto); err != nil {
		t.Skipf("labeldoc: SKIPPING: %s is not installed (fonts-noto-cjk)", noto)
	}
	r, err := labeldoc.NewRenderer(noto, filepath.Join(t.TempDir(), "missing.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	if r.FontSource() != nanum || !r.CoversHangul() {
		t.Errorf("font = %s (Hangul %v), want %s with Hangul", r.FontSource(), r.CoversHangul(), nanum)
	}
}

// A Latin-only font still makes a label that scans, and says it cannot draw Hangul.
func TestRendererWithLatinFont(t *testing.T) {
	dir := t.TempDir()
	regular := filepath.Join(dir, "Go-Regular.ttf")
	if err := os.WriteFile(regular, goregular.TTF, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Go-Bold.ttf"), gobold.TTF, 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := labeldoc.NewRenderer(regular)
	if err != nil {
		t.Fatal(err)
	}
	if r.FontSource() != regular || r.CoversHangul() {
		t.Fatalf("font = %s (Hangul %v), want %s without Hangul", r.FontSource(), r.CoversHangul(), regular)
	}
	pdf, err := r.Label(koreanLabel(), labeldoc.Paper4x6, labeldoc.TypePDF)
	if err != nil {
		t.Fatal(err)
	}
	if got := decode(t, rasterise(t, pdf))["CODE-128"]; len(got) != 1 || got[0] != koreanLabel().TrackingNumber {
		t.Errorf("code 128 read back as %q", got)
	}
	if text := pdfText(t, pdf); !strings.Contains(text, "Mountain View, CA 94043") {
		t.Errorf("Latin text missing:\n%s", text)
	}
}
