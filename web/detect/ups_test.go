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
