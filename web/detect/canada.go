package detect

// Canadian carriers: Canada Post, Canpar and Purolator.
//
//   - Canada Post PIN: 16 digits, GS1 mod 10 (weights 3,1 from the right) over
//     the first 15. Its 13-character international items are S10 (s10.go).
//     12-digit Canada Post numbers carry no published check digit and are
//     weak (hint only).
//   - Canpar: one of C, D, K, L, S, U, X, Z + 21 digits; no check digit.
//   - Purolator: 12 digits starting 0-5 with a Luhn check digit; or 3 letters
//     + 9 digits (no check digit).
//
// Formats, rules and samples: jkeen/tracking_number_data couriers/
// canadapost.json, canpar.json, purolator.json.

const can = "CAN"

var (
	specCanadaPost16 = &spec{Format: Format{
		Name: "canada-post-16", Slugs: []string{"canada-post"}, CheckDigit: true,
		Description: "Canada Post PIN: 16 digits; GS1 mod 10 (weights 3,1 from the right) over the first 15",
		Example:     "1234567890123452",
	}, conf: 86, country: can}
	specCanadaPost12 = &spec{Format: Format{
		Name: "canada-post-12", Slugs: []string{"canada-post"}, NeedsHint: true,
		Description: "Canada Post 12-digit number; no published check digit, reported only with a Canada or canada-post hint",
		Example:     "401234567890",
	}, conf: 30, country: can}
	specCanpar = &spec{Format: Format{
		Name: "canpar", Slugs: []string{"canpar"},
		Description: "Canpar: C/D/K/L/S/U/X/Z + 21 digits; no published check digit",
		Example:     "D576002440000001718010",
	}, conf: 60, country: can}
	specPurolator12 = &spec{Format: Format{
		Name: "purolator-12", Slugs: []string{"purolator"}, CheckDigit: true,
		Description: "Purolator: 12 digits starting 0-5; Luhn over the first 11",
		Example:     "320595463938",
	}, conf: 80, country: can}
	specPurolatorAlpha = &spec{Format: Format{
		Name: "purolator-alpha", Slugs: []string{"purolator"},
		Description: "Purolator: 3 letters + 9 digits; no published check digit",
		Example:     "KYV009956937",
	}, conf: 55, country: can}
)

func matchCanada(n []byte, c *collector) {
	switch {
	case c.digits:
		matchCanadaDigits(n, c)
	case len(n) == 22 && isCanparLetter(n[0]) && allDigits(n[1:]):
		c.add(specCanpar)
	case len(n) == 12 && allUpper(n[:3]) && allDigits(n[3:]):
		c.add(specPurolatorAlpha)
	}
}

func matchCanadaDigits(n []byte, c *collector) {
	switch len(n) {
	case 12:
		c.add(specCanadaPost12)
		if n[0] <= '5' && checkMatches(n, luhn(n[:11])) {
			c.add(specPurolator12)
		}
	case 16:
		if checkMatches(n, gs1Mod10("", n[:15])) {
			c.add(specCanadaPost16)
		}
	}
}

func isCanparLetter(b byte) bool {
	switch b {
	case 'C', 'D', 'K', 'L', 'S', 'U', 'X', 'Z':
		return true
	}
	return false
}
