package address

import (
	"testing"

	"github.com/waypost/waypost/web/carriers"
)

func TestCountryIsResolvedToAlpha3(t *testing.T) {
	for in, want := range map[string]string{
		"USA": "USA", "us": "USA", "United States": "USA", "United States of America": "USA",
		" kr ": "KOR", "Korea, Republic of": "KOR", "South Korea": "KOR",
		"GB": "GBR", "UK": "GBR", "Great Britain": "GBR", "united  kingdom": "GBR",
		"DE": "DEU", "Germany": "DEU", "jp": "JPN", "CHN": "CHN", "Canada": "CAN", "AU": "AUS",
	} {
		got := Validate(carriers.Address{Country: in}).Address.Country
		if got != want {
			t.Errorf("country %q = %q, want %q", in, got, want)
		}
	}
}

func TestUnknownCountry(t *testing.T) {
	tests := []struct {
		name, country, wantCountry, status, issues string
	}{
		{"a listed country without rules", "Thailand", "THA", StatusPartiallyValid, "country:unknown_country"},
		{"an unlisted three-letter code is kept", "ken", "KEN", StatusPartiallyValid, "country:unknown_country"},
		{"a name Waypost cannot read", "Narnia", "Narnia", StatusInvalid, "country:invalid"},
		{"a two-letter code Waypost cannot map", "KE", "KE", StatusInvalid, "country:invalid"},
		{"no country at all", " ", "", StatusInvalid, "country:required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Validate(carriers.Address{Street1: "1 Moi Avenue", City: "Nairobi", PostalCode: "00100", Country: tt.country})
			if got.Address.Country != tt.wantCountry || got.Status != tt.status || issueList(got.Issues) != tt.issues {
				t.Errorf("Validate = %q %s [%s], want %q %s [%s]", got.Address.Country, got.Status,
					issueList(got.Issues), tt.wantCountry, tt.status, tt.issues)
			}
		})
	}
}

func TestGenericRulesForCountriesWithoutRules(t *testing.T) {
	tests := []struct {
		name   string
		in     carriers.Address
		issues string
	}{
		{"hyphenated code kept as typed", carriers.Address{Street1: "Brivibas iela 1", City: "Riga", PostalCode: "lv-1050", Country: "LVA"}, "country:unknown_country"},
		{"no postal code is fine", carriers.Address{Street1: "1 Main Road", City: "Accra", Country: "GHA"}, "country:unknown_country"},
		{"a postal code that is no postal code", carriers.Address{Street1: "1 Main Road", City: "Bangkok", PostalCode: "#10/200!", Country: "THA"}, "country:unknown_country postal_code:invalid"},
		{"street and city still required", carriers.Address{Country: "THA"}, "country:unknown_country street1:required city:required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Validate(tt.in)
			if issueList(got.Issues) != tt.issues {
				t.Errorf("issues = [%s], want [%s]: %+v", issueList(got.Issues), tt.issues, got.Issues)
			}
		})
	}
	if got := Validate(carriers.Address{Street1: "Brivibas iela 1", City: "Riga", PostalCode: "lv-1050", Country: "LVA"}); got.Address.PostalCode != "LV-1050" {
		t.Errorf("generic postal code = %q, want LV-1050", got.Address.PostalCode)
	}
}

func TestEveryFieldIsTidied(t *testing.T) {
	in := carriers.Address{
		ContactName: "  Jane\t Doe ", CompanyName: "Acme\u00a0 Inc", Street1: " 230 W  200 S\n LBBY ",
		Street2: " Suite  5 ", City: " Salt   Lake City ", State: " utah ", PostalCode: " 84101 ",
		Country: " usa ", Phone: " +1 (801)  555-0100 ", Email: " Jane.Doe@Example.COM ", Type: " Residential ",
	}
	want := carriers.Address{
		ContactName: "Jane Doe", CompanyName: "Acme Inc", Street1: "230 W 200 S LBBY", Street2: "Suite 5",
		City: "Salt Lake City", State: "UT", PostalCode: "84101", Country: "USA",
		Phone: "+1 (801) 555-0100", Email: "Jane.Doe@example.com", Type: "residential",
	}
	got := Validate(in)
	if got.Address != want {
		t.Errorf("normalised\n got %+v\nwant %+v", got.Address, want)
	}
	if got.Status != StatusValid {
		t.Errorf("status = %s: %+v", got.Status, got.Issues)
	}
}

func TestInvalidAddressIsStillNormalised(t *testing.T) {
	got := Validate(carriers.Address{Street1: " 1  Main St ", State: "california", PostalCode: "941031234", Country: "us"})
	if got.Status != StatusInvalid || issueList(got.Issues) != "city:required" {
		t.Fatalf("Validate = %s [%s]", got.Status, issueList(got.Issues))
	}
	if a := got.Address; a.Street1 != "1 Main St" || a.State != "CA" || a.PostalCode != "94103-1234" || a.Country != "USA" {
		t.Errorf("normalised = %+v", a)
	}
}
