package labeldoc

import (
	"errors"
	"fmt"
	"image"
	"image/color"

	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/code128"
	"github.com/boombuler/barcode/datamatrix"
	"github.com/boombuler/barcode/pdf417"
	"github.com/boombuler/barcode/qr"
)

const kindCode128 = "code128"

// Module widths of the Code 128, in printer dots: 2 dots (10 mil at 203 dpi) is the
// narrowest a thermal printer makes reliably; beyond 4 the code only grows.
const (
	minModule128 = 2
	maxModule128 = 4
	quiet128     = 10 // modules of white each side, as the symbology requires
)

// newCode128 encodes data as Code 128 no wider than maxWidth (quiet zones included)
// and height units tall, with a whole number of units per module.
func newCode128(data string, maxWidth, height float64) (*code, error) {
	bc, err := code128.Encode(data)
	if err != nil {
		return nil, fmt.Errorf("%w: code 128 of %q: %v", ErrInvalid, data, err)
	}
	modules := bc.Bounds().Dx()
	module := min(int(maxWidth)/(modules+2*quiet128), maxModule128)
	if module < minModule128 {
		return nil, fmt.Errorf("%w: %q is too long for a code 128 %d dots wide", ErrInvalid, data, int(maxWidth))
	}
	img := toGray(bc, module, int(height), quiet128*module, 0)
	return &code{kind: kindCode128, data: data, module: module, quiet: quiet128, img: img}, nil
}

// newCode2D encodes data in kind's symbology, as large as fits in a maxW×maxH box
// with its quiet zone, at up to maxModule units per module.
func newCode2D(kind, data string, maxW, maxH float64, maxModule int) (*code, error) {
	bc, quiet, err := encode2D(kind, data)
	if errors.Is(err, ErrUnsupported) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s code of %q: %v", ErrInvalid, kind, data, err)
	}
	b := bc.Bounds()
	rowScale := 1.0
	if kind == Code2DPDF417 {
		// boombuler draws PDF417 rows two modules tall; readers want three.
		rowScale = 1.5
	}
	module := min(int(maxW)/(b.Dx()+2*quiet), int(maxH/(float64(b.Dy())*rowScale+float64(2*quiet))), maxModule)
	if module < 1 {
		return nil, fmt.Errorf("%w: %s code of %d bytes does not fit the label", ErrInvalid, kind, len(data))
	}
	rowHeight := int(float64(module)*rowScale + 0.5)
	img := toGray(bc, module, rowHeight*b.Dy(), quiet*module, quiet*module)
	return &code{kind: kind, data: data, module: module, quiet: quiet, img: img}, nil
}

// encode2D returns the symbol and its quiet zone in modules.
func encode2D(kind, data string) (barcode.Barcode, int, error) {
	switch kind {
	case Code2DQR, "":
		bc, err := qr.Encode(data, qr.M, qr.Auto)
		return bc, 4, err
	case Code2DDataMatrix:
		bc, err := datamatrix.Encode(data)
		return bc, 1, err
	case Code2DPDF417:
		bc, err := pdf417.Encode(data, 3)
		return bc, 2, err
	}
	return nil, 0, fmt.Errorf("%w: 2-D code %q", ErrUnsupported, kind)
}

// toGray draws bc at module units per module across and height units down (scaled
// from its own rows), inside white margins padX and padY. gopdf embeds image.Gray
// as a one-channel image, and whole-unit modules keep the edges sharp at 203 dpi.
func toGray(bc barcode.Barcode, module, height, padX, padY int) *image.Gray {
	b := bc.Bounds()
	w := b.Dx()*module + 2*padX
	img := image.NewGray(image.Rect(0, 0, w, height+2*padY))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for py := range height {
		sy := b.Min.Y + py*b.Dy()/height
		row := img.Pix[(py+padY)*img.Stride:]
		for mx := range b.Dx() {
			if !isDark(bc.At(b.Min.X+mx, sy)) {
				continue
			}
			start := padX + mx*module
			for i := start; i < start+module; i++ {
				row[i] = 0
			}
		}
	}
	return img
}

func isDark(c color.Color) bool {
	return color.GrayModel.Convert(c).(color.Gray).Y < 0x80
}
