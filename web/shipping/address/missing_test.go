package address

import (
	"testing"

	"github.com/waypost/waypost/web/carriers"
)

func TestMissingListsOnlyRequiredFields(t *testing.T) {
	tests := []struct {
		name string
		in   carriers.Address
		want string
	}{
		{"complete US address", addr("USA", "NY", "10001"), ""},
		{"format problems are not missing fields", addr("USA", "ZZ", "1"), ""},
		{"US needs state and ZIP code", carriers.Address{Street1: "1 Main St", City: "Boston", Country: "USA"}, "state:required postal_code:required"},
		{"KR needs no state", carriers.Address{Street1: "세종대로 110", City: "서울특별시 중구", PostalCode: "04524", Country: "KOR"}, ""},
		{"CN needs a province", carriers.Address{Street1: "1 Chang'an Ave", City: "Beijing", PostalCode: "100000", Country: "CHN"}, "state:required"},
		{"GB needs a postcode but no county", carriers.Address{Street1: "10 Downing St", City: "London", Country: "GBR"}, "postal_code:required"},
		{"blank fields count as missing", carriers.Address{Street1: "  ", City: "\t", PostalCode: " ", Country: "DEU"}, "street1:required city:required postal_code:required"},
		{"no country", carriers.Address{Street1: "1 Main St", City: "Boston"}, "country:required"},
		{"HK needs neither city nor postal code", carriers.Address{Street1: "1 Queen's Road Central", Country: "HKG"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := issueList(Missing(tt.in)); got != tt.want {
				t.Errorf("Missing = [%s], want [%s]", got, tt.want)
			}
		})
	}
}
