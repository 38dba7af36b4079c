package detect

import (
	"math/rand/v2"
	"testing"
)

// Confidence bands keep the ranking rule by construction: check-digit formats
// start at 80 or more, pattern-only ones are capped at patternCap (75).
func TestConfidenceBands(t *testing.T) {
	for _, s := range allSpecs {
		if s.CheckDigit && s.conf < 80 {
			t.Errorf("%s: check-digit format at confidence %d, want >= 80", s.Name, s.conf)
		}
		if !s.CheckDigit && s.conf > patternCap {
			t.Errorf("%s: pattern-only format at confidence %d, want <= %d", s.Name, s.conf, patternCap)
		}
	}
}

// Numbers that fit both a check-digit format and a length-only one, under
// the hints that boost the length-only carrier most: the check digit wins.
func TestCheckDigitFormatsRankAboveLengthOnly(t *testing.T) {
	cases := []struct {
		number       string
		hints        Hints
		checked, len string
	}{
		{withCheck("512345678", refMod7), korHint, "cjlogistics-10", "cupost"},
		{withCheck("65123456789", refMod7), korHint, "cjlogistics-12", "hanjin"},
		{"331426749957", Hints{OriginCountryISO3: "CAN", DestinationCountryISO3: "CAN"}, "purolator-12", "canada-post-12"},
		{withCheck("312345678", refMod7), Hints{DestinationCountryISO3: "GBR", OriginCountryISO3: "GBR"}, "dhl-express-10", "dpd-uk-10"},
		{withCheck("00614141999999999", refGS1), Hints{OriginCountryISO3: "USA", DestinationCountryISO3: "USA"}, "fedex-sscc-18", "ups-mi-sequence-18"},
		{"07209562763", korHint, "old-dominion", "cvsnet"},
	}
	for _, tc := range cases {
		n := tc.number
		got := Detect(n, tc.hints)
		a, b := findFormat(got, tc.checked), findFormat(got, tc.len)
		if a == nil || b == nil || !a.CheckDigit || b.CheckDigit || a.Confidence <= b.Confidence {
			t.Errorf("%s: %+v, want %s above %s", n, got, tc.checked, tc.len)
		}
		checkInvariants(t, n, got)
	}
}

// Candidates are sorted, deduplicated by slug, within 0..100, and pattern-only
// candidates never outrank check-digit ones: every candidate whose check digit
// validated comes before every length- or prefix-only candidate.
func TestRankingInvariants(t *testing.T) {
	hints := []Hints{{}, korHint, {OriginCountryISO3: "USA", DestinationCountryISO3: "USA"}}
	for _, f := range Formats() {
		for _, h := range hints {
			checkInvariants(t, f.Example, Detect(f.Example, h))
		}
	}
}

func checkInvariants(t *testing.T, n string, got []Candidate) {
	t.Helper()
	slugs := map[string]bool{}
	for i, c := range got {
		if slugs[c.Slug] {
			t.Errorf("%s: duplicate slug %s in %+v", n, c.Slug, got)
		}
		slugs[c.Slug] = true
		if c.Confidence < 0 || c.Confidence > 100 {
			t.Errorf("%s: confidence out of range %+v", n, c)
		}
		if !c.CheckDigit && c.Confidence > patternCap {
			t.Errorf("%s: pattern-only above cap %+v", n, c)
		}
		if i > 0 && better(c, got[i-1]) {
			t.Errorf("%s: not sorted: %+v", n, got)
		}
		if i > 0 && c.CheckDigit && !got[i-1].CheckDigit {
			t.Errorf("%s: check-digit candidate %s below a pattern-only one: %+v", n, c.Format, got)
		}
	}
}

// No number comes near maxCandidates, even with every slug hinted (which
// lets every weak format through): the worst known case has 9 candidates.
func TestCandidateCapHasRoom(t *testing.T) {
	var all []string
	for _, f := range Formats() {
		all = append(all, f.Slugs...)
	}
	h := Hints{Slugs: all, OriginCountryISO3: "KOR", DestinationCountryISO3: "USA"}
	if got := Detect("019213719685", h); len(got) != 9 {
		t.Errorf("worst known case: %d candidates %+v, want 9", len(got), got)
	}
	r := rand.New(rand.NewPCG(5, 6))
	b := make([]byte, 41)
	for length := 9; length <= len(b); length++ {
		for range 300 {
			for i := range length {
				b[i] = byte('0' + r.IntN(10))
			}
			if got := Detect(string(b[:length]), h); len(got) >= maxCandidates-4 {
				t.Fatalf("%s: %d candidates, too close to the cap of %d", b[:length], len(got), maxCandidates)
			}
		}
	}
}
