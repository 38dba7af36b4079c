package detect

import (
	"sort"
	"testing"
)

// s10 builds a valid S10 number from a service indicator, serial and country.
func s10(service, serial, country string) string {
	return withCheck(service+serial, func(s string) int { return refS10(s[2:]) }) + country
}

func TestS10(t *testing.T) {
	const f = "upu-s10"
	want := map[string]string{
		"KR": "kpost", "US": "usps", "GB": "royal-mail", "CN": "china-post",
		"JP": "japan-post", "DE": "deutsch-post", "FR": "la-poste-colissimo",
		"CA": "canada-post", "AU": "australia-post", "HK": "hong-kong-post",
		"SG": "singapore-post", "TW": "taiwan-post", "NL": "postnl-international",
	}
	var cases []detectCase
	for cc, slug := range want {
		n := s10("EE", "12345678", cc)
		cases = append(cases,
			detectCase{"valid " + cc, n, Hints{}, f, slug, true},
			detectCase{"mutated " + cc, n[:10] + mutateCheck(n[:11])[10:] + cc, Hints{}, f, slug, false})
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	cases = append(cases,
		detectCase{"public sample", "RR123456785GB", Hints{}, f, "royal-mail", true},
		detectCase{"royal mail domestic style", s10("AB", "00000008", "GB"), Hints{}, f, "royal-mail", true},
		detectCase{"special remainder 11->5", s10("CP", "00000015", "DE"), Hints{}, f, "deutsch-post", true},
		detectCase{"dhl ecommerce LX", s10("LX", "87654321", "DE"), Hints{}, f, "deutsch-post", true},
		detectCase{"lowercase spaced", "ee 12345678 5 kr", Hints{}, f, "kpost", true},
		detectCase{"unmapped country", s10("EE", "12345678", "XX"), Hints{}, f, "", false},
		detectCase{"digit in suffix", s10("EE", "12345678", "K1"), Hints{}, f, "", false},
		detectCase{"digit in service", s10("E1", "12345678", "KR"), Hints{}, f, "", false},
		detectCase{"short serial", "EE12345675KR", Hints{}, f, "", false},
		detectCase{"slug filter", s10("EE", "12345678", "KR"), Hints{Slugs: []string{"usps"}}, f, "", false},
	)
	runCases(t, cases)
}

func TestS10EveryCountryMaps(t *testing.T) {
	if len(s10Posts) < 20 {
		t.Fatalf("only %d S10 countries mapped", len(s10Posts))
	}
	for cc, p := range s10Posts {
		got := Detect(s10("RR", "24681357", cc), Hints{})
		if len(got) != 1 || got[0].Slug != p.slug || got[0].Format != "upu-s10" {
			t.Errorf("%s: got %+v, want %s", cc, got, p.slug)
		}
		if len(p.iso3) != 3 {
			t.Errorf("%s: bad ISO3 %q", cc, p.iso3)
		}
	}
}

func TestS10CountryHintBoost(t *testing.T) {
	n := s10("EE", "12345678", "KR")
	plain := Detect(n, Hints{})[0].Confidence
	hinted := Detect(n, Hints{OriginCountryISO3: "KOR"})[0].Confidence
	if hinted <= plain {
		t.Fatalf("KOR hint did not boost: %d vs %d", hinted, plain)
	}
}

func TestS10Country(t *testing.T) {
	if got := S10Country("rr 123456785 gb"); got != "GB" {
		t.Errorf("S10Country = %q, want GB", got)
	}
	if got := S10Country(s10("EE", "12345678", "XX")); got != "XX" {
		t.Errorf("S10Country unmapped = %q, want XX", got)
	}
	if got := S10Country("RR123456784GB"); got != "" {
		t.Errorf("S10Country(bad check) = %q, want empty", got)
	}
}
