package detect

// United States regional carriers: Amazon Logistics, OnTrac, LaserShip,
// Old Dominion, Spee-Dee and GOFO. Formats and samples are collected in
// jkeen/tracking_number_data (couriers/<carrier>.json); the rules cited
// below are the ones those carriers' own numbers satisfy.
//
//   - Amazon Logistics: "TB" + A (United States), C (Canada) or M (Mexico) +
//     12 digits. No check digit; the letter names the country, which the
//     country hints use.
//   - OnTrac: "C" or "D" + 14 digits; the UPS mod 10 over the letter (read as
//     C=4, D=5) and the next 13 digits.
//   - LaserShip publishes no check digit (nor has one been found in
//     thousands of real numbers: jkeen/tracking_number_data issue 4), so its
//     numbers are refused unless every fixed part matches: "L" + one of
//     A, E, H, I, N, X + 1-3 + 7 digits; "1LS7" + 1 or 2 + 10, 12, 15 or 16
//     digits (15-21 characters, the 17-character form is a 15-digit label
//     with its piece suffix); "1LSCX" + 10 letters or digits.
//   - Old Dominion Freight Line PRO numbers: 11 digits starting 072, 777, 778
//     or 780 (or 80 for guaranteed shipments); Luhn check digit.
//   - Spee-Dee Delivery: "SP" + 18 digits; GOFO Express: "GFUS" + 14 digits.
//     Neither publishes a check digit.

var (
	specAmazon = &spec{Format: Format{
		Name: "amazon-tba", Slugs: []string{"amazon"},
		Description: "Amazon Logistics: \"TBA\" (US), \"TBC\" (Canada), \"TBM\" (Mexico) + 12 digits; no check digit",
		Example:     "TBA123456789012",
	}, conf: 60, country: "USA"}
	specOnTrac = &spec{Format: Format{
		Name: "ontrac", Slugs: []string{"ontrac"}, CheckDigit: true,
		Description: "OnTrac: \"C\" or \"D\" + 14 digits; UPS-style mod 10 over the letter (C=4, D=5) and the next 13 digits",
		Example:     "C12345678901236",
	}, conf: 92, country: "USA"}
	specLaserShip1LS = &spec{Format: Format{
		Name: "lasership-1ls", Slugs: []string{"lasership"},
		Description: "LaserShip: \"1LS7\" + 1 or 2 + 10, 12, 15 or 16 digits; no published check digit",
		Example:     "1LS712345678901",
	}, conf: 55, country: "USA"}
	specLaserShipCX = &spec{Format: Format{
		Name: "lasership-1lscx", Slugs: []string{"lasership"},
		Description: "LaserShip: \"1LSCX\" + 10 letters or digits; no published check digit",
		Example:     "1LSCXVE0058631Y",
	}, conf: 55, country: "USA"}
	specLaserShipL = &spec{Format: Format{
		Name: "lasership-l", Slugs: []string{"lasership"},
		Description: "LaserShip: \"L\" + A/E/H/I/N/X + 1-3 + 7 digits (e.g. LX1…); no published check digit",
		Example:     "LX12345678",
	}, conf: 50, country: "USA"}
	specOldDominion = &spec{Format: Format{
		Name: "old-dominion", Slugs: []string{"old-dominion"}, CheckDigit: true,
		Description: "Old Dominion PRO: 11 digits starting 072, 777, 778, 780 or 80; Luhn over the first 10",
		Example:     "07209562763",
	}, conf: 84, country: "USA"}
	specSpeeDee = &spec{Format: Format{
		Name: "spee-dee", Slugs: []string{"spee-dee"},
		Description: "Spee-Dee Delivery: \"SP\" + 18 digits; no published check digit",
		Example:     "SP029692510000920746",
	}, conf: 60, country: "USA"}
	specGOFO = &spec{Format: Format{
		Name: "gofo", Slugs: []string{"gofo-express"},
		Description: "GOFO Express (US): \"GFUS\" + 14 digits; no published check digit",
		Example:     "GFUS01011884214464",
	}, conf: 60, country: "USA"}
)

func matchUSRegional(n []byte, c *collector) {
	switch {
	case c.digits:
		if len(n) == 11 && isOldDominionPrefix(n) && checkMatches(n, luhn(n[:10])) {
			c.add(specOldDominion)
		}
	case n[0] == 'L' || hasPrefix(n, "1LS"):
		matchLaserShip(n, c)
	case len(n) == 15 && hasPrefix(n, "TB"):
		matchAmazon(n, c)
	case len(n) == 15 && (n[0] == 'C' || n[0] == 'D'):
		if allDigits(n[1:]) && checkMatches(n, upsMod10(n[:14])) {
			c.add(specOnTrac)
		}
	case len(n) == 20 && hasPrefix(n, "SP") && allDigits(n[2:]):
		c.add(specSpeeDee)
	case len(n) == 18 && hasPrefix(n, "GFUS") && allDigits(n[4:]):
		c.add(specGOFO)
	}
}

// matchAmazon reads the country from the third letter of TBA/TBC/TBM.
func matchAmazon(n []byte, c *collector) {
	if !allDigits(n[3:]) {
		return
	}
	switch n[2] {
	case 'A':
		c.add(specAmazon)
	case 'C':
		c.emit(specAmazon, "amazon", "CAN", specAmazon.conf)
	case 'M':
		c.emit(specAmazon, "amazon", "MEX", specAmazon.conf)
	}
}

func matchLaserShip(n []byte, c *collector) {
	switch {
	case len(n) == 10 && isLaserShipLetter(n[1]) && n[2] >= '1' && n[2] <= '3' && allDigits(n[3:]):
		c.add(specLaserShipL)
	case len(n) == 15 && hasPrefix(n, "1LSCX") && allAlnum(n[5:]):
		c.add(specLaserShipCX)
	case (hasPrefix(n, "1LS71") || hasPrefix(n, "1LS72")) && allDigits(n[5:]):
		switch len(n) {
		case 15, 17, 20, 21:
			c.add(specLaserShip1LS)
		}
	}
}

func isLaserShipLetter(b byte) bool {
	switch b {
	case 'A', 'E', 'H', 'I', 'N', 'X':
		return true
	}
	return false
}

func isOldDominionPrefix(n []byte) bool {
	return hasPrefix(n, "072") || hasPrefix(n, "777") || hasPrefix(n, "778") ||
		hasPrefix(n, "780") || hasPrefix(n, "80")
}
