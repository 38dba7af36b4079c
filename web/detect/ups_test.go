package detect

import "testing"

func TestUPS(t *testing.T) {
	valid := withCheck("1ZA1B2C3031234567", func(s string) int { return refUPS(s[2:]) })
	letters := withCheck("1ZX9Y8W7AA0000001", func(s string) int { return refUPS(s[2:]) })
	const f, slug = "ups-1z", "ups"
	runCases(t, []detectCase{
		{"computed", valid, Hints{}, f, slug, true},
		{"computed letters", letters, Hints{}, f, slug, true},
		{"public sample", "1Z999AA10123456784", Hints{}, f, slug, true},
		{"lowercase spaced", "1z 999 aa1 0123 4567 84", Hints{}, f, slug, true},
		{"mutated check", mutateCheck(valid), Hints{}, f, slug, false},
		{"mutated public", "1Z999AA10123456785", Hints{}, f, slug, false},
		{"too short", valid[:17], Hints{}, f, slug, false},
		{"too long", valid + "0", Hints{}, f, slug, false},
		{"wrong prefix", "2Z" + valid[2:], Hints{}, f, slug, false},
		{"letter check digit", valid[:17] + "A", Hints{}, f, slug, false},
		{"filtered out by slugs", valid, Hints{Slugs: []string{"fedex"}}, f, slug, false},
	})
}

func TestUPSConfidenceIsTop(t *testing.T) {
	got := Detect("1Z999AA10123456784", Hints{})
	if len(got) != 1 || got[0].Confidence < 90 || !got[0].CheckDigit {
		t.Fatalf("got %+v, want one high-confidence ups candidate", got)
	}
}

func TestUPSWaybill(t *testing.T) {
	const f, slug = "ups-waybill", "ups"
	var cases []detectCase
	for _, l := range "AHJKTV" {
		n := withCheck(string(l)+"123456789", func(s string) int { return refUPS(s[1:]) })
		cases = append(cases,
			detectCase{"letter " + string(l), n, Hints{}, f, slug, true},
			detectCase{"letter " + string(l) + " mutated", mutateCheck(n), Hints{}, f, slug, false})
	}
	cases = append(cases,
		detectCase{"public K", "K 150 623 562 0", Hints{}, f, slug, true},
		detectCase{"public J", "J4603636537", Hints{}, f, slug, true},
		detectCase{"public V", "V0431105627", Hints{}, f, slug, true},
		detectCase{"public invalid", "K2479825492", Hints{}, f, slug, false},
		detectCase{"public invalid V", "V0411335627", Hints{}, f, slug, false},
		detectCase{"letter B", "B1506235620", Hints{}, f, slug, false},
		detectCase{"9 digits", "K150623562", Hints{}, f, slug, false},
		detectCase{"letter check", "K150623562A", Hints{}, f, slug, false},
	)
	runCases(t, cases)
}

func TestUPSMailInnovations(t *testing.T) {
	const slug = "ups-mi"
	runCases(t, []detectCase{
		{"package id", "MI123456ORDER7788", Hints{}, "ups-mi", slug, true},
		{"package id 22", "MI654321" + "ABCDEFGHIJ0123456789XY", Hints{}, "ups-mi", slug, true},
		{"package id 1", "MI6543217", Hints{}, "ups-mi", slug, true},
		{"package id 23", "MI654321" + "ABCDEFGHIJ0123456789XYZ", Hints{}, "ups-mi", slug, false},
		{"letter in customer number", "MI12345AORDER7788", Hints{}, "ups-mi", slug, false},
		{"no package id", "MI123456", Hints{}, "ups-mi", slug, false},
		// MI is also an S10 service indicator: an S10-shaped number is the post's.
		{"s10 shape", s10("MI", "12345678", "US"), Hints{}, "ups-mi", slug, false},
		{"sequence with USA hint", "712345678901234567", Hints{OriginCountryISO3: "USA"}, "ups-mi-sequence-18", slug, true},
		{"sequence with slug hint", "712345678901234567", Hints{Slugs: []string{"ups-mi"}}, "ups-mi-sequence-18", slug, true},
		{"sequence without hint", "712345678901234567", Hints{}, "ups-mi-sequence-18", slug, false},
		{"sequence 17 digits", "71234567890123456", Hints{Slugs: []string{"ups-mi"}}, "ups-mi-sequence-18", slug, false},
	})
}
