package detect

// Regional carriers with a single distinctive format each: Amazon Logistics,
// OnTrac, LaserShip and Canada Post.

var (
	specAmazon = &spec{Format: Format{
		Name: "amazon-tba", Slugs: []string{"amazon"},
		Description: "Amazon Logistics: \"TBA\"/\"TBC\"/\"TBM\" + 12 digits; no check digit",
		Example:     "TBA123456789012",
	}, conf: 60, country: "USA"}
	specOnTrac = &spec{Format: Format{
		Name: "ontrac", Slugs: []string{"ontrac"}, CheckDigit: true,
		Description: "OnTrac: \"C\" or \"D\" + 14 digits; UPS-style mod 10 over the letter (C=4, D=5) and the next 13 digits",
		Example:     "C12345678901236",
	}, conf: 92, country: "USA"}
	specLaserShip1LS = &spec{Format: Format{
		Name: "lasership-1ls", Slugs: []string{"lasership"},
		Description: "LaserShip: \"1LS\" + 12 digits (+ 2-digit piece suffix); no verifiable check digit",
		Example:     "1LS712345678901",
	}, conf: 55, country: "USA"}
	specLaserShipL = &spec{Format: Format{
		Name: "lasership-l", Slugs: []string{"lasership"},
		Description: "LaserShip: \"L\" + letter + 8 digits (e.g. LX…); no verifiable check digit",
		Example:     "LX12345678",
	}, conf: 50, country: "USA"}
	specCanadaPost16 = &spec{Format: Format{
		Name: "canada-post-16", Slugs: []string{"canada-post"}, CheckDigit: true,
		Description: "Canada Post PIN: 16 digits; GS1 mod 10 (weights 3,1 from the right) over the first 15",
		Example:     "1234567890123452",
	}, conf: 86, country: "CAN"}
	specCanadaPost12 = &spec{Format: Format{
		Name: "canada-post-12", Slugs: []string{"canada-post"}, NeedsHint: true,
		Description: "Canada Post 12-digit number; no published check digit, reported only with a Canada or canada-post hint",
		Example:     "401234567890",
	}, conf: 30, country: "CAN"}
)

func matchMisc(n []byte, c *collector) {
	switch len(n) {
	case 10:
		// L + letter + 8 digits.
		if n[0] == 'L' && n[1] >= 'A' && n[1] <= 'Z' && allDigits(n[2:]) {
			c.add(specLaserShipL)
		}
	case 12:
		if allDigits(n) {
			c.add(specCanadaPost12)
		}
	case 15:
		matchMisc15(n, c)
	case 16:
		if allDigits(n) && checkMatches(n, gs1Mod10("", n[:15])) {
			c.add(specCanadaPost16)
		}
	case 17:
		if hasPrefix(n, "1LS") && allDigits(n[3:]) {
			c.add(specLaserShip1LS)
		}
	}
}

// matchMisc15 handles the 15-character forms: TBA…, C…/D… and 1LS….
func matchMisc15(n []byte, c *collector) {
	switch {
	case (hasPrefix(n, "TBA") || hasPrefix(n, "TBC") || hasPrefix(n, "TBM")) && allDigits(n[3:]):
		c.add(specAmazon)
	case (n[0] == 'C' || n[0] == 'D') && allDigits(n[1:]):
		if checkMatches(n, upsMod10(n[:14])) {
			c.add(specOnTrac)
		}
	case hasPrefix(n, "1LS") && allDigits(n[3:]):
		c.add(specLaserShip1LS)
	}
}
