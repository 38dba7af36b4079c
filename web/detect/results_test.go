package detect

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDetectionResultsPerFormat measures every format on numbers shaped like its
// example (same letters and prefix, random digits): how many random look-alikes pass
// (the false match rate a check digit leaves: about 1 in 10), and, for look-alikes given
// the right check digit, that all are detected and how often the format's carrier ranks
// first, without hints and with its home country as origin and destination. Run with -v
// for the table.
func TestDetectionResultsPerFormat(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	t.Logf("%-20s %-5s %8s %8s %8s %8s", "format", "check", "random", "valid", "top-1", "top-1/h")
	for _, f := range Formats() {
		h := Hints{}
		if f.NeedsHint {
			h.Slugs = f.Slugs
		}
		home := h
		home.OriginCountryISO3, home.DestinationCountryISO3 = specByName(f.Name).country, specByName(f.Name).country
		const n = 2000
		random, valid, top, topHome := 0, 0, 0, 0
		for i := 0; i < n; i++ {
			num := lookalike(r, f.Example)
			if findFormat(Detect(num, h), f.Name) != nil {
				random++
			}
			fixed, ok := withValidCheck(num, f, h)
			if !ok {
				continue
			}
			valid++
			if c := Detect(fixed, h); len(c) > 0 && c[0].Format == f.Name {
				top++
			}
			if c := Detect(fixed, home); len(c) > 0 && c[0].Format == f.Name {
				topHome++
			}
		}
		t.Logf("%-20s %-5v %7.1f%% %7.1f%% %7.1f%% %7.1f%%", f.Name, f.CheckDigit, pct(random, n), pct(valid, n),
			pct(top, max(valid, 1)), pct(topHome, max(valid, 1)))
		// USPS 20-digit numbers have two readings (with and without an implied "91").
		if limit := map[bool]float64{true: 22, false: 13}[f.Name == "usps-impb-20"]; f.CheckDigit && pct(random, n) > limit {
			t.Errorf("%s: %.1f%% of random look-alikes pass the check digit", f.Name, pct(random, n))
		}
		if valid != n {
			t.Errorf("%s: only %d of %d numbers with a valid check digit detected", f.Name, valid, n)
		}
	}
}

// lookalike keeps the example's letters, fixed prefix digits and fixed suffix
// and randomizes the rest.
func lookalike(r *rand.Rand, example string) string {
	keep := prefixDigits(example)
	end := len(example)
	if strings.HasSuffix(example, "N1") { // Landmark Global's fixed "N1"
		end--
	}
	b := []byte(example)
	for i := range b {
		if i >= keep && i < end && b[i] >= '0' && b[i] <= '9' {
			b[i] = byte('0' + r.IntN(10))
		}
	}
	return string(b)
}

// prefixDigits is how many leading characters identify a format ("420" routing, "96",
// "92", "100" service prefixes, "1Z", "TBA", Old Dominion's "072"), which a look-alike keeps.
func prefixDigits(example string) int {
	for _, p := range []string{"4209021012349", "4209021092", "420902109", "1001", "9612345", "9622", "9261", "9400", "9212",
		"1Z", "1LS71", "1LS", "TBA", "GM", "JJD", "LX1", "MI", "00", "072", "320", "0998"} {
		if strings.HasPrefix(example, p) {
			return len(p)
		}
	}
	return 0
}

// withValidCheck tries every check character (digits, and letters for DPD's
// MOD 37,36) until the format accepts the number.
func withValidCheck(num string, f Format, h Hints) (string, bool) {
	pos := len(num) - 1
	if f.Name == "upu-s10" {
		pos = 10
	}
	b := []byte(num)
	for _, d := range []byte("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		b[pos] = d
		if findFormat(Detect(string(b), h), f.Name) != nil {
			return string(b), true
		}
	}
	return num, false
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(b) }
