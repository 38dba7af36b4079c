package detect

import "testing"

func TestDPD(t *testing.T) {
	p15 := withCheckChar("01234567890123")
	p28 := withCheckChar("0081827" + "01234567890123" + "101" + "276")
	uk28 := withCheckChar("0000000" + "15501234567890" + "101" + "826")
	runCases(t, []detectCase{
		{"15", p15, Hints{}, "dpd-15", "dpd", true},
		{"15 public letter", "09 9800 0002 0033 F", Hints{}, "dpd-15", "dpd", true},
		{"15 public", "0998 0000 0200 34D", Hints{}, "dpd-15", "dpd", true},
		{"15 mutated", mutateCheckChar(p15), Hints{}, "dpd-15", "", false},
		{"15 public invalid", "09980000020033D", Hints{}, "dpd-15", "", false},
		{"15 letter inside", "0998000002A033F", Hints{}, "dpd-15", "", false},
		{"28", p28, Hints{}, "dpd-28", "dpd", true},
		{"28 public", "00 81827 0998 0000 0200 33 350 276 C", Hints{}, "dpd-28", "dpd", true},
		{"28 public 2", "0081 827 0998 0000 0200 45 327 276 N", Hints{}, "dpd-28", "dpd", true},
		{"28 mutated", mutateCheckChar(p28), Hints{}, "dpd-28", "", false},
		{"28 public invalid", "008182709980000020033350276A", Hints{}, "dpd-28", "", false},
		{"28 to the UK is DPD UK", uk28, Hints{}, "dpd-28", "dpd-uk", true},
		{"28 to the UK mutated", mutateCheckChar(uk28), Hints{}, "dpd-28", "", false},
		{"28 letter in postcode", withCheckChar("00SW1AA" + "15501234567890" + "101" + "826"), Hints{}, "dpd-28", "", false},
		{"14 with dpd hint", "09980000020033", Hints{Slugs: []string{"dpd"}}, "dpd-14", "dpd", true},
		{"14 without hint", "09980000020033", Hints{}, "dpd-14", "", false},
		{"14 starting 5", "59980000020033", Hints{Slugs: []string{"dpd"}}, "dpd-14", "", false},
		{"uk 10 with GBR hint", "6504312345", Hints{DestinationCountryISO3: "GBR"}, "dpd-uk-10", "dpd-uk", true},
		{"uk 10 with slug hint", "6504312345", Hints{Slugs: []string{"dpd-uk"}}, "dpd-uk-10", "dpd-uk", true},
		{"uk 10 without hint", "6504312345", Hints{}, "dpd-uk-10", "", false},
		{"dpd group keeps both", p28, Hints{SlugGroup: "dpd-group"}, "dpd-28", "dpd", true},
	})
}

func TestYodel(t *testing.T) {
	const f, slug = "yodel", "yodel"
	runCases(t, []detectCase{
		{"JJD", "JJD0002257639032011", Hints{}, f, slug, true},
		{"JD", "JD0002242617644732", Hints{}, f, slug, true},
		{"JJD spaced", "J J D 0 0 0 2 2 5 7 6 3 9 0 3 2 0 2 0", Hints{}, f, slug, true},
		{"JD 15 digits", "JD000225440506099", Hints{}, f, slug, false},
		{"JD 17 digits", "JD00022544050609911", Hints{}, f, slug, false},
		{"JC", "JC0002254405060992", Hints{}, f, slug, false},
		// A DHL Express piece id has 9-10 digits after its letters, never 16.
		{"piece id is not yodel", "JJD0012345678", Hints{}, f, slug, false},
	})
	if got := Detect("JJD0002257639032011", Hints{}); len(got) != 1 || got[0].Slug != "yodel" {
		t.Errorf("JJD + 16 digits = %+v, want yodel only", got)
	}
}

func TestLandmarkGlobal(t *testing.T) {
	const f, slug = "landmark-ltn", "landmark-global"
	runCases(t, []detectCase{
		{"public", "LTN74207623N1", Hints{}, f, slug, true},
		{"public 2", "ltn 7422 4021 n1", Hints{}, f, slug, true},
		{"LSN", "LSN74209518N1", Hints{}, f, slug, false},
		{"N2", "LTN74209518N2", Hints{}, f, slug, false},
		{"7 digits", "LTN7420951N1", Hints{}, f, slug, false},
	})
}

// Royal Mail numbers, domestic tracked and international, are UPU S10 with a
// GB suffix: the check digit decides, the suffix names Royal Mail.
func TestRoyalMail(t *testing.T) {
	const f, slug = "upu-s10", "royal-mail"
	tracked := s10("TT", "20481357", "GB")
	runCases(t, []detectCase{
		{"tracked 24", tracked, Hints{}, f, slug, true},
		{"tracked mutated", tracked[:10] + mutateCheck(tracked[:11])[10:] + "GB", Hints{}, f, slug, false},
		{"international", s10("RR", "12345678", "GB"), Hints{}, f, slug, true},
		{"public", "RB123456785GB", Hints{}, f, slug, true},
		{"public invalid", "RB123456786GB", Hints{}, f, slug, false},
	})
	if got := Detect("RB123456786GB", Hints{}); len(got) != 0 {
		t.Errorf("an S10 number with a wrong check digit produced %+v", got)
	}
}
