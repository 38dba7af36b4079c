package detect

import "testing"

func TestAmazon(t *testing.T) {
	const f, slug = "amazon-tba", "amazon"
	runCases(t, []detectCase{
		{"TBA", "TBA123456789012", Hints{}, f, slug, true},
		{"TBC", "tbc 123456789012", Hints{}, f, slug, true},
		{"TBM", "TBM000000000001", Hints{}, f, slug, true},
		{"public TBM", "TBM502887274000", Hints{}, f, slug, true},
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

// LaserShip publishes no check digit, so its numbers are refused unless every
// fixed part of one of its forms matches. Public samples from
// jkeen/tracking_number_data couriers/lasership.json and its issue 4.
func TestLaserShip(t *testing.T) {
	const slug = "lasership"
	runCases(t, []detectCase{
		{"1LS 15", "1LS712345678901", Hints{}, "lasership-1ls", slug, true},
		{"1LS public 15", "1LS717793482164", Hints{}, "lasership-1ls", slug, true},
		{"1LS with piece suffix", "1LS7119013618127-1", Hints{}, "lasership-1ls", slug, true},
		{"1LS public 20", "1LS72301001401854622", Hints{}, "lasership-1ls", slug, true},
		{"1LS public 21", "1LS716317038000783263", Hints{}, "lasership-1ls", slug, true},
		{"1LS 14", "1LS71234567890", Hints{}, "lasership-1ls", "", false},
		{"1LS 16", "1LS7123456789012", Hints{}, "lasership-1ls", "", false},
		{"1LS letter", "1LS71234567890A", Hints{}, "lasership-1ls", "", false},
		{"1LS8", "1LS812345678901", Hints{}, "lasership-1ls", "", false},
		{"1LS73", "1LS732345678901", Hints{}, "lasership-1ls", "", false},
		{"1LX", "1LX734505321754", Hints{}, "lasership-1ls", "", false},
		{"1LSCX", "1LS CX VE00 58631Y", Hints{}, "lasership-1lscx", slug, true},
		{"1LSCZ", "1LSCZVE0058631Y", Hints{}, "lasership-1lscx", "", false},
		{"1LSCX short", "1LSCXVE0058631", Hints{}, "lasership-1lscx", "", false},
		{"LX", "LX12345678", Hints{}, "lasership-l", slug, true},
		{"LX public", "LX 176 35035", Hints{}, "lasership-l", slug, true},
		{"LI public", "LI12976442", Hints{}, "lasership-l", slug, true},
		{"LH public", "LH13830790", Hints{}, "lasership-l", slug, true},
		{"LE", "le 1234 5678", Hints{}, "lasership-l", slug, true},
		{"LN public", "LN30083672", Hints{}, "lasership-l", slug, true},
		{"LB not a LaserShip letter", "LB12345678", Hints{}, "lasership-l", "", false},
		{"LX 9 after letter", "LX92345678", Hints{}, "lasership-l", "", false},
		{"L digit", "L112345678", Hints{}, "lasership-l", "", false},
		{"LX 7 digits", "LX1234567", Hints{}, "lasership-l", "", false},
		{"LX letter tail", "LX1234567A", Hints{}, "lasership-l", "", false},
		{"XA", "XA17635036", Hints{}, "lasership-l", "", false},
	})
}

func TestOldDominion(t *testing.T) {
	const f, slug = "old-dominion", "old-dominion"
	var cases []detectCase
	for _, prefix := range []string{"072", "777", "778", "780"} {
		n := withCheck(prefix+"1234567", refLuhn)
		cases = append(cases,
			detectCase{"prefix " + prefix, n, Hints{}, f, slug, true},
			detectCase{"prefix " + prefix + " mutated", mutateCheck(n), Hints{}, f, slug, false})
	}
	g := withCheck("8012345678", refLuhn)
	cases = append(cases,
		detectCase{"guaranteed 80", g, Hints{}, f, slug, true},
		detectCase{"guaranteed 80 mutated", mutateCheck(g), Hints{}, f, slug, false},
		detectCase{"public", "07209562763", Hints{}, f, slug, true},
		detectCase{"public 777", "77767553207", Hints{}, f, slug, true},
		detectCase{"public 80", "80003280379", Hints{}, f, slug, true},
		detectCase{"public invalid", "07209562773", Hints{}, f, slug, false},
		detectCase{"other prefix", withCheck("7992739871", refLuhn), Hints{}, f, slug, false},
		detectCase{"10 digits", g[:10], Hints{}, f, slug, false},
	)
	runCases(t, cases)
}

func TestSpeeDeeAndGOFO(t *testing.T) {
	runCases(t, []detectCase{
		{"spee-dee", "SP029692510000920746", Hints{}, "spee-dee", "spee-dee", true},
		{"spee-dee spaced", "sp 0296 9245 0001 6076 39", Hints{}, "spee-dee", "spee-dee", true},
		{"spee-dee no prefix", "029692510000920746", Hints{}, "spee-dee", "", false},
		{"spee-dee SX", "SX029692510000920746", Hints{}, "spee-dee", "", false},
		{"spee-dee 17 digits", "SP02969251000092074", Hints{}, "spee-dee", "", false},
		{"gofo", "GFUS01011884214464", Hints{}, "gofo", "gofo-express", true},
		{"gofo 13 digits", "GFUS0101188421446", Hints{}, "gofo", "", false},
		{"gofo letter", "GFUS0101188421446A", Hints{}, "gofo", "", false},
		{"gofo other country", "GFCA01011884214464", Hints{}, "gofo", "", false},
	})
}

// The Amazon prefix names the country, so a Canadian hint boosts TBC only.
func TestAmazonCountryFromPrefix(t *testing.T) {
	can := Hints{OriginCountryISO3: "CAN", DestinationCountryISO3: "CAN"}
	tbc := findFormat(Detect("TBC123456789012", can), "amazon-tba")
	tba := findFormat(Detect("TBA123456789012", can), "amazon-tba")
	if tbc == nil || tba == nil || tbc.Confidence <= tba.Confidence {
		t.Fatalf("TBC %+v, TBA %+v: want TBC boosted by a Canadian hint", tbc, tba)
	}
}
