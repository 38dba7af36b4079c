package detect

import (
	"strings"
	"testing"
)

func TestDHL(t *testing.T) {
	e10 := withCheck("123456789", refMod7)
	e11 := withCheck("7389105114", refMod7)
	runCases(t, []detectCase{
		{"express 10", e10, Hints{}, "dhl-express-10", "dhl", true},
		{"express 10 public", "3318810025", Hints{}, "dhl-express-10", "dhl", true},
		{"express 10 mutated", mutateCheck(e10), Hints{}, "dhl-express-10", "dhl", false},
		{"express 10 check 7+", "3318810038", Hints{}, "dhl-express-10", "dhl", false},
		{"express 11", e11, Hints{}, "dhl-express-11", "dhl", true},
		{"express 11 mutated", mutateCheck(e11), Hints{}, "dhl-express-11", "dhl", false},
		{"express 9 digits", e10[1:], Hints{}, "dhl-express-10", "dhl", false},
		{"piece id JJD", "JJD0012345678", Hints{}, "dhl-pieceid", "dhl-pieceid", true},
		{"piece id JVGL", "JVGL0999999990", Hints{}, "dhl-pieceid", "dhl-pieceid", true},
		{"piece id too few digits", "JJD00123456", Hints{}, "dhl-pieceid", "", false},
		{"piece id one letter", "JD0012345678", Hints{}, "dhl-pieceid", "", false},
		{"piece id not J", "XJD0012345678", Hints{}, "dhl-pieceid", "", false},
		{"ecommerce GM", "GM6043215678901234", Hints{}, "dhl-ecommerce-gm", "dhl-global-mail", true},
		{"ecommerce GM spaced", "GM 604 3215 6789 0123 4", Hints{}, "dhl-ecommerce-gm", "dhl-global-mail", true},
		{"ecommerce GM short", "GM123456789", Hints{}, "dhl-ecommerce-gm", "", false},
		// DHL eCommerce package ids may hold letters (jkeen/tracking_number_data sample).
		{"ecommerce GM alphanumeric", "GM9E44608A27984866BA2D", Hints{}, "dhl-ecommerce-gm", "dhl-global-mail", true},
		{"ecommerce GM letters only", "GMABCDEFGHIJKLMNOP", Hints{}, "dhl-ecommerce-gm", "", false},
		{"ecommerce GM too long", "GM" + strings.Repeat("1", 40), Hints{}, "dhl-ecommerce-gm", "", false},
		{"ecommerce asia MY", "MYCGE1234567890", Hints{}, "dhl-ecommerce-asia", "dhl-global-mail-asia", true},
		{"ecommerce asia SG", "SGSIN0123456789AB", Hints{}, "dhl-ecommerce-asia", "dhl-global-mail-asia", true},
		{"ecommerce asia no digit", "HKABCDEFGHIJKL", Hints{}, "dhl-ecommerce-asia", "", false},
		{"ecommerce asia short", "CN123456789", Hints{}, "dhl-ecommerce-asia", "", false},
		{"ecommerce asia other country", "JP1234567890123", Hints{}, "dhl-ecommerce-asia", "", false},
		// An S10 number with a wrong check digit is refused, not taken as DHL eCommerce Asia.
		{"s10 shape with bad check", "CN123456784CN", Hints{}, "dhl-ecommerce-asia", "", false},
		{"ecommerce wrong prefix", "GS6043215678901234", Hints{}, "dhl-ecommerce-gm", "", false},
		{"dhl group keeps ecommerce", "GM6043215678901234", Hints{SlugGroup: "dhl-group"}, "dhl-ecommerce-gm", "dhl-global-mail", true},
		{"dhl group keeps express", e10, Hints{SlugGroup: "DHL-Group"}, "dhl-express-10", "dhl", true},
	})
}

// Without hints a 10-digit mod 7 number is DHL Express first; a Korean hint
// puts CJ Logistics (same rule) above it.
func TestDHLVersusCJ(t *testing.T) {
	n := withCheck("512345678", refMod7)
	if got := slugsOf(Detect(n, Hints{})); len(got) < 2 || got[0] != "dhl" || got[1] != "cjlogistics" {
		t.Errorf("no hints: %v, want dhl then cjlogistics", got)
	}
	got := slugsOf(Detect(n, Hints{DestinationCountryISO3: "KOR"}))
	if len(got) < 2 || got[0] != "cjlogistics" {
		t.Errorf("KOR hint: %v, want cjlogistics first", got)
	}
}
