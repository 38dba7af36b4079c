package detect

import "testing"

var korHint = Hints{OriginCountryISO3: "KOR", DestinationCountryISO3: "KOR"}

func TestKoreaChecked(t *testing.T) {
	cj10 := withCheck("512345678", refMod7)
	cj12 := withCheck("65123456789", refMod7)
	lotte := withCheck("31234567890", refMod7)
	logen := withCheck("3123456789", refMod7)
	runCases(t, []detectCase{
		{"cj 10", cj10, Hints{}, "cjlogistics-10", "cjlogistics", true},
		{"cj 10 mutated", mutateCheck(cj10), Hints{}, "cjlogistics-10", "", false},
		{"cj 12", cj12, Hints{}, "cjlogistics-12", "cjlogistics", true},
		{"cj 12 dashed", cj12[:4] + "-" + cj12[4:8] + "-" + cj12[8:], Hints{}, "cjlogistics-12", "cjlogistics", true},
		{"cj 12 mutated", mutateCheck(cj12), Hints{}, "cjlogistics-12", "", false},
		{"cj 12 check 7+", cj12[:11] + "9", Hints{}, "cjlogistics-12", "", false},
		{"cj group", cj12, Hints{SlugGroup: "cj-group"}, "cjlogistics-12", "cjlogistics", true},
		{"cj group drops lotte", cj12, Hints{SlugGroup: "cj-group"}, "lotte-12", "", false},
		{"lotte", lotte, Hints{}, "lotte-12", "lotte", true},
		{"lotte mutated", mutateCheck(lotte), Hints{}, "lotte-12", "", false},
		{"logen", logen, Hints{}, "logen-11", "logen", true},
		{"logen mutated", mutateCheck(logen), Hints{}, "logen-11", "", false},
		{"logen 10 digits", logen[1:], Hints{}, "logen-11", "", false},
	})
}

func TestKoreaPatternOnly(t *testing.T) {
	runCases(t, []detectCase{
		{"kpost 13", "6012345678901", Hints{}, "kpost-13", "kpost", true},
		{"kpost 13 other prefix", "1012345678901", Hints{}, "kpost-13", "kpost", true},
		{"kpost 12", "601234567890", Hints{}, "kpost-13", "", false},
		{"kpost 14", "60123456789012", Hints{}, "kpost-13", "", false},
		{"kpost letter", "601234567890A", Hints{}, "kpost-13", "", false},
		{"kpost s10", s10("EE", "12345678", "KR"), Hints{}, "upu-s10", "kpost", true},
		{"hanjin 12 hinted", "412345678901", korHint, "hanjin", "hanjin", true},
		{"hanjin 14 hinted", "41234567890123", korHint, "hanjin", "hanjin", true},
		// tracker.delivery refuses 10-digit Hanjin numbers; so does detection.
		{"hanjin 10", "4123456789", korHint, "hanjin", "", false},
		{"hanjin slug hint", "412345678901", Hints{Slugs: []string{"hanjin"}}, "hanjin", "hanjin", true},
		{"hanjin no hint", "412345678901", Hints{}, "hanjin", "", false},
		{"hanjin 11", "41234567890", korHint, "hanjin", "", false},
		{"cupost 10", "2512345678", korHint, "cupost", "cupost", true},
		{"cupost 12", "251234567890", korHint, "cupost", "cupost", true},
		{"cupost 13", "2512345678901", korHint, "cupost", "", false},
		{"cupost no hint", "2512345678", Hints{}, "cupost", "", false},
		{"cvsnet 13", "3612345678901", korHint, "cvsnet", "cvsnet", true},
		{"cvsnet 10", "3612345678", korHint, "cvsnet", "cvsnet", true},
		{"cvsnet 14", "36123456789012", korHint, "cvsnet", "", false},
		{"cvsnet 9", "361234567", korHint, "cvsnet", "", false},
		{"coupangls 14", "12345678901234", korHint, "coupangls", "coupangls", true},
		{"coupangls 12", "123456789012", korHint, "coupangls", "coupangls", true},
		{"coupangls 11", "12345678901", korHint, "coupangls", "", false},
		{"coupangls no hint", "12345678901234", Hints{}, "coupangls", "", false},
	})
}

// kpost numbers starting 6 or 7 (the usual domestic ranges) rank higher.
func TestKPostPrefixConfidence(t *testing.T) {
	usual := findFormat(Detect("6012345678901", Hints{}), "kpost-13")
	other := findFormat(Detect("1012345678901", Hints{}), "kpost-13")
	if usual == nil || other == nil || usual.Confidence <= other.Confidence || usual.CheckDigit {
		t.Fatalf("usual=%+v other=%+v", usual, other)
	}
}

// With a Korean hint, check-digit-valid Korean carriers come first, then
// the check-valid foreign ones, then pattern-only Korean ones.
func TestKoreaRanking(t *testing.T) {
	// A 12-digit number valid for both FedEx mod 11 and the mod 7 rule.
	var n string
	for i := 0; n == ""; i++ {
		data := "6" + leftPad(i, 10)
		c7 := refMod7(data)
		if c7 == refFedEx11(data) {
			n = data + string(rune('0'+c7))
		}
	}
	plain := Detect(n, Hints{})
	if got := slugsOf(plain); len(got) != 3 || got[0] != "fedex" || got[1] != "cjlogistics" || got[2] != "lotte" {
		t.Fatalf("no hints: %v, want fedex, cjlogistics, lotte", got)
	}
	hinted := Detect(n, korHint)
	got := slugsOf(hinted)
	if len(got) < 4 || got[0] != "cjlogistics" || got[1] != "lotte" {
		t.Fatalf("KOR: %v, want cjlogistics, lotte first", got)
	}
	seenPattern := false
	for _, c := range hinted {
		if !c.CheckDigit {
			seenPattern = true
		} else if seenPattern {
			t.Fatalf("check-digit candidate after a pattern-only one: %+v", hinted)
		}
	}
}

func leftPad(i, width int) string {
	s := []byte{}
	for ; width > 0; width-- {
		s = append([]byte{byte('0' + i%10)}, s...)
		i /= 10
	}
	return string(s)
}
