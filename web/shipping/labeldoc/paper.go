package labeldoc

import "fmt"

// Labels are drawn in printer dots at 203 dpi (8 dots/mm), the resolution of the
// thermal printers that print most of them: PNG pixels and ZPL coordinates are dots,
// and PDF places one dot at 72/203 pt.
const (
	dpi       = 203
	ptPerDot  = 72.0 / dpi
	labelW    = 4 * dpi // 812
	labelH    = 6 * dpi // 1218
	ptPerInch = 72.0
)

// sheet is a paper size and where on it the 4x6 label goes, in inches.
type sheet struct {
	w, h   float64
	labelX float64 // left edge of the label
	labelY float64 // top edge of the label
	zpl    bool    // a label printer's roll, so ZPL can print it
}

// Label rolls take the label at their top-left corner (a 4x8 keeps its last two inches
// for a packing-slip tab). Office sheets centre it across the top half, leaving
// a margin printers can reach, as carriers' "print on plain paper" labels do.
var sheets = map[string]sheet{
	Paper4x6:    {w: 4, h: 6, zpl: true},
	Paper4x8:    {w: 4, h: 8, zpl: true},
	PaperA4:     {w: 210 / 25.4, h: 297 / 25.4, labelX: (210/25.4 - 4) / 2, labelY: 0.5},
	PaperA5:     {w: 148 / 25.4, h: 210 / 25.4, labelX: (148/25.4 - 4) / 2, labelY: 0.5},
	PaperLetter: {w: 8.5, h: 11, labelX: 2.25, labelY: 0.5},
}

func lookupSheet(paper, fileType string) (sheet, error) {
	s, ok := sheets[paper]
	if !ok {
		return sheet{}, fmt.Errorf("%w: paper size %q", ErrUnsupported, paper)
	}
	switch fileType {
	case TypePDF, TypePNG:
	case TypeZPL:
		if !s.zpl {
			return sheet{}, fmt.Errorf("%w: zpl on %s paper (label printers take 4x6 or 4x8)", ErrUnsupported, paper)
		}
	default:
		return sheet{}, fmt.Errorf("%w: file type %q", ErrUnsupported, fileType)
	}
	return s, nil
}

// dots converts inches to whole printer dots.
func dots(in float64) int { return int(in*dpi + 0.5) }
