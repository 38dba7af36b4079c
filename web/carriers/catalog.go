package carriers

import (
	"net/url"
	"sort"
	"strings"
)

// Courier describes one carrier Waypost knows, with the identifiers both public APIs use:
// the AfterShip slug and the tracker.delivery carrier id.
type Courier struct {
	Slug        string // AfterShip slug: "kpost", "usps", "cjlogistics", ...
	TrackerID   string // tracker.delivery id: "kr.epost", "kr.cjlogistics", ... ("" if none)
	Name        string // English name
	OtherName   string // local-language name, e.g. "CJ대한통운", "우체국 택배"
	Phone       string // E.164-ish, as tracker.delivery shows it: "+8215881255" ("" if none)
	WebURL      string
	TrackingURL string // the carrier's own tracking page, with one %s for the number ("" if none)
	CountryISO3 string // home country
	// TimeZone is the IANA zone used when the carrier gives naive local times.
	TimeZone string
	// RequiredFields and OptionalFields are AfterShip "additional tracking fields".
	RequiredFields []string
	OptionalFields []string
	Languages      []string // languages the carrier's event texts come in, ISO 639-1
	// Shipping is true when the shipping (rate/label) API is offered for this courier.
	Shipping bool
}

// TrackingLink fills the carrier's tracking page URL with a number, or returns "" when
// the carrier has no linkable page. The number is query-escaped because users type it.
func (c Courier) TrackingLink(number string) string {
	if c.TrackingURL == "" || strings.TrimSpace(number) == "" {
		return ""
	}
	return strings.Replace(c.TrackingURL, "%s", url.QueryEscape(strings.TrimSpace(number)), 1)
}

// catalogIndex maps lower-cased slugs and tracker ids to positions in the sorted catalog.
// Built once: the catalog is immutable data.
var (
	sortedCatalog = buildSortedCatalog()
	catalogIndex  = buildCatalogIndex(sortedCatalog)
)

func buildSortedCatalog() []Courier {
	all := make([]Courier, 0, len(koreanCouriers)+len(internationalCouriers)+len(postalCouriers))
	all = append(all, koreanCouriers...)
	all = append(all, internationalCouriers...)
	all = append(all, postalCouriers...)
	sort.Slice(all, func(i, j int) bool { return all[i].Slug < all[j].Slug })
	return all
}

func buildCatalogIndex(list []Courier) map[string]int {
	idx := make(map[string]int, 2*len(list))
	for i, c := range list {
		idx[strings.ToLower(c.Slug)] = i
		if c.TrackerID != "" {
			idx[strings.ToLower(c.TrackerID)] = i
		}
	}
	return idx
}

// Catalog returns every known courier sorted by slug. The slice and its field slices
// are copies, so callers may modify them freely.
func Catalog() []Courier {
	out := make([]Courier, len(sortedCatalog))
	for i, c := range sortedCatalog {
		out[i] = c.clone()
	}
	return out
}

// Lookup finds a courier by AfterShip slug or tracker.delivery id, case-insensitively.
func Lookup(id string) (Courier, bool) {
	i, ok := catalogIndex[strings.ToLower(strings.TrimSpace(id))]
	if !ok {
		return Courier{}, false
	}
	return sortedCatalog[i].clone(), true
}

// LookupTracker finds a courier by its tracker.delivery id only, for the
// tracker.delivery-compatible routes where a slug must not match.
func LookupTracker(trackerID string) (Courier, bool) {
	c, ok := Lookup(trackerID)
	if !ok || !strings.EqualFold(c.TrackerID, strings.TrimSpace(trackerID)) {
		return Courier{}, false
	}
	return c, true
}

func (c Courier) clone() Courier {
	c.RequiredFields = cloneStrings(c.RequiredFields)
	c.OptionalFields = cloneStrings(c.OptionalFields)
	c.Languages = cloneStrings(c.Languages)
	return c
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}
