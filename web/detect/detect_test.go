package detect

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		" 1z 999-aa1\t0123 4567 84 ":      "1Z999AA10123456784",
		"ee\u00a0123\u2013456\u2014785kr": "EE123456785KR", // NBSP, en and em dash
		"":                                "",
		"tba\n123":                        "TBA123",
		"a.b":                             "A.B", // only separators are removed
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// Detect must see exactly what Normalize produces.
func TestDetectAgreesWithNormalize(t *testing.T) {
	for _, f := range Formats() {
		messy := strings.ToLower(f.Example[:len(f.Example)/2]) + " - " + f.Example[len(f.Example)/2:]
		h := Hints{Slugs: f.Slugs}
		if a, b := Detect(messy, h), Detect(Normalize(messy), h); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: Detect(%q) = %v, Detect(Normalize) = %v", f.Name, messy, a, b)
		}
	}
}

func TestDetectRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "   ", "--", "hello", "1Z999AA1012345678€", "ABC/123",
		strings.Repeat("9", maxNumberLen+1), "123", "000000000"} {
		if got := Detect(in, Hints{}); len(got) != 0 {
			t.Errorf("Detect(%q) = %+v, want none", in, got)
		}
	}
}

// Every format's example is valid for that format; for check-digit formats
// a mutated check digit is not; names are unique and documented.
func TestFormatsExamples(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Formats() {
		if seen[f.Name] {
			t.Errorf("duplicate format name %s", f.Name)
		}
		seen[f.Name] = true
		if f.Description == "" || len(f.Slugs) == 0 || f.Example == "" {
			t.Errorf("%s: incomplete metadata %+v", f.Name, f)
		}
		h := Hints{}
		if f.NeedsHint {
			h.Slugs = f.Slugs
		}
		c := findFormat(Detect(f.Example, h), f.Name)
		if c == nil || c.CheckDigit != f.CheckDigit {
			t.Errorf("%s: example %s detected as %+v", f.Name, f.Example, Detect(f.Example, h))
			continue
		}
		if f.CheckDigit {
			bad := f.Example
			if f.Name == "upu-s10" {
				bad = mutateCheck(bad[:11]) + bad[11:]
			} else {
				bad = mutateCheck(bad)
			}
			if findFormat(Detect(bad, h), f.Name) != nil {
				t.Errorf("%s: mutated example %s still detected", f.Name, bad)
			}
		}
	}
	if len(seen) != len(allSpecs) {
		t.Errorf("Formats returned %d, want %d", len(seen), len(allSpecs))
	}
}

// Every wrong check character of every check-digit format's example is
// refused by that format; where the number has letters (a prefix no bare
// digit string shares), nothing at all is reported for it. USPS 20-digit
// numbers are left out: they have two readings (with and without an implied
// "91"), so a wrong check under one can be right under the other.
func TestWrongCheckDigitsProduceNoCandidate(t *testing.T) {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for _, f := range Formats() {
		if !f.CheckDigit || f.Name == "usps-impb-20" {
			continue
		}
		pos := len(f.Example) - 1
		if f.Name == "upu-s10" {
			pos = 10
		}
		for _, c := range []byte(alphabet) {
			if c == f.Example[pos] || (c > '9' && !strings.HasPrefix(f.Name, "dpd-")) {
				continue
			}
			bad := f.Example[:pos] + string(c) + f.Example[pos+1:]
			got := Detect(bad, Hints{})
			letters := strings.ContainsAny(bad, alphabet[10:])
			if findFormat(got, f.Name) != nil || (letters && len(got) > 0) {
				t.Errorf("%s: wrong check %s detected as %+v", f.Name, bad, got)
			}
		}
	}
}

func TestFormatsReturnsCopy(t *testing.T) {
	f := Formats()
	f[0].Slugs[0] = "mutated"
	if Formats()[0].Slugs[0] == "mutated" {
		t.Fatal("Formats exposes internal slices")
	}
}

