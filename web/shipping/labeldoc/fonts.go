package labeldoc

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Debian's fonts-nanum: glyf-outline TrueType covering Hangul and Latin. The Noto CJK
// files Debian ships are CFF collections (.ttc), which gopdf cannot embed.
const (
	nanumRegular = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
	nanumBold    = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
)

// goFontsSource names the built-in fallback, which has no Hangul.
const goFontsSource = "Go fonts (built in, Latin only)"

// fontSet is one regular and one bold face, parsed for measuring and raster drawing
// (sfnt) and for embedding in PDFs (gopdf).
type fontSet struct {
	source        string
	regular, bold *sfnt.Font
	// family names under which the faces sit in pdf, one per weight.
	regularFamily, boldFamily string
	pdf                       *gopdf.FontContainer
	hangul                    bool
}

// NewRenderer loads its fonts from the first of fontPaths that is a readable TrueType
// (glyf) font, then from Debian's NanumGothic, and at last from the built-in Go fonts,
// which draw Latin text only (CoversHangul says which). A path names the regular face;
// its bold sibling ("XBold.ttf", "X-Bold.ttf", "Regular" → "Bold") is used when present.
func NewRenderer(fontPaths ...string) (*Renderer, error) {
	var skipped []error
	for _, p := range fontPaths {
		fs, err := loadFontFiles(p, boldSiblings(p))
		if err == nil {
			return &Renderer{fonts: fs}, nil
		}
		skipped = append(skipped, err)
	}
	if fs, err := loadFontFiles(nanumRegular, []string{nanumBold}); err == nil {
		return &Renderer{fonts: fs}, nil
	}
	fs, err := newFontSet(goFontsSource, goregular.TTF, gobold.TTF)
	if err != nil {
		return nil, fmt.Errorf("labeldoc: built-in fonts: %w", errors.Join(append(skipped, err)...))
	}
	return &Renderer{fonts: fs}, nil
}

// CoversHangul reports whether the loaded fonts draw Korean text; without them
// Hangul prints as blanks.
func (r *Renderer) CoversHangul() bool { return r.fonts.hangul }

// FontSource names the font file in use, or the built-in fallback.
func (r *Renderer) FontSource() string { return r.fonts.source }

func loadFontFiles(regularPath string, boldPaths []string) (*fontSet, error) {
	regular, err := os.ReadFile(regularPath)
	if err != nil {
		return nil, fmt.Errorf("labeldoc: font %s: %w", regularPath, err)
	}
	bold := regular
	for _, p := range boldPaths {
		if data, err := os.ReadFile(p); err == nil && isTrueType(data) {
			bold = data
			break
		}
	}
	fs, err := newFontSet(regularPath, regular, bold)
	if err != nil {
		return nil, fmt.Errorf("labeldoc: font %s: %w", regularPath, err)
	}
	return fs, nil
}

// boldSiblings lists the names a font family usually gives its bold face.
func boldSiblings(regularPath string) []string {
	dir, base := filepath.Split(regularPath)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	out := []string{}
	if strings.Contains(stem, "Regular") {
		out = append(out, dir+strings.Replace(stem, "Regular", "Bold", 1)+ext)
	}
	return append(out, dir+stem+"Bold"+ext, dir+stem+"-Bold"+ext)
}

// isTrueType checks the sfnt version tag gopdf accepts: 0x00010000, not "OTTO" (CFF)
// or "ttcf" (a collection).
func isTrueType(data []byte) bool {
	return len(data) > 4 && data[0] == 0 && data[1] == 1 && data[2] == 0 && data[3] == 0
}

func newFontSet(source string, regular, bold []byte) (*fontSet, error) {
	if !isTrueType(regular) || !isTrueType(bold) {
		return nil, errors.New("not a TrueType (glyf) font; collections (.ttc) and CFF fonts cannot be embedded")
	}
	fs := &fontSet{source: source, pdf: &gopdf.FontContainer{}}
	var err error
	if fs.regular, err = sfnt.Parse(regular); err != nil {
		return nil, err
	}
	if fs.bold, err = sfnt.Parse(bold); err != nil {
		return nil, err
	}
	fs.regularFamily = postScriptName(fs.regular, "Regular")
	fs.boldFamily = postScriptName(fs.bold, "Bold")
	if fs.boldFamily == fs.regularFamily {
		fs.boldFamily += "-Bold"
	}
	if err := fs.pdf.AddTTFFontData(fs.regularFamily, regular); err != nil {
		return nil, err
	}
	if err := fs.pdf.AddTTFFontData(fs.boldFamily, bold); err != nil {
		return nil, err
	}
	fs.hangul = hasGlyphs(fs.regular, "한글") && hasGlyphs(fs.bold, "한글")
	return fs, nil
}

func postScriptName(f *sfnt.Font, fallback string) string {
	name, err := f.Name(nil, sfnt.NameIDPostScript)
	if err != nil || name == "" {
		return fallback
	}
	return name
}

func hasGlyphs(f *sfnt.Font, s string) bool {
	var buf sfnt.Buffer
	for _, r := range s {
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			return false
		}
	}
	return true
}

// face picks the weight of one piece of text.
func (fs *fontSet) face(bold bool) (*sfnt.Font, string) {
	if bold {
		return fs.bold, fs.boldFamily
	}
	return fs.regular, fs.regularFamily
}

// measurer computes text advances in the units of size. Each document gets its own,
// because an sfnt.Buffer must not be shared between goroutines.
type measurer struct {
	fonts *fontSet
	buf   sfnt.Buffer
}

// width is the advance of s at size, without kerning, as both gopdf and the raster
// drawer lay it out. Missing glyphs count as spaces, which is what gopdf prints.
func (m *measurer) width(bold bool, size float64, s string) float64 {
	f, _ := m.fonts.face(bold)
	ppem := fixed.Int26_6(size * 64)
	var total fixed.Int26_6
	for _, r := range s {
		i, err := f.GlyphIndex(&m.buf, r)
		if err != nil || i == 0 {
			i, _ = f.GlyphIndex(&m.buf, ' ')
		}
		adv, err := f.GlyphAdvance(&m.buf, i, ppem, font.HintingNone)
		if err == nil {
			total += adv
		}
	}
	return float64(total) / 64
}
