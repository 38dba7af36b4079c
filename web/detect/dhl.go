package detect

// DHL numbers.
//
//   - Express waybills: 10 digits (or 11 for some Express Air waybills); the
//     last digit is the preceding digits, read as one number, mod 7. A mod 7
//     check only rejects 6 in 7 random numbers and is shared with CJ Logistics
//     and Logen, so it ranks below the mod 10/11 families.
//   - Express piece ids: "J" + 2–3 letters + 9–10 digits (JJD…, JVGL…). No
//     check digit is published: pattern only.
//   - DHL eCommerce: "GM" + 10–39 digits. No check digit: pattern only.
//     DHL eCommerce "LX…/RX…" numbers with a country suffix are S10 and are
//     handled in s10.go.

var (
	specDHLExpress10 = &spec{Format: Format{
		Name: "dhl-express-10", Slugs: []string{"dhl"}, CheckDigit: true,
		Description: "DHL Express waybill: 10 digits; check = first 9 digits as a number % 7",
		Example:     "1234567891",
	}, conf: 86}
	specDHLExpress11 = &spec{Format: Format{
		Name: "dhl-express-11", Slugs: []string{"dhl"}, CheckDigit: true,
		Description: "DHL Express waybill: 11 digits; check = first 10 digits as a number % 7",
		Example:     "12345678903",
	}, conf: 82}
	specDHLPieceID = &spec{Format: Format{
		Name: "dhl-pieceid", Slugs: []string{"dhl-pieceid"},
		Description: "DHL Express piece id: \"J\" + 2-3 letters + 9-10 digits; no check digit",
		Example:     "JJD0012345678",
	}, conf: 55}
	specDHLeCommerceGM = &spec{Format: Format{
		Name: "dhl-ecommerce-gm", Slugs: []string{"dhl-global-mail"},
		Description: "DHL eCommerce: \"GM\" + 10-39 digits; no check digit",
		Example:     "GM6043215678901234",
	}, conf: 55, country: "USA"}
)

func matchDHL(n []byte, c *collector) {
	switch {
	case allDigits(n):
		switch len(n) {
		case 10:
			if checkMatches(n, mod7(n[:9])) {
				c.add(specDHLExpress10)
			}
		case 11:
			if checkMatches(n, mod7(n[:10])) {
				c.add(specDHLExpress11)
			}
		}
	case n[0] == 'J':
		matchDHLPieceID(n, c)
	case hasPrefix(n, "GM") && len(n) >= 12 && len(n) <= 41 && allDigits(n[2:]):
		c.add(specDHLeCommerceGM)
	}
}

// matchDHLPieceID accepts J + 2 or 3 letters + 9 or 10 digits.
func matchDHLPieceID(n []byte, c *collector) {
	letters := 1
	for letters < len(n) && letters < 4 && n[letters] >= 'A' && n[letters] <= 'Z' {
		letters++
	}
	digits := len(n) - letters
	if letters >= 3 && digits >= 9 && digits <= 10 && allDigits(n[letters:]) {
		c.add(specDHLPieceID)
	}
}
