package detect

// UPS "1Z" numbers: 1Z + 6-character shipper account + 2-character service
// code + 7-character package id + 1 check digit (18 characters in all).
//
// Not supported on purpose: UPS Mail Innovations and the 9-digit / "T" +
// 10-digit freight and InfoNotice forms. Their check rules are not published
// in a form we could verify, and as bare digit strings they would collide
// with many other carriers.

var specUPS1Z = &spec{
	Format: Format{
		Name:  "ups-1z",
		Slugs: []string{"ups"},
		Description: "UPS 1Z: \"1Z\" + 6 alnum shipper + 2 service + 7 package + check digit; " +
			"UPS mod 10 over the 15 characters after 1Z (letters = (ASCII-63) mod 10, weights 1,2 from the left)",
		Example:    "1ZA1B2C30312345673",
		CheckDigit: true,
	},
	conf:    98,
	country: "USA",
}

func matchUPS(n []byte, c *collector) {
	if len(n) != 18 || !hasPrefix(n, "1Z") || !allAlnum(n[2:]) {
		return
	}
	if checkMatches(n, upsMod10(n[2:17])) {
		c.add(specUPS1Z)
	}
}
