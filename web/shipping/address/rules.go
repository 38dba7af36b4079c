package address

import (
	"regexp"
	"strings"
)

// rule is what Waypost knows about addresses in one country.
type rule struct {
	// name is the country as it reads in a sentence ("the United States"); "" for the
	// generic rule, whose messages then name no country.
	name string
	// postalWord is what the country calls its postal codes ("ZIP code", "postcode").
	postalWord string
	// postal is the canonical postal code pattern; nil when the country has no postal codes.
	postal *regexp.Regexp
	// example is shown after "expected" when a postal code does not match.
	example string
	// hint, when set, explains a common mistake after the expected form.
	hint string
	// format rebuilds the canonical form of a postal code that has been through
	// postalText; nil keeps it as typed, for countries whose separators carry meaning.
	format func(string) string
	// optionalPostal is for countries whose codes exist but are often left out (Ireland).
	optionalPostal bool
	// optionalCity is for city-states, where the city repeats the country.
	optionalCity bool
	// stateWord, when set, makes the state required and names it in messages.
	stateWord string
	// states, when set, lists the only accepted state codes.
	states *subdivisions
}

func (r rule) where() string {
	if r.name == "" {
		return ""
	}
	return " for addresses in " + r.name
}

func (r rule) postalLabel() string {
	if r.postalWord == "" {
		return "Postal code"
	}
	return strings.ToUpper(r.postalWord[:1]) + r.postalWord[1:]
}

// genericRule applies to countries without a rule: postal codes are optional and only
// need to look like one, since about sixty countries have none.
var genericRule = rule{
	postal:         anchored(`[A-Z0-9](?:[A-Z0-9]|[ -][A-Z0-9]){1,9}`),
	example:        "2 to 10 letters or digits",
	optionalPostal: true,
}

// gbPostcode is the Royal Mail format: an outward code (area and district) then an
// inward code (sector digit and two unit letters, never C, I, K, M, O or V).
const gbPostcode = `(?:GIR 0AA|[A-PR-UWYZ](?:\d\d?|[A-HK-Y]\d\d?|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY]) \d[ABD-HJLNP-UW-Z]{2})`

// rules is keyed by ISO 3166-1 alpha-3 code.
var rules = map[string]rule{
	"USA": {name: "the United States", postalWord: "ZIP code", postal: anchored(`\d{5}(?:-\d{4})?`),
		example: "12345 or ZIP+4 12345-6789", format: layout("#####-####"),
		stateWord: "state", states: usStates},
	"CAN": {name: "Canada", postal: anchored(`[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d`),
		example: "letter-digit-letter digit-letter-digit, like K1A 0B1", format: layout("### ###"),
		stateWord: "province or territory", states: caProvinces},
	"AUS": {name: "Australia", postalWord: "postcode", postal: anchored(`\d{4}`),
		example: "4 digits, like 2000", format: compact,
		stateWord: "state or territory", states: auStates},
	"GBR": {name: "the United Kingdom", postalWord: "postcode", postal: anchored(gbPostcode),
		example: "an outward and an inward code, like SW1A 1AA", format: layout("## ###", "### ###", "#### ###")},
	"KOR": {name: "South Korea", postal: anchored(`\d{5}`), example: "5 digits, like 03187", format: compact,
		hint: "Korean postal codes have had 5 digits since August 2015; the old 6-digit codes are no longer used."},
	"JPN": {name: "Japan", postal: anchored(`\d{3}-\d{4}`), example: "7 digits, like 100-0001", format: layout("###-####")},
	"CHN": {name: "China", postal: anchored(`\d{6}`), example: "6 digits, like 100000", format: compact,
		stateWord: "province"},
	"NLD": {name: "the Netherlands", postal: anchored(`[1-9]\d{3} [A-Z]{2}`),
		example: "4 digits and 2 letters, like 1012 AB", format: layout("#### ##")},
	"SWE": {name: "Sweden", postal: anchored(`[1-9]\d{2} \d{2}`), example: "5 digits, like 111 22", format: layout("### ##")},
	"BRA": {name: "Brazil", postalWord: "CEP", postal: anchored(`\d{5}-\d{3}`),
		example: "8 digits, like 01310-100", format: layout("#####-###")},
	"IND": {name: "India", postalWord: "PIN code", postal: anchored(`[1-9]\d{5}`),
		example: "6 digits, like 110001", format: compact},
	"SGP": {name: "Singapore", postal: anchored(`\d{6}`), example: "6 digits, like 018956", format: compact,
		optionalCity: true},
	"HKG": {name: "Hong Kong", optionalCity: true},
	"IRL": {name: "Ireland", postalWord: "Eircode", postal: anchored(`(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}`),
		example: "a routing key and 4 characters, like D02 X285", format: layout("### ####"), optionalPostal: true},
	"DEU": numeric("Germany", `\d{5}`, "5 digits, like 10115"),
	"FRA": numeric("France", `\d{5}`, "5 digits, like 75001"),
	"ITA": numeric("Italy", `\d{5}`, "5 digits, like 00184"),
	"ESP": numeric("Spain", `(?:0[1-9]|[1-4]\d|5[0-2])\d{3}`, "5 digits, like 28013"),
	"MEX": numeric("Mexico", `\d{5}`, "5 digits, like 06600"),
	"AUT": numeric("Austria", `[1-9]\d{3}`, "4 digits, like 1010"),
	"BEL": numeric("Belgium", `[1-9]\d{3}`, "4 digits, like 1000"),
	"CHE": numeric("Switzerland", `[1-9]\d{3}`, "4 digits, like 8001"),
	"NZL": numeric("New Zealand", `\d{4}`, "4 digits, like 6011"),
	"TWN": numeric("Taiwan", `\d{3}(?:\d{2,3})?`, "3, 5 or 6 digits, like 100 or 10048"),
}

// numeric is the common rule: postal codes of digits only, which people type with stray
// spaces or hyphens, and no state required.
func numeric(name, pattern, example string) rule {
	return rule{name: name, postal: anchored(pattern), example: example, format: compact}
}

func anchored(pattern string) *regexp.Regexp { return regexp.MustCompile(`^` + pattern + `$`) }

// layout rebuilds a postal code from its characters: after spaces and hyphens are dropped,
// the first pattern with as many '#' as the code has characters places the separators.
// Codes of any other length stay compacted, for the pattern check to reject.
func layout(patterns ...string) func(string) string {
	return func(s string) string {
		c := []rune(compact(s))
		for _, p := range patterns {
			if strings.Count(p, "#") != len(c) {
				continue
			}
			var b strings.Builder
			i := 0
			for _, ch := range p {
				if ch == '#' {
					b.WriteRune(c[i])
					i++
				} else {
					b.WriteRune(ch)
				}
			}
			return b.String()
		}
		return string(c)
	}
}
