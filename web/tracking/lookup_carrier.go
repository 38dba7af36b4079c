package tracking

import (
	"sort"
	"strings"

	"golang.org/x/text/language"

	"github.com/waypost/waypost/web/carriers"
)

// Public links and the tracker.delivery API name carriers by tracker.delivery ids
// ("kr.cjlogistics"). Carriers tracker.delivery does not list get an id built the
// same way, country then name ("au.sendle", "gb.royalmail"), so every carrier
// Waypost supports has one.

var trackerIndex = buildTrackerIndex()

func buildTrackerIndex() map[string]string {
	idx := map[string]string{}
	for _, c := range carriers.Catalog() {
		idx[strings.ToLower(TrackerID(c))] = c.Slug
	}
	return idx
}

// TrackerID is the tracker.delivery-style id of a courier.
func TrackerID(c carriers.Courier) string {
	if c.TrackerID != "" {
		return c.TrackerID
	}
	country := "un"
	if r, err := language.ParseRegion(c.CountryISO3); err == nil {
		country = strings.ToLower(r.String())
	}
	return country + "." + strings.ReplaceAll(c.Slug, "-", "")
}

// ResolveCourier finds a courier by AfterShip slug, tracker.delivery id or the
// built id, case-insensitively: links from either world open the same page.
func ResolveCourier(id string) (carriers.Courier, bool) {
	if c, ok := carriers.Lookup(id); ok {
		return c, true
	}
	if slug, ok := trackerIndex[strings.ToLower(strings.TrimSpace(id))]; ok {
		return carriers.Lookup(slug)
	}
	return carriers.Courier{}, false
}

// ResolveTrackerCourier finds a courier by its tracker.delivery-style id only, for
// the tracker.delivery API, whose clients never send AfterShip slugs.
func ResolveTrackerCourier(id string) (carriers.Courier, bool) {
	slug, ok := trackerIndex[strings.ToLower(strings.TrimSpace(id))]
	if !ok {
		return carriers.Courier{}, false
	}
	return carriers.Lookup(slug)
}

// TrackerCouriers lists every courier sorted by tracker.delivery-style id.
func TrackerCouriers() []carriers.Courier {
	all := carriers.Catalog()
	sort.Slice(all, func(i, j int) bool { return TrackerID(all[i]) < TrackerID(all[j]) })
	return all
}

// trackerNames are tracker.delivery's own names where they differ from the
// carrier's local name, so its API answers with the names its clients know.
var trackerNames = map[string]string{"kr.cvsnet": "GS Postbox"}

// LocalName is the name a carrier goes by in a language: Korean carriers by their
// Korean name (as tracker.delivery spells it) for Korean readers, everyone else
// by the catalog name.
func LocalName(c carriers.Courier, lang string) string {
	if n, ok := trackerNames[c.TrackerID]; ok && lang == "ko" {
		return n
	}
	if lang == "ko" && c.CountryISO3 == "KOR" && c.OtherName != "" {
		return c.OtherName
	}
	return c.Name
}
