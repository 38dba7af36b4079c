package detect

import "testing"

func TestFedEx(t *testing.T) {
	express := withCheck("70123456789", refFedEx11)
	ground := withCheck("12345678901234", refGS1)
	sscc := withCheck("00614141999999999", refGS1)
	smart20 := withCheck("6121234567890123456", func(s string) int { return refGS1("92" + s) })
	// 96 + SCNC + service + 14-digit serial; the check covers only the serial.
	g96 := withCheck("9612345"+"98765432101234", func(s string) int { return refGS1(s[7:]) })
	smart22 := withCheck("926129010012345678901", refGS1)
	e34 := withCheck("10019012345678990210"+"0123456789012", func(s string) int { return refFedEx11(s[20:]) })
	gsn := withCheck("96220015601234567890"+"0794808390123", func(s string) int { return refFedEx11(s[20:]) })
	const slug = "fedex"
	runCases(t, []detectCase{
		{"express", express, Hints{}, "fedex-express-12", slug, true},
		{"express public", "986578788855", Hints{}, "fedex-express-12", slug, true},
		{"express mutated", mutateCheck(express), Hints{}, "fedex-express-12", slug, false},
		{"express public invalid", "996578788855", Hints{}, "fedex-express-12", slug, false},
		{"ground", ground, Hints{}, "fedex-ground-15", slug, true},
		{"ground spaced", "0414 4176 0228 964", Hints{}, "fedex-ground-15", slug, true},
		{"ground mutated", mutateCheck(ground), Hints{}, "fedex-ground-15", slug, false},
		{"sscc", sscc, Hints{}, "fedex-sscc-18", slug, true},
		{"sscc mutated", mutateCheck(sscc), Hints{}, "fedex-sscc-18", slug, false},
		{"smartpost 20", smart20, Hints{}, "fedex-smartpost-20", slug, true},
		{"smartpost 20 public", "61299998820821171811", Hints{}, "fedex-smartpost-20", slug, true},
		{"smartpost 20 mutated", mutateCheck(smart20), Hints{}, "fedex-smartpost-20", slug, false},
		{"ground 96", g96, Hints{}, "fedex-ground-96-22", slug, true},
		{"ground 96 public", "9611020987654312345672", Hints{}, "fedex-ground-96-22", slug, true},
		{"ground 96 mutated", mutateCheck(g96), Hints{}, "fedex-ground-96-22", slug, false},
		{"ground 96 wrong prefix", "95" + g96[2:], Hints{}, "fedex-ground-96-22", slug, false},
		{"smartpost 22", smart22, Hints{}, "fedex-smartpost-22", slug, true},
		{"smartpost 22 mutated", mutateCheck(smart22), Hints{}, "fedex-smartpost-22", slug, false},
		{"express 34", e34, Hints{}, "fedex-express-34", slug, true},
		{"express 34 public", "1001921334250001000300779017972697", Hints{}, "fedex-express-34", slug, true},
		{"express 34 mutated", mutateCheck(e34), Hints{}, "fedex-express-34", slug, false},
		// Real FedEx 34-digit barcodes start 100, 102, 119 …: any first digit 0-8.
		{"express 34 public 102", "1027590111820004833500785458233610", Hints{}, "fedex-express-34", slug, true},
		{"express 34 public 119", "1195266473930007521100871079919940", Hints{}, "fedex-express-34", slug, true},
		{"express 34 other first digit", "2" + e34[1:], Hints{}, "fedex-express-34", slug, true},
		{"express 34 first digit 9", "9" + e34[1:], Hints{}, "fedex-express-34", slug, false},
		{"express 34 usps routing", "420" + e34[3:], Hints{}, "fedex-express-34", slug, false},
		{"gsn 34", gsn, Hints{}, "fedex-ground-gsn-34", slug, true},
		{"gsn 34 public", "9622001560001234567100794808390594", Hints{}, "fedex-ground-gsn-34", slug, true},
		{"gsn 34 mutated", mutateCheck(gsn), Hints{}, "fedex-ground-gsn-34", slug, false},
		{"sscc with AI 00", "00" + sscc, Hints{}, "fedex-sscc-20", slug, true},
		{"sscc with AI 00 public", "00 0001 2345 0000 0000 27", Hints{}, "fedex-sscc-20", slug, true},
		{"sscc with AI 00 mutated", "00" + mutateCheck(sscc), Hints{}, "fedex-sscc-20", slug, false},
		{"sscc with AI 01", "01" + sscc, Hints{}, "fedex-sscc-20", slug, false},
		{"smartpost 420 zip5", "42090210" + smart22, Hints{}, "fedex-smartpost-420", slug, true},
		{"smartpost 420 zip+4", "420902101234" + smart22, Hints{}, "fedex-smartpost-420", slug, true},
		{"smartpost 420 public", "420 11213 92 6129098349792366623 8", Hints{}, "fedex-smartpost-420", slug, true},
		{"smartpost 420 mutated", "42090210" + mutateCheck(smart22), Hints{}, "fedex-smartpost-420", slug, false},
		{"smartpost 420 94 IMpb", "42090210" + withCheck("940011120123456789012", refGS1), Hints{}, "fedex-smartpost-420", slug, false},
		{"smartpost 420 without 420", "52090210" + smart22, Hints{}, "fedex-smartpost-420", slug, false},
		{"door tag", "DT106127430001", Hints{}, "fedex-door-tag", slug, true},
		{"door tag spaced", "dt 1061 2743 0001", Hints{}, "fedex-door-tag", slug, true},
		{"door tag 11 digits", "DT10612743000", Hints{}, "fedex-door-tag", slug, false},
		{"door tag letter", "DT10612743000A", Hints{}, "fedex-door-tag", slug, false},
		{"group keeps fedex", express, Hints{SlugGroup: "fedex-group"}, "fedex-express-12", slug, true},
		{"other group drops fedex", express, Hints{SlugGroup: "dhl-group"}, "fedex-express-12", slug, false},
	})
}

// SmartPost barcodes with USPS routing are USPS IMpb numbers: USPS first.
func TestSmartPost420RanksBelowUSPS(t *testing.T) {
	for _, n := range []string{"420902109261290100123456789018", "4201002334249200190132607600833457"} {
		got := Detect(n, Hints{})
		if len(got) != 2 || got[0].Slug != "usps" || got[1].Format != "fedex-smartpost-420" {
			t.Errorf("Detect(%s) = %+v, want usps then fedex-smartpost-420", n, got)
		}
	}
}

// An SSCC printed with its "00" identifier also passes the USPS 20-digit
// check (the same GS1 rule); USPS issues no "00" service code, so FedEx ranks first.
func TestSSCC20RanksAboveUSPS20(t *testing.T) {
	n := "00" + withCheck("00614141999999999", refGS1)
	got := Detect(n, Hints{})
	if len(got) < 2 || got[0].Format != "fedex-sscc-20" || got[1].Slug != "usps" {
		t.Fatalf("Detect(%s) = %+v, want fedex-sscc-20 then usps", n, got)
	}
}

// A 92-prefixed 22-digit number is a USPS IMpb that FedEx SmartPost may have
// handed over; USPS must rank first.
func TestSmartPost22RanksBelowUSPS(t *testing.T) {
	n := withCheck("926129010012345678901", refGS1)
	got := Detect(n, Hints{})
	if len(got) < 2 || got[0].Slug != "usps" || got[1].Slug != "fedex" {
		t.Fatalf("Detect(%s) = %+v, want usps then fedex", n, got)
	}
}
