package sandbox

import (
	"math"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

const (
	kgPerLb = 0.45359237
	cmPerIn = 2.54
	// eps absorbs float noise so 2.0000000001 lb does not round up to 3 lb.
	eps = 1e-9
)

// toKg converts a weight to kilograms; false for an unknown unit.
func toKg(w carriers.Weight) (float64, bool) {
	switch strings.ToLower(w.Unit) {
	case "kg":
		return w.Value, true
	case "g":
		return w.Value / 1000, true
	case "lb":
		return w.Value * kgPerLb, true
	case "oz":
		return w.Value * kgPerLb / 16, true
	}
	return 0, false
}

// toCm converts a box to centimetres; a box with no size may have no unit.
func toCm(d carriers.Dimension) ([3]float64, bool) {
	f := 0.0
	switch strings.ToLower(d.Unit) {
	case "cm":
		f = 1
	case "mm":
		f = 0.1
	case "m":
		f = 100
	case "in":
		f = cmPerIn
	case "ft":
		f = 12 * cmPerIn
	case "":
		return [3]float64{}, d.Width == 0 && d.Height == 0 && d.Depth == 0
	default:
		return [3]float64{}, false
	}
	return [3]float64{d.Width * f, d.Height * f, d.Depth * f}, true
}

// weighIn returns a parcel's actual and dimensional weight in the card's unit. Carriers
// charge the larger; the dimensional one is the box volume over the carrier's divisor,
// counted only above the carrier's minimum volume (USPS: one cubic foot).
func (c *carrierCard) weighIn(p carriers.Parcel) (actual, dim float64) {
	kg, _ := toKg(p.Weight)
	cm, _ := toCm(p.Dimension)
	vol := cm[0] * cm[1] * cm[2]
	actual = kg
	if c.unit == "lb" {
		actual = kg / kgPerLb
		vol /= cmPerIn * cmPerIn * cmPerIn
	}
	if c.dim.divisor > 0 && vol > c.dim.minVolume*(1+eps) {
		dim = vol / c.dim.divisor
	}
	return actual, dim
}

// chargeWeight rounds a weight up the carrier's way: to the next band for carriers that
// price by band, else to the next multiple of the step. Weights past the last band grow
// by the last band's width.
func chargeWeight(w float64, bands []float64, step float64) float64 {
	if len(bands) == 0 {
		return math.Max(step, math.Ceil(w/step-eps)*step)
	}
	for _, b := range bands {
		if w <= b+eps {
			return b
		}
	}
	last := bands[len(bands)-1]
	width := last
	if n := len(bands); n > 1 {
		width = last - bands[n-2]
	}
	return last + math.Ceil((w-last)/width-eps)*width
}
