package detect

import "testing"

func TestFits(t *testing.T) {
	for _, tc := range []struct {
		slug, number string
		fits, known  bool
	}{
		{"cjlogistics", "12345", false, true},
		{"cjlogistics", specCJ10.Example, true, true},
		{"cjlogistics", specCJ12.Example, true, true},
		{"cjlogistics", "1Z999AA10123456784", false, true},
		{"ups", "1Z999AA10123456784", true, true},
		{"ups", "1Z999AA10123456785", false, true},
		{"kpost", specKPost13.Example, true, true},
		{"no-such-carrier", "12345", true, false},
	} {
		fits, known := Fits(tc.slug, tc.number)
		if fits != tc.fits || known != tc.known {
			t.Errorf("Fits(%q, %q) = %v, %v; want %v, %v", tc.slug, tc.number, fits, known, tc.fits, tc.known)
		}
	}
}

// Every format's example fits each carrier it names first.
func TestExamplesFitTheirCarrier(t *testing.T) {
	for _, s := range allSpecs {
		if s.Example == "" || s == specS10 {
			continue
		}
		if fits, _ := Fits(s.Slugs[0], s.Example); !fits {
			t.Errorf("%s: example %q does not fit %s", s.Name, s.Example, s.Slugs[0])
		}
	}
}
