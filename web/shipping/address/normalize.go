package address

import (
	"strings"
	"unicode"

	"github.com/waypost/waypost/web/carriers"
)

// normalize tidies every field of a, resolves its country to alpha-3 and returns the
// rule for that country, plus the issue with the country itself if there is one.
func normalize(a carriers.Address) (carriers.Address, rule, *Issue) {
	n := carriers.Address{
		ContactName: collapse(a.ContactName),
		CompanyName: collapse(a.CompanyName),
		Street1:     collapse(a.Street1),
		Street2:     collapse(a.Street2),
		Street3:     collapse(a.Street3),
		City:        collapse(a.City),
		State:       collapse(a.State),
		PostalCode:  postalText(a.PostalCode),
		Phone:       collapse(narrow(a.Phone)),
		Email:       normalizeEmail(a.Email),
		Type:        strings.ToLower(collapse(a.Type)),
		TaxID:       collapse(a.TaxID),
		Fax:         collapse(narrow(a.Fax)),
	}
	var r rule
	var issue *Issue
	n.Country, r, issue = countryRule(collapse(a.Country))
	if r.format != nil && n.PostalCode != "" {
		n.PostalCode = r.format(n.PostalCode)
	}
	if r.states != nil {
		n.State = r.states.canonical(n.State)
	}
	return n, r, issue
}

// countryRule resolves the country and picks its rule. A country without one is only
// partially checked, which the address's status must say.
func countryRule(s string) (string, rule, *Issue) {
	iso3, issue := resolveCountry(s)
	if r, ok := rules[iso3]; ok {
		return iso3, r, issue
	}
	if issue == nil {
		issue = &Issue{Field: "country", Code: CodeUnknown, Message: "Waypost has no address rules for " +
			iso3 + ", so only the street, city and the general shape of the postal code were checked."}
	}
	return iso3, genericRule, issue
}

// resolveCountry turns a code or name into alpha-3. An unlisted three-letter code is kept
// (upper-cased) because it may be a real country Waypost has no data for; anything else
// it cannot read is invalid, since carriers need the code.
func resolveCountry(s string) (string, *Issue) {
	if s == "" {
		return "", &Issue{Field: "country", Code: CodeRequired,
			Message: "Country is required; use its ISO 3166-1 alpha-3 code, such as USA or KOR."}
	}
	if iso3 := carriers.CountryISO3(s); iso3 != "" {
		return iso3, nil
	}
	if len(s) == 3 && isASCIILetters(s) {
		return strings.ToUpper(s), nil
	}
	return s, &Issue{Field: "country", Code: CodeInvalid,
		Message: "Country " + quote(s) + " is not a country code or name Waypost recognises; " +
			"use its ISO 3166-1 alpha-3 code, such as USA or KOR."}
}

// collapse trims s and turns every run of white space (tabs, newlines, no-break and
// ideographic spaces included) into one ASCII space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// postalText is the country-independent part of postal code normalisation: full-width
// and dash look-alikes become ASCII, the Japanese postal mark goes, letters are upper-cased.
func postalText(s string) string {
	s = strings.ReplaceAll(narrow(s), "〒", "")
	return strings.ToUpper(collapse(s))
}

// narrow maps full-width ASCII forms (common in Japanese, Chinese and Korean input
// methods) and the dashes people type for a hyphen to their ASCII equivalents.
func narrow(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '！' && r <= '～':
			return r - '！' + '!'
		case r == 'ー' || r == '−' || (r >= '‐' && r <= '―'):
			return '-'
		}
		return r
	}, s)
}

// normalizeEmail lower-cases only the domain: the local part is case-sensitive in
// principle, even if few mail servers treat it so.
func normalizeEmail(s string) string {
	s = collapse(narrow(s))
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return s
	}
	return s[:at+1] + strings.ToLower(s[at+1:])
}

// compact drops the spaces and hyphens people put inside postal codes, for countries
// whose canonical form is then rebuilt by a layout.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, s)
}

func isASCIILetters(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func quote(s string) string { return "\u201c" + s + "\u201d" }
