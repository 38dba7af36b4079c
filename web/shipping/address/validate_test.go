package address

import (
	"strings"
	"testing"

	"github.com/waypost/waypost/web/carriers"
)

// issueList renders issues as "field:code ..." so a table row can say which fields
// failed and how in one short string.
func issueList(issues []Issue) string {
	parts := make([]string, len(issues))
	for i, is := range issues {
		parts[i] = is.Field + ":" + is.Code
	}
	return strings.Join(parts, " ")
}

// addr is a complete address in country with the given state and postal code; the
// other fields are filled so that only what a row changes can fail.
func addr(country, state, postal string) carriers.Address {
	return carriers.Address{ContactName: "Jane Doe", Street1: "1 Example Street", City: "Example City",
		State: state, PostalCode: postal, Country: country}
}

func TestValidateCountryRules(t *testing.T) {
	tests := []struct {
		name   string
		in     carriers.Address
		status string
		issues string
		postal string // normalised postal code ("" when not checked)
		state  string // normalised state ("" when not checked)
	}{
		// United States
		{"US ZIP", addr("USA", "UT", "84101"), StatusValid, "", "84101", "UT"},
		{"US ZIP+4 gains its hyphen", addr("USA", "NY", "100011234"), StatusValid, "", "10001-1234", "NY"},
		{"US ZIP+4 with a space", addr("USA", "NY", "10001 1234"), StatusValid, "", "10001-1234", ""},
		{"US state name becomes its code", addr("USA", "new  york", "10001"), StatusValid, "", "", "NY"},
		{"US DC written with dots", addr("USA", "Washington, D.C.", "20500"), StatusValid, "", "", "DC"},
		{"US territory", addr("USA", "Puerto Rico", "00901"), StatusValid, "", "", "PR"},
		{"US military", addr("USA", "AE", "09001"), StatusValid, "", "", "AE"},
		{"US Fishers Island NY uses a CT prefix", addr("USA", "NY", "06390"), StatusValid, "", "", ""},
		{"US short ZIP", addr("USA", "NY", "1001"), StatusInvalid, "postal_code:invalid", "1001", ""},
		{"US letters in ZIP", addr("USA", "NY", "1000A"), StatusInvalid, "postal_code:invalid", "", ""},
		{"US ZIP from another state", addr("USA", "NY", "90210"), StatusPartiallyValid, "postal_code:mismatch", "", ""},
		{"US missing state", addr("USA", "", "10001"), StatusInvalid, "state:required", "", ""},
		{"US unknown state", addr("USA", "ZZ", "10001"), StatusInvalid, "state:invalid", "", "ZZ"},
		{"US missing ZIP", addr("USA", "NY", ""), StatusInvalid, "postal_code:required", "", ""},
		// Canada
		{"CA postal code spaced and upper-cased", addr("CAN", "ON", "k1a0b1"), StatusValid, "", "K1A 0B1", "ON"},
		{"CA province name", addr("CA", "British Columbia", "V6B 1A1"), StatusValid, "", "", "BC"},
		{"CA French province name", addr("CAN", "Québec", "H2X 1Y4"), StatusValid, "", "", "QC"},
		{"CA territories share X", addr("CAN", "NU", "X0A 0H0"), StatusValid, "", "", "NU"},
		{"CA letter never used first", addr("CAN", "ON", "W1A 0B1"), StatusInvalid, "postal_code:invalid", "", ""},
		{"CA postal code from another province", addr("CAN", "BC", "M5V 2T6"), StatusPartiallyValid, "postal_code:mismatch", "", ""},
		{"CA missing province", addr("CAN", "", "K1A 0B1"), StatusInvalid, "state:required", "", ""},
		// Australia
		{"AU", addr("AUS", "NSW", "2000"), StatusValid, "", "2000", "NSW"},
		{"AU state name", addr("Australia", "victoria", "3000"), StatusValid, "", "", "VIC"},
		{"AU Canberra", addr("AU", "ACT", "2600"), StatusValid, "", "", "ACT"},
		{"AU Darwin keeps its leading zero", addr("AU", "NT", "0800"), StatusValid, "", "0800", ""},
		{"AU postcode from another state", addr("AUS", "VIC", "2000"), StatusPartiallyValid, "postal_code:mismatch", "", ""},
		{"AU 5-digit postcode", addr("AUS", "NSW", "20000"), StatusInvalid, "postal_code:invalid", "", ""},
		{"AU missing state", addr("AUS", "", "2000"), StatusInvalid, "state:required", "", ""},
		// United Kingdom
		{"GB spaced", addr("GBR", "", "SW1A 1AA"), StatusValid, "", "SW1A 1AA", ""},
		{"GB unspaced lower case", addr("GB", "", "sw1a1aa"), StatusValid, "", "SW1A 1AA", ""},
		{"GB short outward code", addr("UK", "", "m11ae"), StatusValid, "", "M1 1AE", ""},
		{"GB Girobank", addr("GBR", "", "GIR0AA"), StatusValid, "", "GIR 0AA", ""},
		{"GB inward letters exclude C I K M O V", addr("GBR", "", "SW1A 1CA"), StatusInvalid, "postal_code:invalid", "", ""},
		{"GB US-style code", addr("GBR", "", "10001"), StatusInvalid, "postal_code:invalid", "", ""},
		{"GB needs no county", addr("GBR", "", "EC1A 1BB"), StatusValid, "", "", ""},
		// Japan
		{"JP gains its hyphen", addr("JPN", "", "1000001"), StatusValid, "", "100-0001", ""},
		{"JP full-width with postal mark", addr("JP", "", "〒１００－０００１"), StatusValid, "", "100-0001", ""},
		{"JP long-vowel mark as dash", addr("Japan", "", "100ー0001"), StatusValid, "", "100-0001", ""},
		{"JP 6 digits", addr("JPN", "", "100-001"), StatusInvalid, "postal_code:invalid", "", ""},
		// Germany, France, the Netherlands
		{"DE", addr("DEU", "", "10115"), StatusValid, "", "10115", ""},
		{"DE 4 digits", addr("DE", "", "1011"), StatusInvalid, "postal_code:invalid", "", ""},
		{"DE missing postal code", addr("DEU", "", ""), StatusInvalid, "postal_code:required", "", ""},
		{"FR", addr("FRA", "", "75 001"), StatusValid, "", "75001", ""},
		{"FR letters", addr("France", "", "75OO1"), StatusInvalid, "postal_code:invalid", "", ""},
		{"NL gains its space", addr("NLD", "", "1012ab"), StatusValid, "", "1012 AB", ""},
		{"NL leading zero", addr("NL", "", "0123 AB"), StatusInvalid, "postal_code:invalid", "", ""},
		// China
		{"CN", addr("CHN", "Beijing", "100000"), StatusValid, "", "100000", "Beijing"},
		{"CN province in Chinese", addr("China", "广东省", "510000"), StatusValid, "", "", "广东省"},
		{"CN missing province", addr("CHN", "", "100000"), StatusInvalid, "state:required", "", ""},
		{"CN 5 digits", addr("CHN", "Beijing", "10000"), StatusInvalid, "postal_code:invalid", "", ""},
		// Countries without postal codes, optional ones, city-states
		{"HK has no postal codes", carriers.Address{Street1: "1 Queen's Road", Country: "HKG"}, StatusValid, "", "", ""},
		{"IE Eircode optional", addr("IRL", "", ""), StatusValid, "", "", ""},
		{"IE Eircode spaced", addr("IRL", "", "d02x285"), StatusValid, "", "D02 X285", ""},
		{"SG needs no city", carriers.Address{Street1: "1 Raffles Place", PostalCode: "048616", Country: "SGP"}, StatusValid, "", "", ""},
		{"BR CEP gains its hyphen", addr("BRA", "SP", "01310100"), StatusValid, "", "01310-100", ""},
		{"SE gains its space", addr("SWE", "", "11122"), StatusValid, "", "111 22", ""},
		{"ES province prefix 53 does not exist", addr("ESP", "", "53001"), StatusInvalid, "postal_code:invalid", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Validate(tt.in)
			if got.Status != tt.status || issueList(got.Issues) != tt.issues {
				t.Fatalf("Validate = %s [%s], want %s [%s]; issues %+v", got.Status, issueList(got.Issues), tt.status, tt.issues, got.Issues)
			}
			if tt.postal != "" && got.Address.PostalCode != tt.postal {
				t.Errorf("postal code = %q, want %q", got.Address.PostalCode, tt.postal)
			}
			if tt.state != "" && got.Address.State != tt.state {
				t.Errorf("state = %q, want %q", got.Address.State, tt.state)
			}
		})
	}
}
