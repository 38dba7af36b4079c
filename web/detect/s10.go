package detect

import "sort"

// UPU S10 international item identifiers: 2-letter service indicator (e.g.
// "EE" EMS, "RR" registered, "CP" parcel, "LX" tracked packet) + 8-digit
// serial + 1 check digit + ISO 3166 alpha-2 country of the issuing post.
// The country suffix names the post that issued the number, so it picks the
// slug. Royal Mail's domestic tracked numbers ("AB123456789GB") use this same
// structure and check digit, so they need no separate format. DHL eCommerce
// "LX…/RX…" numbers with a country suffix are S10 too and go to that post.

type s10Post struct {
	slug string // AfterShip slug of the national post
	iso3 string // ISO 3166 alpha-3, for origin/destination hint boosts
}

// s10Posts maps the S10 country suffix to the issuing post. Suffixes not
// listed here still have a valid structure, but we cannot name a courier, so
// they are not reported.
var s10Posts = map[string]s10Post{
	"AT": {"austrian-post-registered", "AUT"},
	"AU": {"australia-post", "AUS"},
	"BE": {"bpost", "BEL"},
	"BR": {"brazil-correios", "BRA"},
	"CA": {"canada-post", "CAN"},
	"CH": {"swiss-post", "CHE"},
	"CN": {"china-post", "CHN"},
	"CZ": {"ceska-posta", "CZE"},
	"DE": {"deutsch-post", "DEU"},
	"DK": {"danmark-post", "DNK"},
	"ES": {"spain-correos-es", "ESP"},
	"FI": {"posti", "FIN"},
	"FR": {"la-poste-colissimo", "FRA"},
	"GB": {"royal-mail", "GBR"},
	"HK": {"hong-kong-post", "HKG"},
	"ID": {"pos-indonesia", "IDN"},
	"IE": {"an-post", "IRL"},
	"IL": {"israel-post", "ISR"},
	"IN": {"india-post", "IND"},
	"IT": {"poste-italiane", "ITA"},
	"JP": {"japan-post", "JPN"},
	"KR": {"kpost", "KOR"},
	"MX": {"correos-de-mexico", "MEX"},
	"MY": {"malaysia-post", "MYS"},
	"NL": {"postnl-international", "NLD"},
	"NO": {"posten-norge", "NOR"},
	"NZ": {"new-zealand-post", "NZL"},
	"PH": {"phlpost", "PHL"},
	"PL": {"poczta-polska", "POL"},
	"PT": {"portugal-ctt", "PRT"},
	"RU": {"russian-post", "RUS"},
	"SE": {"sweden-posten", "SWE"},
	"SG": {"singapore-post", "SGP"},
	"TH": {"thailand-post", "THA"},
	"TR": {"ptt-posta", "TUR"},
	"TW": {"taiwan-post", "TWN"},
	"UA": {"ukrposhta", "UKR"},
	"US": {"usps", "USA"},
	"VN": {"vnpost", "VNM"},
	"ZA": {"sapo", "ZAF"},
}

var specS10 = &spec{Format: Format{
	Name:  "upu-s10",
	Slugs: s10Slugs(),
	Description: "UPU S10: 2 letters + 8-digit serial + check digit + ISO country; " +
		"weights 8,6,4,2,3,5,9,7, check = 11 - sum % 11 (10 -> 0, 11 -> 5); the country picks the national post",
	Example:    "EE123456785KR",
	CheckDigit: true,
}, conf: 96}

// s10Slugs lists the slugs S10 can yield, sorted, for Formats.
func s10Slugs() []string {
	out := make([]string, 0, len(s10Posts))
	for _, p := range s10Posts {
		out = append(out, p.slug)
	}
	sort.Strings(out)
	return out
}

// S10Country returns the ISO 3166 alpha-2 suffix of a valid S10 number
// (after Normalize), or "" when the number is not a valid S10 identifier.
// It does not require the country to be in Waypost's table.
func S10Country(number string) string {
	var buf [maxNumberLen]byte
	n, ok := normalizeInto(&buf, number)
	if !ok || !validS10(n) {
		return ""
	}
	return string(n[11:13])
}

func validS10(n []byte) bool {
	return s10Shape(n) && digit(n[10]) == s10Check(n[2:10])
}

// s10Shape reports the S10 structure without checking the check digit.
// Pattern-only formats whose prefixes overlap S10 service indicators ("MI",
// "CN", "HK" …) skip numbers of this shape, so an S10 number with a wrong
// check digit is refused rather than reported as something weaker.
func s10Shape(n []byte) bool {
	return len(n) == 13 && allUpper(n[:2]) && allDigits(n[2:11]) && allUpper(n[11:])
}

func matchS10(n []byte, c *collector) {
	if !validS10(n) {
		return
	}
	p, ok := s10Posts[string(n[11:13])] // string(bytes) in a map index does not allocate
	if !ok {
		return
	}
	c.emit(specS10, p.slug, p.iso3, specS10.conf)
}
