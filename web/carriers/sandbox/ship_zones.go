package sandbox

import (
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// Zones. Domestic shipments get zones 1 (same area) to 5 (the far end of the country)
// from how far apart the two postal codes are; international ones get 6 (same region),
// 7 (a neighbouring region) or 8 (the rest of the world). Price tables and transit
// times are indexed by these zones.
const (
	firstIntlZone = 6
	zoneCount     = 8
)

// iso3 reads a country as shipments carry it (alpha-3, alpha-2 or a name).
func iso3(s string) string {
	if c := carriers.CountryISO3(s); c != "" {
		return c
	}
	return strings.ToUpper(strings.TrimSpace(s))
}

// domesticZone compares postal codes the way zone charts do: the more leading
// characters two codes share, the closer they are; codes that share none are far apart
// by how different their first characters are (ZIP 1xxxx to 9xxxx crosses the US).
func domesticZone(from, to string) int {
	a, b := postalKey(from), postalKey(to)
	if a == "" || b == "" {
		return 3
	}
	shared := 0
	for shared < len(a) && shared < len(b) && shared < 3 && a[shared] == b[shared] {
		shared++
	}
	switch shared {
	case 3:
		return 1
	case 2:
		return 2
	case 1:
		return 3
	}
	if d := int(a[0]) - int(b[0]); d >= 5 || d <= -5 {
		return 5
	}
	return 4
}

// regionOf groups countries the way international zone charts do.
var regionOf = func() map[string]string {
	m := map[string]string{}
	add := func(region string, list ...string) {
		for _, c := range list {
			m[c] = region
		}
	}
	add("na", "USA", "CAN", "MEX")
	add("eu", "GBR", "IRL", "DEU", "FRA", "NLD", "BEL", "LUX", "AUT", "CHE", "ITA", "ESP", "PRT",
		"DNK", "SWE", "NOR", "FIN", "POL", "CZE", "SVK", "HUN", "ROU", "BGR", "GRC")
	add("ea", "KOR", "JPN", "CHN", "HKG", "TWN", "MAC")
	add("sea", "SGP", "MYS", "THA", "VNM", "PHL", "IDN")
	add("oc", "AUS", "NZL")
	return m
}()

// neighbours are region pairs one zone apart; every other pair is zone 8.
var neighbours = map[[2]string]bool{
	{"ea", "sea"}: true, {"sea", "oc"}: true, {"ea", "oc"}: true, {"na", "eu"}: true, {"eu", "row"}: true,
}

func internationalZone(from, to string) int {
	a, b := region(from), region(to)
	switch {
	case a == b:
		return 6
	case neighbours[[2]string{a, b}] || neighbours[[2]string{b, a}]:
		return 7
	}
	return 8
}

func region(c string) string {
	if r, ok := regionOf[c]; ok {
		return r
	}
	return "row"
}

// remotePrefixes are postal-code prefixes carriers charge a remote area surcharge for:
// Alaska, Hawaii and the US territories; Jeju, Ulleungdo and the Ongjin islands; the
// Northern Territory, the Kimberley and Pilbara and far north Queensland; the Scottish
// Highlands and islands, Northern Ireland and the Crown dependencies; Canada's territories.
var remotePrefixes = map[string][]string{
	"USA": {"995", "996", "997", "998", "999", "967", "968", "969", "006", "007", "008", "009"},
	"KOR": {"63", "402", "231"},
	"AUS": {"08", "67", "487", "488", "489"},
	"GBR": {"HS", "ZE", "KW", "IV", "BT", "IM", "JE", "GY"},
	"CAN": {"X", "Y"},
}

// remoteArea reports whether a destination is charged as remote.
func remoteArea(country, postal string) bool {
	p := postalKey(postal)
	for _, prefix := range remotePrefixes[country] {
		if strings.HasPrefix(p, prefix) {
			// A UK area code is letters only: "IV" must not match "IVY" but does match "IV2".
			if country == "GBR" && len(p) > len(prefix) && p[len(prefix)] >= 'A' && p[len(prefix)] <= 'Z' {
				continue
			}
			return true
		}
	}
	return false
}
