package detect

import "testing"

func TestAmazon(t *testing.T) {
	const f, slug = "amazon-tba", "amazon"
	runCases(t, []detectCase{
		{"TBA", "TBA123456789012", Hints{}, f, slug, true},
		{"TBC", "tbc 123456789012", Hints{}, f, slug, true},
		{"TBM", "TBM000000000001", Hints{}, f, slug, true},
		{"amazon group", "TBA123456789012", Hints{SlugGroup: "amazon-group"}, f, slug, true},
		{"TBB", "TBB123456789012", Hints{}, f, slug, false},
		{"11 digits", "TBA12345678901", Hints{}, f, slug, false},
		{"letter in digits", "TBA12345678901A", Hints{}, f, slug, false},
	})
	got := Detect("TBA123456789012", Hints{})
	if len(got) != 1 || got[0].CheckDigit || got[0].Confidence > patternCap {
		t.Errorf("amazon candidate = %+v, want one pattern-only candidate", got)
	}
}

func TestOnTrac(t *testing.T) {
	c := withCheck("C1234567890123", refUPS)
	d := withCheck("D1001135445370", refUPS)
	const f, slug = "ontrac", "ontrac"
	runCases(t, []detectCase{
		{"C", c, Hints{}, f, slug, true},
		{"D", d, Hints{}, f, slug, true},
		{"public C", "C11031500001879", Hints{}, f, slug, true},
		{"public D", "D10011354453707", Hints{}, f, slug, true},
		{"C mutated", mutateCheck(c), Hints{}, f, slug, false},
		{"D mutated", mutateCheck(d), Hints{}, f, slug, false},
		{"public mutated", "C11031500001889", Hints{}, f, slug, false},
		{"wrong letter", "E" + c[1:], Hints{}, f, slug, false},
		{"short", c[:14], Hints{}, f, slug, false},
	})
}

func TestLaserShip(t *testing.T) {
	runCases(t, []detectCase{
		{"1LS 15", "1LS712345678901", Hints{}, "lasership-1ls", "lasership", true},
		{"1LS with piece suffix", "1LS7119013618127-1", Hints{}, "lasership-1ls", "lasership", true},
		{"1LS 14", "1LS71234567890", Hints{}, "lasership-1ls", "", false},
		{"1LS letter", "1LS71234567890A", Hints{}, "lasership-1ls", "", false},
		{"LX", "LX12345678", Hints{}, "lasership-l", "lasership", true},
		{"LE", "le 1234 5678", Hints{}, "lasership-l", "lasership", true},
		{"L digit", "L112345678", Hints{}, "lasership-l", "", false},
		{"LX 7 digits", "LX1234567", Hints{}, "lasership-l", "", false},
		{"LX letter tail", "LX1234567A", Hints{}, "lasership-l", "", false},
	})
}

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
