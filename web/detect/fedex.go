package detect

// FedEx numbers. FedEx prints several unrelated barcode families, each with
// its own check rule:
//
//   - Express, 12 digits: fedexMod11 (weights 1,3,7 from the right) over the
//     first 11 digits.
//   - Ground, 15 digits: GS1 mod 10 over the first 14.
//   - Ground SSCC-18, 18 digits: standard GS1 SSCC check over the first 17.
//   - SmartPost, 20 digits: an IMpb number printed without its "92"
//     application identifier; the check covers the implied "92" too.
//   - Ground "96", 22 digits: 96 + 2 SCNC + 3 service + 14 serial + check; the
//     GS1 mod 10 covers only the last 15 digits (serial + check).
//   - SmartPost "92", 22 digits: a full USPS IMpb number (GS1 mod 10 over all
//     21 data digits), so it always also matches usps-impb-22 and ranks below it.
//     The SmartPost label barcode prints it after the USPS "420" + ZIP5 (30
//     digits) or ZIP+4 (34 digits) routing prefix; the check covers the IMpb
//     only, and USPS ranks first there too.
//   - Express 34-digit barcode (first digit 0-8, e.g. "100…", "102…", "119…")
//     and Ground GSN 34 ("96…"): the last 14 digits are a 13-digit serial +
//     check using the Express mod 11 rule, so the last 12 are the Express
//     tracking number. A "420" start is a USPS routing prefix and left to USPS.
//   - SSCC with its "00" application identifier printed: 20 digits, the GS1
//     check of the 18-digit SSCC (leading zeros do not change a GS1 check).
//   - Door tags: "DT" + 12 digits; FedEx publishes no check digit for them.
//
// Rules: FedEx "Barcode specifications" for Ground/Express labels; the
// weights and samples are collected in jkeen/tracking_number_data
// (couriers/fedex.json), the GS1 rule in the GS1 General Specifications 7.9.

var (
	specFedExExpress12 = &spec{Format: Format{
		Name: "fedex-express-12", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx Express: 12 digits; mod 11 with weights 1,3,7 from the right over the first 11, check = sum % 11 % 10",
		Example:     "123456789012",
	}, conf: 88, country: "USA"}
	specFedExGround15 = &spec{Format: Format{
		Name: "fedex-ground-15", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx Ground: 15 digits; GS1 mod 10 (weights 3,1 from the right) over the first 14",
		Example:     "123456789012343",
	}, conf: 88, country: "USA"}
	specFedExSSCC18 = &spec{Format: Format{
		Name: "fedex-sscc-18", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx Ground SSCC-18: 18 digits; GS1 mod 10 over the first 17",
		Example:     "006141411234567890",
	}, conf: 80, country: "USA"}
	specFedExSmartPost20 = &spec{Format: Format{
		Name: "fedex-smartpost-20", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx SmartPost: 20 digits (IMpb without its \"92\"); GS1 mod 10 over \"92\" + the first 19",
		Example:     "61212345678901234566",
	}, conf: 80, country: "USA"}
	specFedExGround96 = &spec{Format: Format{
		Name: "fedex-ground-96-22", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx Ground 96: \"96\" + 20 digits; GS1 mod 10 over the last 15 digits only",
		Example:     "9612345123456789012343",
	}, conf: 92, country: "USA"}
	specFedExSmartPost22 = &spec{Format: Format{
		Name: "fedex-smartpost-22", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx SmartPost: \"92\" + 20 digits (a USPS IMpb); GS1 mod 10 over the first 21",
		Example:     "9261290100123456789018",
	}, conf: 82, country: "USA"}
	specFedExExpress34 = &spec{Format: Format{
		Name: "fedex-express-34", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx Express 34-digit barcode: first digit 0-8 (not \"420\") + 33 digits; Express mod 11 over the last 14 digits",
		Example:     "1001901234567899021001234567890129",
	}, conf: 90, country: "USA"}
	specFedExGSN34 = &spec{Format: Format{
		Name: "fedex-ground-gsn-34", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx Ground GSN: \"96\" + 32 digits; Express mod 11 over the last 14 digits",
		Example:     "9622001560123456789007948083901230",
	}, conf: 90, country: "USA"}
	specFedExSmartPost420 = &spec{Format: Format{
		Name: "fedex-smartpost-420", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "FedEx SmartPost barcode: \"420\" + ZIP5 or ZIP+4 + a \"92\" IMpb of 22 digits (30 or 34 digits); GS1 mod 10 over the IMpb only",
		Example:     "42090210" + "9261290100123456789018",
	}, conf: 80, country: "USA"}
	specFedExSSCC20 = &spec{Format: Format{
		Name: "fedex-sscc-20", Slugs: []string{"fedex"}, CheckDigit: true,
		Description: "SSCC-18 printed with its \"00\" application identifier: \"00\" + 18 digits; GS1 mod 10 over the first 19",
		Example:     "00006141411234567890",
	}, conf: 86, country: "USA"}
	specFedExDoorTag = &spec{Format: Format{
		Name: "fedex-door-tag", Slugs: []string{"fedex"},
		Description: "FedEx door tag: \"DT\" + 12 digits; no published check digit",
		Example:     "DT106127430001",
	}, conf: 60, country: "USA"}
)

func matchFedEx(n []byte, c *collector) {
	if !c.digits {
		if len(n) == 14 && hasPrefix(n, "DT") && allDigits(n[2:]) {
			c.add(specFedExDoorTag)
		}
		return
	}
	switch len(n) {
	case 12:
		if checkMatches(n, fedexMod11(n[:11])) {
			c.add(specFedExExpress12)
		}
	case 15:
		if checkMatches(n, gs1Mod10("", n[:14])) {
			c.add(specFedExGround15)
		}
	case 18:
		if checkMatches(n, gs1Mod10("", n[:17])) {
			c.add(specFedExSSCC18)
		}
	case 20:
		if checkMatches(n, gs1Mod10("92", n[:19])) {
			c.add(specFedExSmartPost20)
		}
		if hasPrefix(n, "00") && checkMatches(n, gs1Mod10("", n[:19])) {
			c.add(specFedExSSCC20)
		}
	case 22:
		matchFedEx22(n, c)
	case 30:
		matchSmartPost420(n, c)
	case 34:
		matchFedEx34(n, c)
		matchSmartPost420(n, c)
	}
}

func matchFedEx22(n []byte, c *collector) {
	switch {
	case hasPrefix(n, "96") && checkMatches(n, gs1Mod10("", n[7:21])):
		c.add(specFedExGround96)
	case hasPrefix(n, "92") && checkMatches(n, gs1Mod10("", n[:21])):
		c.add(specFedExSmartPost22)
	}
}

// matchSmartPost420 checks the 22-digit "92" IMpb after a "420" + ZIP5 (30
// digits) or ZIP+4 (34 digits) routing prefix.
func matchSmartPost420(n []byte, c *collector) {
	impb := n[len(n)-22:]
	if !hasPrefix(n, "420") || !hasPrefix(impb, "92") {
		return
	}
	if checkMatches(impb, gs1Mod10("", impb[:21])) {
		c.add(specFedExSmartPost420)
	}
}

func matchFedEx34(n []byte, c *collector) {
	if !checkMatches(n, fedexMod11(n[20:33])) {
		return
	}
	switch {
	case hasPrefix(n, "96"):
		c.add(specFedExGSN34)
	case n[0] <= '8' && !hasPrefix(n, "420"):
		c.add(specFedExExpress34)
	}
}
