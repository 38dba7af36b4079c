package detect

// USPS Intelligent Mail package barcode (IMpb) and its predecessors. Every
// form ends in a GS1 mod 10 check digit (weights 3,1 from the right).
//
//   - 20 digits: older "service code + mailer id + package id" numbers. Some
//     labels print an IMpb without its leading "91", whose check digit then
//     covers the implied "91"; both readings are accepted.
//   - 22 and 26 digits: IMpb starting with an application identifier 9x;
//     91–95 are the identifiers USPS issues, so those rank highest.
//   - 30 and 34 digits: the full barcode with the "420" + ZIP routing prefix
//     (ZIP5 or ZIP+4). The routing part is not covered by the check digit, so
//     it is stripped before checking; the rest must be a 22/26-digit IMpb.

var (
	specUSPS20 = &spec{Format: Format{
		Name: "usps-impb-20", Slugs: []string{"usps"}, CheckDigit: true,
		Description: "USPS 20 digits: GS1 mod 10 over the first 19 (or over an implied \"91\" + the first 19)",
		Example:     "71123456789123456787",
	}, conf: 85, country: "USA"}
	specUSPS22 = &spec{Format: Format{
		Name: "usps-impb-22", Slugs: []string{"usps"}, CheckDigit: true,
		Description: "USPS IMpb 22 digits starting 9x (usually 92–95); GS1 mod 10 over the first 21",
		Example:     "9400111201234567890128",
	}, conf: 95, country: "USA"}
	specUSPS26 = &spec{Format: Format{
		Name: "usps-impb-26", Slugs: []string{"usps"}, CheckDigit: true,
		Description: "USPS IMpb 26 digits starting 9x; GS1 mod 10 over the first 25",
		Example:     "92123456789012345678901237",
	}, conf: 92, country: "USA"}
	specUSPS30 = &spec{Format: Format{
		Name: "usps-impb-30", Slugs: []string{"usps"}, CheckDigit: true,
		Description: "USPS IMpb with routing: \"420\" + ZIP5 + 22-digit IMpb; GS1 mod 10 over the IMpb only",
		Example:     "420902109400111201234567890128",
	}, conf: 95, country: "USA"}
	specUSPS34 = &spec{Format: Format{
		Name: "usps-impb-34", Slugs: []string{"usps"}, CheckDigit: true,
		Description: "USPS IMpb with routing: \"420\" + ZIP+4 + 22-digit IMpb (or ZIP5 + 26-digit IMpb); GS1 mod 10 over the IMpb only",
		Example:     "4209021012349400111201234567890128",
	}, conf: 95, country: "USA"}
)

// uspsAIConf grades an IMpb application identifier: 91–95 are USPS-issued.
func uspsAIConf(impb []byte, good, other int) int {
	if impb[1] >= '1' && impb[1] <= '5' {
		return good
	}
	return other
}

// validIMpb checks a 22- or 26-digit IMpb body (no routing prefix).
func validIMpb(impb []byte) bool {
	return impb[0] == '9' && checkMatches(impb, gs1Mod10("", impb[:len(impb)-1]))
}

func matchUSPS(n []byte, c *collector) {
	if !c.digits {
		return
	}
	switch len(n) {
	case 20:
		if checkMatches(n, gs1Mod10("", n[:19])) {
			c.add(specUSPS20)
		} else if checkMatches(n, gs1Mod10("91", n[:19])) {
			c.emit(specUSPS20, "usps", specUSPS20.country, specUSPS20.conf-5)
		}
	case 22, 26:
		s := specUSPS22
		if len(n) == 26 {
			s = specUSPS26
		}
		if validIMpb(n) {
			c.emit(s, "usps", s.country, uspsAIConf(n, s.conf, s.conf-13))
		}
	case 30:
		if hasPrefix(n, "420") && validIMpb(n[8:]) {
			c.add(specUSPS30)
		}
	case 34:
		// ZIP+4 + 22-digit IMpb, or ZIP5 + 26-digit IMpb.
		if hasPrefix(n, "420") && (validIMpb(n[12:]) || validIMpb(n[8:])) {
			c.add(specUSPS34)
		}
	}
}
