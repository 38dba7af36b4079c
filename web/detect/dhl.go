package detect

// DHL numbers, with the slugs AfterShip uses for each DHL business.
//
//   - Express waybills (dhl): 10 digits (or 11 for some Express Air
//     waybills); the last digit is the preceding digits, read as one number,
//     mod 7. A mod 7 check only rejects 6 in 7 random numbers and is shared
//     with CJ Logistics and Logen, so it ranks below the mod 10/11 families.
//   - Express piece ids (dhl-pieceid): "J" + 2–3 letters + 9–10 digits (JJD…,
//     JVGL…), the per-package labels of an Express shipment. No check digit
//     is published: pattern only. "JJD"/"JD" + 16 digits is Yodel (europe.go).
//   - DHL eCommerce Americas (dhl-global-mail, formerly DHL Global Mail):
//     "GM" + 10–39 letters or digits; DHL's tracking API documents the
//     dhlPackageId as alphanumeric. No check digit: pattern only.
//   - DHL eCommerce Asia (dhl-global-mail-asia): a 2-letter country prefix
//     (CN, HK, IN, MY, SG, TH) + 10–39 letters or digits with at least one
//     digit. No check digit. DHL eCommerce "LX…/RX…" numbers with a country
//     suffix are S10 and are handled in s10.go, so S10-shaped numbers are
//     never taken as this pattern.
//
// Formats and samples: jkeen/tracking_number_data couriers/dhl.json.

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
		Description: "DHL eCommerce Americas: \"GM\" + 10-39 letters or digits (at least one digit); no check digit",
		Example:     "GM6043215678901234",
	}, conf: 55, country: "USA"}
	specDHLeCommerceAsia = &spec{Format: Format{
		Name: "dhl-ecommerce-asia", Slugs: []string{"dhl-global-mail-asia"},
		Description: "DHL eCommerce Asia: CN/HK/IN/MY/SG/TH + 10-39 letters or digits (at least one digit, not an S10 number); no check digit",
		Example:     "MYCGE1234567890",
	}, conf: 45}
)

func matchDHL(n []byte, c *collector) {
	switch {
	case c.digits:
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
	case len(n) < 12 || len(n) > 41 || s10Shape(n):
	case hasPrefix(n, "GM"):
		if alnumWithDigit(n[2:]) {
			c.add(specDHLeCommerceGM)
		}
	case isDHLAsiaPrefix(n):
		if alnumWithDigit(n[2:]) {
			c.add(specDHLeCommerceAsia)
		}
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

func isDHLAsiaPrefix(n []byte) bool {
	switch n[0] {
	case 'C':
		return n[1] == 'N'
	case 'H':
		return n[1] == 'K'
	case 'I':
		return n[1] == 'N'
	case 'M':
		return n[1] == 'Y'
	case 'S':
		return n[1] == 'G'
	case 'T':
		return n[1] == 'H'
	}
	return false
}

// alnumWithDigit reports letters and digits only, at least one a digit.
func alnumWithDigit(b []byte) bool {
	if !allAlnum(b) {
		return false
	}
	for _, c := range b {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}
