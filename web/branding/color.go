package branding

import (
	"fmt"
	"math"
	"strconv"
)

// Colours of Waypost's own page the merchant's colours must read against.
const (
	InkColor         = "#15192b" // body text
	SurfaceColor     = "#ffffff" // cards, light scheme
	DarkSurfaceColor = "#181c2e" // cards, dark scheme
)

// minContrast is WCAG AA for normal text.
const minContrast = 4.5

type rgb struct{ r, g, b float64 } // 0..255

func parseHex(s string) rgb {
	v, _ := strconv.ParseUint(s[1:], 16, 32)
	return rgb{float64(v >> 16 & 0xff), float64(v >> 8 & 0xff), float64(v & 0xff)}
}

func (c rgb) hex() string {
	return fmt.Sprintf("#%02x%02x%02x", int(math.Round(c.r)), int(math.Round(c.g)), int(math.Round(c.b)))
}

func channel(v float64) float64 {
	v /= 255
	if v <= 0.03928 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

func (c rgb) luminance() float64 {
	return 0.2126*channel(c.r) + 0.7152*channel(c.g) + 0.0722*channel(c.b)
}

// Contrast is the WCAG contrast ratio of two "#rrggbb" colours, 1 to 21.
func Contrast(a, b string) float64 {
	la, lb := parseHex(a).luminance(), parseHex(b).luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Mix blends a into b: t=0 is a, t=1 is b.
func Mix(a, b string, t float64) string {
	x, y := parseHex(a), parseHex(b)
	return rgb{x.r + (y.r-x.r)*t, x.g + (y.g-x.g)*t, x.b + (y.b-x.b)*t}.hex()
}

// Readable moves a colour toward toward (black or white) in small steps until it
// has AA contrast against bg, so a merchant's pale accent still makes readable
// links and buttons. A colour that already reads well is returned unchanged.
func Readable(c, bg, toward string) string {
	for t := 0.0; t <= 1.0; t += 0.05 {
		m := Mix(c, toward, t)
		if Contrast(m, bg) >= minContrast {
			return m
		}
	}
	return toward
}

// InkOn is the text colour for a filled background: white or Waypost's ink,
// whichever reads better.
func InkOn(bg string) string {
	if Contrast(bg, "#ffffff") >= Contrast(bg, InkColor) {
		return "#ffffff"
	}
	return InkColor
}
