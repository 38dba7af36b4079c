package labeldoc

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// rasterizer draws ops onto a white image.Gray, one unit per pixel.
type rasterizer struct {
	fonts *fontSet
	img   *image.Gray
	faces map[faceKey]font.Face
}

type faceKey struct {
	bold bool
	size float64
}

func newRasterizer(fonts *fontSet, w, h int) *rasterizer {
	img := image.NewGray(image.Rect(0, 0, w, h))
	fillGray(img, img.Bounds(), 0xff)
	return &rasterizer{fonts: fonts, img: img, faces: map[faceKey]font.Face{}}
}

// draw plays ops back with their origin at (dx, dy) pixels.
func (z *rasterizer) draw(ops []op, dx, dy int) error {
	for _, o := range ops {
		x, y := float64(dx)+o.x, float64(dy)+o.y
		r := image.Rect(round(x), round(y), round(x+o.w), round(y+o.h))
		switch o.kind {
		case opText:
			if err := z.text(o, x, y); err != nil {
				return err
			}
		case opFill:
			fillGray(z.img, r, 0)
		case opStroke:
			t := round(o.size)
			for _, side := range []image.Rectangle{
				{r.Min, image.Pt(r.Max.X, r.Min.Y+t)}, {image.Pt(r.Min.X, r.Max.Y-t), r.Max},
				{r.Min, image.Pt(r.Min.X+t, r.Max.Y)}, {image.Pt(r.Max.X-t, r.Min.Y), r.Max},
			} {
				fillGray(z.img, side, 0)
			}
		case opCode:
			copyGray(z.img, r.Min, o.code.img)
		}
	}
	return nil
}

func (z *rasterizer) text(o op, x, y float64) error {
	key := faceKey{o.bold, o.size}
	face, ok := z.faces[key]
	if !ok {
		f, _ := z.fonts.face(o.bold)
		var err error
		face, err = opentype.NewFace(f, &opentype.FaceOptions{Size: o.size, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return fmt.Errorf("labeldoc: png font: %w", err)
		}
		z.faces[key] = face
	}
	src := image.Black
	if o.reverse {
		src = image.White
	}
	d := font.Drawer{Dst: z.img, Src: src, Face: face, Dot: fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}}
	d.DrawString(z.printable(face, o.text))
	return nil
}

// printable swaps runes the font lacks for spaces, as the PDF output does, so both
// show the same thing instead of the raster one drawing "missing glyph" boxes.
func (z *rasterizer) printable(face font.Face, s string) string {
	return strings.Map(func(r rune) rune {
		if _, ok := face.GlyphAdvance(r); !ok {
			return ' '
		}
		return r
	}, s)
}

func (z *rasterizer) close() {
	for _, f := range z.faces {
		f.Close()
	}
}

// encode writes the image as an 8-bit grayscale PNG. Labels are mostly white runs,
// which the fastest compression level already shrinks well.
func (z *rasterizer) encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, z.img); err != nil {
		return nil, fmt.Errorf("labeldoc: png: %w", err)
	}
	return buf.Bytes(), nil
}

// fillGray and copyGray work on the pixel rows directly: image/draw has no fast path
// for gray destinations, and these two make up most of a label.
func fillGray(img *image.Gray, r image.Rectangle, y uint8) {
	r = r.Intersect(img.Bounds())
	for row := r.Min.Y; row < r.Max.Y; row++ {
		px := img.Pix[img.PixOffset(r.Min.X, row):img.PixOffset(r.Max.X, row)]
		for i := range px {
			px[i] = y
		}
	}
}

func copyGray(dst *image.Gray, at image.Point, src *image.Gray) {
	r := src.Bounds().Add(at).Intersect(dst.Bounds())
	for row := r.Min.Y; row < r.Max.Y; row++ {
		copy(dst.Pix[dst.PixOffset(r.Min.X, row):dst.PixOffset(r.Max.X, row)],
			src.Pix[src.PixOffset(r.Min.X-at.X, row-at.Y):])
	}
}

func round(v float64) int {
	if v < 0 {
		return int(v - 0.5)
	}
	return int(v + 0.5)
}
