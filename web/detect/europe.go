package detect

// European carriers: DPD, Yodel and Landmark Global. Royal Mail's tracked
// numbers (domestic "TT123456785GB" and international) are UPU S10 and are
// checked in s10.go.
//
//   - DPD parcel number: 14 digits (4-digit depot + 10-digit serial), printed
//     with a check character computed by ISO/IEC 7064 MOD 37,36 over the 14
//     digits (DPD Parcel Label Specification 2.4.1, section "check digit").
//     The 15-character form with the check character is validated; the bare
//     14 digits have no check and are weak (hint only).
//   - DPD barcode: 7-digit destination postcode + 14-digit parcel number +
//     3-digit service code + 3-digit ISO 3166 numeric destination country +
//     check character (MOD 37,36 over the 27 digits). Country 826 (United
//     Kingdom) is a DPD UK parcel.
//   - DPD UK 10-digit consignment numbers carry no check; weak (hint only).
//   - Yodel: "JD" or "JJD" + 16 digits; no published check digit.
//   - Landmark Global: "LTN" + 8 digits + "N1"; no published check digit.
//
// Samples: jkeen/tracking_number_data couriers/dpd.json, yodel.json,
// landmark.json.

const gbr = "GBR"

var (
	specDPD15 = &spec{Format: Format{
		Name: "dpd-15", Slugs: []string{"dpd"}, CheckDigit: true,
		Description: "DPD parcel number with check character: 14 digits + 0-9/A-Z; ISO 7064 MOD 37,36 over the 14 digits",
		Example:     "09980000020033F",
	}, conf: 84}
	specDPD28 = &spec{Format: Format{
		Name: "dpd-28", Slugs: []string{"dpd", "dpd-uk"}, CheckDigit: true,
		Description: "DPD barcode: postcode(7) + parcel(14) + service(3) + country(3) + check character; " +
			"ISO 7064 MOD 37,36 over the 27 digits; country 826 is DPD UK",
		Example: "008182709980000020033350276C",
	}, conf: 90}
	specDPD14 = &spec{Format: Format{
		Name: "dpd-14", Slugs: []string{"dpd"}, NeedsHint: true,
		Description: "DPD parcel number without its check character: 14 digits starting 0 or 1; reported only with a dpd hint",
		Example:     "09980000020033",
	}, conf: 30}
	specDPDUK10 = &spec{Format: Format{
		Name: "dpd-uk-10", Slugs: []string{"dpd-uk"}, NeedsHint: true,
		Description: "DPD UK consignment number: 10 digits; no check digit, reported only with a United Kingdom or dpd-uk hint",
		Example:     "6504312345",
	}, conf: 30, country: gbr}
	specYodel = &spec{Format: Format{
		Name: "yodel", Slugs: []string{"yodel"},
		Description: "Yodel: \"JD\" or \"JJD\" + 16 digits; no published check digit",
		Example:     "JJD0002257639032011",
	}, conf: 60, country: gbr}
	specLandmark = &spec{Format: Format{
		Name: "landmark-ltn", Slugs: []string{"landmark-global"},
		Description: "Landmark Global: \"LTN\" + 8 digits + \"N1\"; no published check digit",
		Example:     "LTN74207623N1",
	}, conf: 60}
)

func matchEurope(n []byte, c *collector) {
	switch len(n) {
	case 10:
		if c.digits {
			c.add(specDPDUK10)
		}
	case 13:
		if hasPrefix(n, "LTN") && n[11] == 'N' && n[12] == '1' && allDigits(n[3:11]) {
			c.add(specLandmark)
		}
	case 14:
		if c.digits && n[0] <= '1' {
			c.add(specDPD14)
		}
	case 15:
		if allDigits(n[:14]) && checkCharMatches(n, mod3736(n[:14])) {
			c.add(specDPD15)
		}
	case 18, 19:
		prefix := "JD"
		if len(n) == 19 {
			prefix = "JJD"
		}
		if hasPrefix(n, prefix) && allDigits(n[len(prefix):]) {
			c.add(specYodel)
		}
	case 28:
		matchDPD28(n, c)
	}
}

func matchDPD28(n []byte, c *collector) {
	if !allDigits(n[:27]) || !checkCharMatches(n, mod3736(n[:27])) {
		return
	}
	if string(n[24:27]) == "826" {
		c.emit(specDPD28, "dpd-uk", gbr, specDPD28.conf)
		return
	}
	c.add(specDPD28)
}
