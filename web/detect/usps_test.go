package detect

import "testing"

func TestUSPS(t *testing.T) {
	u20 := withCheck("7112345678912345678", refGS1)
	u20implied := withCheck("7196901075600307738", func(s string) int { return refGS1("91" + s) })
	u22 := withCheck("940011120123456789012", refGS1)
	u22other := withCheck("990011120123456789012", refGS1)
	u26 := withCheck("9212345678901234567890123", refGS1)
	u30 := "42090210" + u22
	u34zip4 := "420902101234" + u22
	u34zip5 := "42090210" + u26
	const slug = "usps"
	runCases(t, []detectCase{
		{"20", u20, Hints{}, "usps-impb-20", slug, true},
		{"20 public", "0307 1790 0005 2348 3741", Hints{}, "usps-impb-20", slug, true},
		{"20 implied 91", u20implied, Hints{}, "usps-impb-20", slug, true},
		{"20 mutated", mutateCheck(u20), Hints{}, "usps-impb-20", slug, false},
		{"22", u22, Hints{}, "usps-impb-22", slug, true},
		{"22 public", "9400 1112 0108 0805 4830 16", Hints{}, "usps-impb-22", slug, true},
		{"22 mutated", mutateCheck(u22), Hints{}, "usps-impb-22", slug, false},
		{"22 AI 99", u22other, Hints{}, "usps-impb-22", slug, true},
		{"22 not 9x", withCheck("840011120123456789012", refGS1), Hints{}, "usps-impb-22", slug, false},
		{"26", u26, Hints{}, "usps-impb-26", slug, true},
		{"26 public", "92748931507708513018050063", Hints{}, "usps-impb-26", slug, true},
		{"26 mutated", mutateCheck(u26), Hints{}, "usps-impb-26", slug, false},
		{"30", u30, Hints{}, "usps-impb-30", slug, true},
		{"30 public", "420 22153 9101026837331000039521", Hints{}, "usps-impb-30", slug, true},
		{"30 mutated", mutateCheck(u30), Hints{}, "usps-impb-30", slug, false},
		{"30 without 420", "52090210" + u22, Hints{}, "usps-impb-30", slug, false},
		{"34 zip+4", u34zip4, Hints{}, "usps-impb-34", slug, true},
		{"34 zip5 + 26", u34zip5, Hints{}, "usps-impb-34", slug, true},
		{"34 public", "4201002334249200190132607600833457", Hints{}, "usps-impb-34", slug, true},
		{"34 mutated", mutateCheck(u34zip4), Hints{}, "usps-impb-34", slug, false},
		{"34 public mutated", "4201028200009261290113185417468511", Hints{}, "usps-impb-34", slug, false},
		{"usa hint still usps", u22, Hints{DestinationCountryISO3: "USA"}, "usps-impb-22", slug, true},
	})
}

// The routing prefix must not be part of the checked data: a number whose
// check digit only works over the whole 30 digits is rejected.
func TestUSPSRoutingNotChecked(t *testing.T) {
	body := "940011120123456789012"
	whole := withCheck("42090210"+body, refGS1)
	if refGS1(body) == int(whole[len(whole)-1]-'0') {
		t.Skip("check digits coincide for this body; pick another")
	}
	if findFormat(Detect(whole, Hints{}), "usps-impb-30") != nil {
		t.Fatalf("Detect(%s) validated the routing prefix", whole)
	}
}

// USPS-issued application identifiers (91-95) outrank other 9x prefixes.
func TestUSPSApplicationIdentifierConfidence(t *testing.T) {
	good := findFormat(Detect(withCheck("940011120123456789012", refGS1), Hints{}), "usps-impb-22")
	other := findFormat(Detect(withCheck("990011120123456789012", refGS1), Hints{}), "usps-impb-22")
	if good == nil || other == nil || good.Confidence <= other.Confidence {
		t.Fatalf("good=%+v other=%+v", good, other)
	}
}
