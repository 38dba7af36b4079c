package detect

// UPS numbers.
//
//   - "1Z": 1Z + 6-character shipper account + 2-character service code +
//     7-character package id + 1 check digit (18 characters in all).
//   - Waybills: one of A, H, J, K, T, V + 9 digits + check digit; the same
//     mod 10 (weights 1,2 from the left) over the 9 digits, the letter is not
//     counted. Samples and the rule: jkeen/tracking_number_data couriers/ups.json.
//   - UPS Mail Innovations, as UPS's tracking help page lists them
//     (ups.com/…/help-center/sri/tracking-number.page): the "Mail Innovations
//     compliant package id" MI + 6-digit customer number + up to 22 letters or
//     digits, and the 18-digit MMS/MMI sequence number. Neither has a
//     published check digit; the 18-digit form is a bare digit string, so it
//     is weak (hint only). MI pieces handed to USPS also carry a USPS IMpb,
//     which is detected as usps.
//
// Not supported: the 9- and 12-digit freight PRO / InfoNotice numbers, bare
// digit strings without a check digit that would collide with every carrier.

var (
	specUPS1Z = &spec{Format: Format{
		Name:  "ups-1z",
		Slugs: []string{"ups"},
		Description: "UPS 1Z: \"1Z\" + 6 alnum shipper + 2 service + 7 package + check digit; " +
			"UPS mod 10 over the 15 characters after 1Z (letters = (ASCII-63) mod 10, weights 1,2 from the left)",
		Example:    "1ZA1B2C30312345673",
		CheckDigit: true,
	}, conf: 98, country: "USA"}
	specUPSWaybill = &spec{Format: Format{
		Name: "ups-waybill", Slugs: []string{"ups"}, CheckDigit: true,
		Description: "UPS waybill: A/H/J/K/T/V + 9 digits + check digit; UPS mod 10 (weights 1,2 from the left) over the 9 digits",
		Example:     "K1506235620",
	}, conf: 84, country: "USA"}
	specUPSMailInnovations = &spec{Format: Format{
		Name: "ups-mi", Slugs: []string{"ups-mi"},
		Description: "UPS Mail Innovations package id: \"MI\" + 6-digit customer number + 1-22 letters or digits; no check digit",
		Example:     "MI123456ORDER7788",
	}, conf: 60, country: "USA"}
	specUPSMISequence = &spec{Format: Format{
		Name: "ups-mi-sequence-18", Slugs: []string{"ups-mi"}, NeedsHint: true,
		Description: "UPS Mail Innovations MMS/MMI sequence number: 18 digits; no check digit, reported only with a USA or ups-mi hint",
		Example:     "712345678901234567",
	}, conf: 25, country: "USA"}
)

func matchUPS(n []byte, c *collector) {
	switch {
	case c.digits:
		if len(n) == 18 {
			c.add(specUPSMISequence)
		}
	case len(n) == 18 && hasPrefix(n, "1Z"):
		if allAlnum(n[2:]) && checkMatches(n, upsMod10(n[2:17])) {
			c.add(specUPS1Z)
		}
	case len(n) == 11 && isUPSWaybillLetter(n[0]):
		if allDigits(n[1:]) && checkMatches(n, upsMod10(n[1:10])) {
			c.add(specUPSWaybill)
		}
	case len(n) >= 9 && len(n) <= 30 && hasPrefix(n, "MI"):
		if allDigits(n[2:8]) && allAlnum(n[8:]) && !s10Shape(n) {
			c.add(specUPSMailInnovations)
		}
	}
}

func isUPSWaybillLetter(b byte) bool {
	switch b {
	case 'A', 'H', 'J', 'K', 'T', 'V':
		return true
	}
	return false
}
