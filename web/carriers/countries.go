package carriers

import (
	"strings"
	"time"
)

// country is one country as carriers name it: ISO 3166 alpha-2 and alpha-3 codes, the
// upper-case English name postal systems print, and its zone when the whole country keeps
// one time (carriers that send naive local times leave Waypost to supply the offset).
type country struct{ iso2, iso3, name, zone string }

// countries covers the countries Waypost's carriers report most; others keep their name
// and no code rather than a guessed one.
var countries = []country{
	{"AE", "ARE", "UNITED ARAB EMIRATES", "Asia/Dubai"},
	{"AR", "ARG", "ARGENTINA", "America/Argentina/Buenos_Aires"},
	{"AT", "AUT", "AUSTRIA", "Europe/Vienna"},
	{"AU", "AUS", "AUSTRALIA", ""},
	{"BD", "BGD", "BANGLADESH", "Asia/Dhaka"},
	{"BE", "BEL", "BELGIUM", "Europe/Brussels"},
	{"BG", "BGR", "BULGARIA", "Europe/Sofia"},
	{"BR", "BRA", "BRAZIL", ""},
	{"CA", "CAN", "CANADA", ""},
	{"CH", "CHE", "SWITZERLAND", "Europe/Zurich"},
	{"CL", "CHL", "CHILE", "America/Santiago"},
	{"CN", "CHN", "CHINA", "Asia/Shanghai"},
	{"CO", "COL", "COLOMBIA", "America/Bogota"},
	{"CZ", "CZE", "CZECH REPUBLIC", "Europe/Prague"},
	{"DE", "DEU", "GERMANY", "Europe/Berlin"},
	{"DK", "DNK", "DENMARK", "Europe/Copenhagen"},
	{"EG", "EGY", "EGYPT", "Africa/Cairo"},
	{"ES", "ESP", "SPAIN", "Europe/Madrid"},
	{"FI", "FIN", "FINLAND", "Europe/Helsinki"},
	{"FR", "FRA", "FRANCE", "Europe/Paris"},
	{"GB", "GBR", "UNITED KINGDOM", "Europe/London"},
	{"GR", "GRC", "GREECE", "Europe/Athens"},
	{"HK", "HKG", "HONG KONG", "Asia/Hong_Kong"},
	{"HU", "HUN", "HUNGARY", "Europe/Budapest"},
	{"ID", "IDN", "INDONESIA", ""},
	{"IE", "IRL", "IRELAND", "Europe/Dublin"},
	{"IL", "ISR", "ISRAEL", "Asia/Jerusalem"},
	{"IN", "IND", "INDIA", "Asia/Kolkata"},
	{"IT", "ITA", "ITALY", "Europe/Rome"},
	{"JP", "JPN", "JAPAN", "Asia/Tokyo"},
	{"KR", "KOR", "KOREA, REPUBLIC OF", "Asia/Seoul"},
	{"LU", "LUX", "LUXEMBOURG", "Europe/Luxembourg"},
	{"MO", "MAC", "MACAO", "Asia/Macau"},
	{"MX", "MEX", "MEXICO", ""},
	{"MY", "MYS", "MALAYSIA", "Asia/Kuala_Lumpur"},
	{"NL", "NLD", "NETHERLANDS", "Europe/Amsterdam"},
	{"NO", "NOR", "NORWAY", "Europe/Oslo"},
	{"NZ", "NZL", "NEW ZEALAND", "Pacific/Auckland"},
	{"PH", "PHL", "PHILIPPINES", "Asia/Manila"},
	{"PK", "PAK", "PAKISTAN", "Asia/Karachi"},
	{"PL", "POL", "POLAND", "Europe/Warsaw"},
	{"PT", "PRT", "PORTUGAL", ""},
	{"RO", "ROU", "ROMANIA", "Europe/Bucharest"},
	{"RU", "RUS", "RUSSIA", ""},
	{"SA", "SAU", "SAUDI ARABIA", "Asia/Riyadh"},
	{"SE", "SWE", "SWEDEN", "Europe/Stockholm"},
	{"SG", "SGP", "SINGAPORE", "Asia/Singapore"},
	{"SK", "SVK", "SLOVAKIA", "Europe/Bratislava"},
	{"TH", "THA", "THAILAND", "Asia/Bangkok"},
	{"TR", "TUR", "TURKEY", "Europe/Istanbul"},
	{"TW", "TWN", "TAIWAN", "Asia/Taipei"},
	{"UA", "UKR", "UKRAINE", "Europe/Kyiv"},
	{"US", "USA", "UNITED STATES", ""},
	{"VN", "VNM", "VIETNAM", "Asia/Ho_Chi_Minh"},
	{"ZA", "ZAF", "SOUTH AFRICA", "Africa/Johannesburg"},
}

// countryAliases are other spellings carriers use for the same countries.
var countryAliases = map[string]string{
	"SOUTH KOREA": "KOR", "KOREA": "KOR", "KOREA, SOUTH": "KOR", "REPUBLIC OF KOREA": "KOR", "대한민국": "KOR",
	"UNITED STATES OF AMERICA": "USA", "USA": "USA", "U.S.A.": "USA",
	"GREAT BRITAIN": "GBR", "UK": "GBR", "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND": "GBR",
	"CHINA, PEOPLE'S REPUBLIC": "CHN", "PEOPLE'S REPUBLIC OF CHINA": "CHN", "RUSSIAN FEDERATION": "RUS",
	"CZECHIA": "CZE", "TAIWAN, PROVINCE OF CHINA": "TWN", "VIET NAM": "VNM", "THE NETHERLANDS": "NLD",
	"HONG KONG SAR, CHINA": "HKG", "TÜRKIYE": "TUR", "TURKIYE": "TUR",
}

var countryIndex = func() map[string]int {
	m := make(map[string]int, 3*len(countries))
	for i, c := range countries {
		m[c.iso2], m[c.iso3], m[c.name] = i, i, i
	}
	for alias, iso3 := range countryAliases {
		m[alias] = m[iso3]
	}
	return m
}()

func lookupCountry(s string) (country, bool) {
	i, ok := countryIndex[strings.ToUpper(strings.TrimSpace(s))]
	if !ok {
		return country{}, false
	}
	return countries[i], true
}

// CountryISO3 reads a country code (alpha-2 or alpha-3) or name as carriers print it
// ("KR", "KOREA, REPUBLIC OF", "South Korea") and returns its alpha-3 code, or "".
func CountryISO3(s string) string {
	c, _ := lookupCountry(s)
	return c.iso3
}

// CountryZone is the zone of a country that keeps one time, or nil for countries spanning
// several zones (USA, Canada, Brazil...) and for unknown countries.
func CountryZone(s string) *time.Location {
	c, ok := lookupCountry(s)
	if !ok || c.zone == "" {
		return nil
	}
	return Zone(c.zone)
}

// CountryISO2 is CountryISO3's counterpart for APIs that want alpha-2 codes; "" when unknown.
func CountryISO2(s string) string {
	c, _ := lookupCountry(s)
	return c.iso2
}