func TestSlugHints(t *testing.T) {
	n := withCheck("512345678", refMod7) // dhl-express-10 and cjlogistics-10
	if got := slugsOf(Detect(n, Hints{Slugs: []string{" CJLogistics "}})); !reflect.DeepEqual(got, []string{"cjlogistics"}) {
		t.Errorf("slug filter: %v", got)
	}
	if got := Detect(n, Hints{Slugs: []string{"cjlogistics"}, SlugGroup: "dhl-group"}); len(got) != 0 {
		t.Errorf("slugs and group must intersect: %+v", got)
	}
	if got := slugsOf(Detect(n, Hints{SlugGroup: "dhl-group"})); !reflect.DeepEqual(got, []string{"dhl"}) {
		t.Errorf("group filter: %v", got)
	}
	if got := Detect(n, Hints{SlugGroup: "-group"}); len(got) != 0 {
		t.Errorf("empty group name must match nothing: %+v", got)
	}
}

func TestCountryBoostIsPerSide(t *testing.T) {
	n := withCheck("512345678", refMod7)
	one := findFormat(Detect(n, Hints{OriginCountryISO3: "kor"}), "cjlogistics-10")
	both := findFormat(Detect(n, korHint), "cjlogistics-10")
	base := findFormat(Detect(n, Hints{}), "cjlogistics-10")
	if base.Confidence+countryBoost != one.Confidence || one.Confidence+countryBoost != both.Confidence {
		t.Errorf("boosts: base %d, one side %d, both %d", base.Confidence, one.Confidence, both.Confidence)
	}
}

func TestDetectAllocations(t *testing.T) {
	for _, n := range append(append([]string(nil), benchNumbers...), regionalNumbers...) {
		if a := testing.AllocsPerRun(100, func() { Detect(n, Hints{}) }); a > 1 {
			t.Errorf("Detect(%q) allocates %.0f times, want <= 1", n, a)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, n := range append(append([]string(nil), benchNumbers...), regionalNumbers...) {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n string) {
		checkInvariants(t, n, Detect(n, korHint))
		checkInvariants(t, n, Detect(n, Hints{}))
	})
}

var benchNumbers = []string{
	"1Z999AA10123456784",                 // UPS
	"986578788855",                       // FedEx Express / mod 7 shapes
	"9400 1112 0108 0805 4830 16",        // USPS IMpb
	"4201002334249200190132607600833457", // USPS with routing
	"RR123456785GB",                      // S10
	"EE123456785KR",                      // S10 Korea
	"3318810025",                         // DHL Express / CJ 10
	"TBA123456789012",                    // Amazon
	"C11031500001879",                    // OnTrac
	"6012345678901",                      // Korea Post
	"651234567896",                       // CJ / Lotte
	"not a number",                       // rejected early
}

// regionalNumbers are the formats of the regional and European carriers; they
// are kept out of benchNumbers so BenchmarkDetect stays comparable over time.
var regionalNumbers = []string{
	"K1506235620",                  // UPS waybill
	"MI123456ORDER7788",            // UPS Mail Innovations
	"00000123450000000027",         // SSCC with AI 00
	"DT106127430001",               // FedEx door tag
	"07209562763",                  // Old Dominion
	"320595463938",                 // Purolator
	"D576002440000001718010",       // Canpar
	"09980000020033F",              // DPD
	"008182709980000020033350276C", // DPD barcode
	"JJD0002257639032011",          // Yodel
	"LTN74207623N1",                // Landmark Global
	"YT2229521272164446",           // YunExpress
	"1LS72301001401854622",         // LaserShip
}

func BenchmarkDetect(b *testing.B) {
	benchmarkDetect(b, benchNumbers)
}

func BenchmarkDetectRegional(b *testing.B) {
	benchmarkDetect(b, regionalNumbers)
}

func benchmarkDetect(b *testing.B, numbers []string) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Detect(numbers[i%len(numbers)], korHint)
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "numbers/s")
}
