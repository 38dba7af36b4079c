package sandbox

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"time"
)

// clock is a time of day in minutes after midnight.
type clock int

func hm(h, m int) clock { return clock(h*60 + m) }

// on places the time of day on a calendar day, in the day's location.
func (c clock) on(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), int(c)/60, int(c)%60, 0, 0, day.Location())
}

func (c clock) String() string { return fmt.Sprintf("%02d:%02d", c/60, c%60) }

// dimRule is a carrier's dimensional weight rule: volume over divisor, in cm³ per kg for
// metric cards and in³ per lb for imperial ones, counted above minVolume only.
type dimRule struct{ divisor, minVolume float64 }

// pickupRule is when and how a carrier collects.
type pickupRule struct {
	open, close clock
	minWindow   clock // the shortest window a driver can be booked for
	saturday    bool
	fee         float64 // per pickup, in the card's currency
	prefix      string  // confirmation numbers: prefix + digits
	digits      int
}

// carrierCard is one carrier's sandbox tariff: its price tables and the rules around them.
type carrierCard struct {
	currency string   // currency the tables are written in
	origins  []string // countries accounts ship from; nil: anywhere
	unit     string   // "lb" or "kg", for weight breaks and charge weights
	step     float64  // charge weights round up to a multiple of step ...
	bands    []float64
	dim      dimRule
	fuelPct  float64 // of base and surcharges
	// residential and remote are per parcel, in the card's currency.
	residential, remote float64
	// cutOff is the last booking time for shipping the same day; pickupBy the last
	// collection, both in the account's zone.
	cutOff, pickupBy clock
	pickup           pickupRule
	services         map[string]*serviceCard
}

// serviceCard prices one service. Its table has one row per weight break and one
// column per zone it serves (those with transit days).
type serviceCard struct {
	countries []string // domestic legs run only inside these (nil: any origin of the card)
	to        []string // international legs go only to these (nil: any served zone)
	first     float64  // price of the first break in the service's nearest zone
	perUnit   float64  // added per unit of weight over the first break
	zoneStep  float64  // each zone further out costs this fraction of the nearest more
	maxWeight float64  // per parcel, actual weight, card unit
	step      float64  // overrides the card's rounding when set
	bands     []float64
	days      [zoneCount]int // transit business days per zone; 0: zone not served
	deliverBy clock
	table     *priceTable
}

func service(first, perUnit, zoneStep, maxWeight float64, days [zoneCount]int, by clock) *serviceCard {
	return &serviceCard{first: first, perUnit: perUnit, zoneStep: zoneStep, maxWeight: maxWeight, days: days, deliverBy: by}
}

func (sc *serviceCard) in(countries ...string) *serviceCard { sc.countries = countries; return sc }
func (sc *serviceCard) only(to ...string) *serviceCard      { sc.to = to; return sc }
func (sc *serviceCard) stepped(s float64) *serviceCard      { sc.step = s; return sc }
func (sc *serviceCard) banded(b ...float64) *serviceCard    { sc.bands = b; return sc }

func dom(d1, d2, d3, d4, d5 int) [zoneCount]int { return [zoneCount]int{d1, d2, d3, d4, d5} }
func intl(d6, d7, d8 int) [zoneCount]int        { return [zoneCount]int{5: d6, 6: d7, 7: d8} }

func both(domestic, international [zoneCount]int) [zoneCount]int {
	for i := firstIntlZone - 1; i < zoneCount; i++ {
		domestic[i] = international[i]
	}
	return domestic
}

// priceTable is a zone × weight table: cells[row][zone-1] is the price of a parcel whose
// charge weight is breaks[row].
type priceTable struct {
	breaks []float64
	cells  [][zoneCount]float64
}

// breaks are the rows of the service's table: its bands, or every step up to its limit.
func (sc *serviceCard) breaks(card *carrierCard) []float64 {
	bands, step := card.bands, card.step
	if sc.step > 0 || len(sc.bands) > 0 {
		bands, step = sc.bands, sc.step
	}
	if len(bands) > 0 {
		i := sort.SearchFloat64s(bands, sc.maxWeight-eps)
		return slices.Clone(bands[:min(i+1, len(bands))])
	}
	n := int(math.Ceil(sc.maxWeight/step - eps))
	out := make([]float64, n)
	for k := range out {
		out[k] = float64(k+1) * step
	}
	return out
}

func (sc *serviceCard) nearestZone() int {
	for z := 1; z <= zoneCount; z++ {
		if sc.days[z-1] > 0 {
			return z
		}
	}
	return 1
}

func buildTable(sc *serviceCard, breaks []float64) *priceTable {
	t := &priceTable{breaks: breaks, cells: make([][zoneCount]float64, len(breaks))}
	near := sc.nearestZone()
	for i, w := range breaks {
		for z := near; z <= zoneCount; z++ {
			if sc.days[z-1] > 0 {
				t.cells[i][z-1] = (sc.first + sc.perUnit*(w-breaks[0])) * (1 + sc.zoneStep*float64(z-near))
			}
		}
	}
	return t
}

// price reads the table at a charge weight. Past the last row (a light but bulky box)
// it grows by the last row's increment, as a tariff's "each additional" line does.
func (t *priceTable) price(zone int, cw float64) float64 {
	i := sort.SearchFloat64s(t.breaks, cw-eps)
	if i < len(t.breaks) {
		return t.cells[i][zone-1]
	}
	n := len(t.breaks)
	last := t.cells[n-1][zone-1]
	if n == 1 {
		return last * cw / t.breaks[0]
	}
	inc := last - t.cells[n-2][zone-1]
	return last + inc*(cw-t.breaks[n-1])/(t.breaks[n-1]-t.breaks[n-2])
}

// rounding is how the service turns a weight into a charge weight.
func (sc *serviceCard) rounding(card *carrierCard) ([]float64, float64) {
	if sc.step > 0 || len(sc.bands) > 0 {
		return sc.bands, sc.step
	}
	return card.bands, card.step
}

// cards maps each shipping slug to its tariff; the tables are built once here.
var cards = func() map[string]*carrierCard {
	all := map[string]*carrierCard{}
	for _, m := range []map[string]*carrierCard{americanCards, worldCards} {
		for slug, c := range m {
			for _, sc := range c.services {
				sc.table = buildTable(sc, sc.breaks(c))
			}
			all[slug] = c
		}
	}
	return all
}()
