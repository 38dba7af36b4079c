package detect

import "testing"

func TestCanadaPost(t *testing.T) {
	p16 := withCheck("123456789012345", refGS1)
	runCases(t, []detectCase{
		{"16", p16, Hints{}, "canada-post-16", "canada-post", true},
		{"16 public", "0073938000549297", Hints{}, "canada-post-16", "canada-post", true},
		{"16 mutated", mutateCheck(p16), Hints{}, "canada-post-16", "", false},
		{"16 public mutated", "0073938000549292", Hints{}, "canada-post-16", "", false},
		{"s10 CA", s10("RN", "13579246", "CA"), Hints{}, "upu-s10", "canada-post", true},
		{"12 with CAN hint", "401234567890", Hints{DestinationCountryISO3: "CAN"}, "canada-post-12", "canada-post", true},
		{"12 with slug hint", "401234567890", Hints{Slugs: []string{"canada-post"}}, "canada-post-12", "canada-post", true},
		{"12 without hint", "401234567890", Hints{}, "canada-post-12", "", false},
		{"12 with other country", "401234567890", Hints{OriginCountryISO3: "USA"}, "canada-post-12", "", false},
	})
}

func TestCanpar(t *testing.T) {
	const f, slug = "canpar", "canpar"
	var cases []detectCase
	for _, l := range "CDKLSUXZ" {
		cases = append(cases, detectCase{"letter " + string(l), string(l) + "576002440000001718010", Hints{}, f, slug, true})
	}
	cases = append(cases,
		detectCase{"public", "D576002440000001428004", Hints{}, f, slug, true},
		detectCase{"letter M", "M576002440000002510003", Hints{}, f, slug, false},
		detectCase{"no letter", "1576002440000002510003", Hints{}, f, slug, false},
		detectCase{"20 digits", "D57600244000000251000", Hints{}, f, slug, false},
	)
	runCases(t, cases)
}

func TestPurolator(t *testing.T) {
	n := withCheck("31234567890", refLuhn)
	runCases(t, []detectCase{
		{"12", n, Hints{}, "purolator-12", "purolator", true},
		{"12 public", "331426749957", Hints{}, "purolator-12", "purolator", true},
		{"12 public 2", "287809468872", Hints{}, "purolator-12", "purolator", true},
		{"12 mutated", mutateCheck(n), Hints{}, "purolator-12", "", false},
		{"12 public invalid", "320595463939", Hints{}, "purolator-12", "", false},
		{"12 first digit 6", withCheck("61234567890", refLuhn), Hints{}, "purolator-12", "", false},
		{"alpha", "KYV009956937", Hints{}, "purolator-alpha", "purolator", true},
		{"alpha public", "TLR000083964", Hints{}, "purolator-alpha", "purolator", true},
		{"alpha two letters", "KY009956937", Hints{}, "purolator-alpha", "", false},
		{"alpha 8 digits", "KYV00995693", Hints{}, "purolator-alpha", "", false},
	})
}

// A valid Purolator number is also a 12-digit Canada Post shape; with a
// Canadian hint the check-digit format ranks above the length-only one.
func TestPurolatorAboveCanadaPost12(t *testing.T) {
	got := Detect("331426749957", Hints{DestinationCountryISO3: "CAN"})
	p, cp := findFormat(got, "purolator-12"), findFormat(got, "canada-post-12")
	if p == nil || cp == nil || p.Confidence <= cp.Confidence || got[0].Slug != "purolator" {
		t.Fatalf("got %+v, want purolator first and canada-post-12 below it", got)
	}
}
