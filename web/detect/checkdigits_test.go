package detect

import (
	"math/rand/v2"
	"testing"
)

// Public sample numbers printed in carrier documentation and widely used as
// test fixtures. They pin both the package and the reference implementations
// in helpers_test.go to the real rules (e.g. they reject FedEx weights 1,7,3).
func TestCheckDigitsOnPublicSamples(t *testing.T) {
	cases := []struct {
		name   string
		number string
		rule   func([]byte) int
		data   func(n []byte) []byte
	}{
		{"ups", "1Z999AA10123456784", upsMod10, func(n []byte) []byte { return n[2:17] }},
		{"ups2", "1Z5R89390357567127", upsMod10, func(n []byte) []byte { return n[2:17] }},
		{"ontrac", "C11031500001879", upsMod10, func(n []byte) []byte { return n[:14] }},
		{"ontrac-d", "D10011354453707", upsMod10, func(n []byte) []byte { return n[:14] }},
		{"fedex-express", "986578788855", fedexMod11, func(n []byte) []byte { return n[:11] }},
		{"fedex-express2", "477179081230", fedexMod11, func(n []byte) []byte { return n[:11] }},
		{"fedex-ground", "041441760228964", gs1Rule, func(n []byte) []byte { return n[:14] }},
		{"fedex-96", "9611020987654312345672", gs1Rule, func(n []byte) []byte { return n[7:21] }},
		{"usps-22", "9400111201080805483016", gs1Rule, func(n []byte) []byte { return n[:21] }},
		{"canada-post", "0073938000549297", gs1Rule, func(n []byte) []byte { return n[:15] }},
		{"dhl", "3318810025", mod7, func(n []byte) []byte { return n[:9] }},
		{"s10", "RR123456785GB", s10Check, func(n []byte) []byte { return n[2:10] }},
		{"purolator", "320595463938", luhn, func(n []byte) []byte { return n[:11] }},
		{"purolator2", "287809468872", luhn, func(n []byte) []byte { return n[:11] }},
		{"old-dominion", "07209562763", luhn, func(n []byte) []byte { return n[:10] }},
		{"old-dominion-80", "80003280379", luhn, func(n []byte) []byte { return n[:10] }},
		{"ups-waybill", "K1506235620", upsMod10, func(n []byte) []byte { return n[1:10] }},
		{"ups-waybill-v", "V0490119172", upsMod10, func(n []byte) []byte { return n[1:10] }},
	}
	for _, tc := range cases {
		n := []byte(tc.number)
		last := len(n) - 1
		if tc.name == "s10" {
			last = 10
		}
		if got, want := tc.rule(tc.data(n)), int(n[last]-'0'); got != want {
			t.Errorf("%s %s: check = %d, want %d", tc.name, tc.number, got, want)
		}
	}
}

func gs1Rule(b []byte) int { return gs1Mod10("", b) }

// DPD's check character is a letter or a digit; these are the samples of the
// DPD Parcel Label Specification and of real labels.
func TestMod3736OnPublicSamples(t *testing.T) {
	for _, n := range []string{"09980000020033F", "09980000020034D",
		"008182709980000020033350276C", "008182709980000020045327276N"} {
		b := []byte(n)
		if !checkCharMatches(b, mod3736(b[:len(b)-1])) {
			t.Errorf("%s: check character %c rejected (want %c)", n, n[len(n)-1], refMod3736(n[:len(n)-1]))
		}
	}
	if checkCharMatches([]byte("0998000002003-"), 0) {
		t.Error("checkCharMatches must reject punctuation")
	}
}

// TestCheckDigitsMatchReference compares every rule with its independent
// reference over random inputs of the lengths the formats use.
func TestCheckDigitsMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('0' + r.IntN(10))
		}
		return string(b)
	}
	const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for i := 0; i < 2000; i++ {
		a := make([]byte, 15)
		for j := range a {
			a[j] = alnum[r.IntN(len(alnum))]
		}
		if got, want := upsMod10(a), refUPS(string(a)); got != want {
			t.Fatalf("upsMod10(%s) = %d, want %d", a, got, want)
		}
		for _, n := range []int{14, 15, 17, 19, 21, 25} {
			d := digits(n)
			if got, want := gs1Mod10("", []byte(d)), refGS1(d); got != want {
				t.Fatalf("gs1Mod10(%s) = %d, want %d", d, got, want)
			}
			if got, want := gs1Mod10("92", []byte(d)), refGS1("92"+d); got != want {
				t.Fatalf("gs1Mod10(92, %s) = %d, want %d", d, got, want)
			}
		}
		for _, n := range []int{11, 13} {
			d := digits(n)
			if got, want := fedexMod11([]byte(d)), refFedEx11(d); got != want {
				t.Fatalf("fedexMod11(%s) = %d, want %d", d, got, want)
			}
		}
		for _, n := range []int{9, 10, 11} {
			d := digits(n)
			if got, want := mod7([]byte(d)), refMod7(d); got != want {
				t.Fatalf("mod7(%s) = %d, want %d", d, got, want)
			}
		}
		for _, n := range []int{9, 10, 11} {
			d := digits(n)
			if got, want := luhn([]byte(d)), refLuhn(d); got != want {
				t.Fatalf("luhn(%s) = %d, want %d", d, got, want)
			}
		}
		for _, n := range []int{14, 27} {
			d := digits(n)
			if got := []byte(withCheckChar(d)); !checkCharMatches(got, mod3736(got[:n])) {
				t.Fatalf("mod3736(%s) disagrees with the reference %s", d, got)
			}
		}
		d := digits(8)
		if got, want := s10Check([]byte(d)), refS10(d); got != want {
			t.Fatalf("s10Check(%s) = %d, want %d", d, got, want)
		}
	}
}

// TestS10SpecialRemainders covers the 10 -> 0 and 11 -> 5 substitutions.
func TestS10SpecialRemainders(t *testing.T) {
	cases := map[string]int{
		"00000008": 0, // sum 56, 56 % 11 = 1, 11-1 = 10 -> 0
		"00000015": 5, // sum 44, 44 % 11 = 0, 11-0 = 11 -> 5
		"00000001": 4, // sum 7, 11-7 = 4
	}
	for serial, want := range cases {
		if got := s10Check([]byte(serial)); got != want {
			t.Errorf("s10Check(%s) = %d, want %d", serial, got, want)
		}
	}
}

func TestHelpers(t *testing.T) {
	if !allAlnum([]byte("AZ09")) || allAlnum([]byte("a")) || allAlnum(nil) {
		t.Error("allAlnum")
	}
	if !allUpper([]byte("AZ")) || allUpper([]byte("A1")) || allUpper(nil) {
		t.Error("allUpper")
	}
	if hasPrefix([]byte("1"), "1Z") || !hasPrefix([]byte("1Z9"), "1Z") {
		t.Error("hasPrefix")
	}
	if checkMatches([]byte("A"), 0) {
		t.Error("checkMatches must reject a letter")
	}
}
