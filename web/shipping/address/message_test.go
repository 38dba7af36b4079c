package address

import (
	"testing"

	"github.com/waypost/waypost/web/carriers"
)

// The messages are shown to merchants as they are, next to the field or in the API's
// error details, so they are checked word for word.
func TestMessagesNameTheFieldAndWhatIsExpected(t *testing.T) {
	tests := []struct {
		name string
		in   carriers.Address
		want string
	}{
		{"US ZIP pattern", addr("USA", "NY", "1234"),
			"ZIP code “1234” is not valid for addresses in the United States; expected 12345 or ZIP+4 12345-6789."},
		{"US ZIP from another state", addr("USA", "New York", "90210"),
			"ZIP code 90210 is not in New York (NY); it belongs to California (CA)."},
		{"ZIP prefix shared by several territories", addr("USA", "HI", "96910"),
			"ZIP code 96910 is not in Hawaii (HI); it belongs to Guam (GU), Northern Mariana Islands (MP), Federated States of Micronesia (FM), Marshall Islands (MH) or Palau (PW)."},
		{"unused ZIP prefix", addr("USA", "MD", "42901"), "ZIP code 42901 is not in Maryland (MD)."},
		{"US state missing", addr("USA", "", "10001"),
			"State is required for addresses in the United States; use its two-letter USPS code, such as NY."},
		{"US state unknown", addr("USA", "Nwe York", "10001"),
			"State “Nwe York” is not a US state; use its two-letter USPS code, such as NY."},
		{"CA province unknown", addr("CAN", "XX", "K1A 0B1"),
			"Province or territory “XX” is not a Canadian province or territory; use its two-letter code, such as ON."},
		{"AU postcode from another state", addr("AUS", "QLD", "3000"),
			"Postcode 3000 is not in Queensland (QLD); it belongs to Victoria (VIC)."},
		{"GB postcode", addr("GBR", "", "SW1A"),
			"Postcode “SW1A” is not valid for addresses in the United Kingdom; expected an outward and an inward code, like SW1A 1AA."},
		{"DE street missing", carriers.Address{City: "Berlin", PostalCode: "10115", Country: "DEU"},
			"Street address (street1) is required for addresses in Germany."},
		{"CN province missing", addr("CHN", "", "100000"), "Province is required for addresses in China."},
		{"country without rules", addr("VNM", "", "700000"),
			"Waypost has no address rules for VNM, so only the street, city and the general shape of the postal code were checked."},
		{"generic postal code", addr("VNM", "", "7"), "Postal code “7” is not valid; expected 2 to 10 letters or digits."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			issues := Validate(tt.in).Issues
			for _, is := range issues {
				if is.Message == tt.want {
					return
				}
			}
			t.Errorf("no issue says %q; got %+v", tt.want, issues)
		})
	}
}
