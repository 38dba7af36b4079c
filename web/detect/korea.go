package detect

// Korean domestic carriers. Their numbers are bare digit strings, so lengths
// overlap heavily with each other and with DHL Express / FedEx Express:
//
//   - CJ Logistics (10 or 12 digits), Lotte (12) and Logen (11) end in a
//     check digit equal to the preceding digits, read as one number, mod 7.
//     This is the rule the carriers' own input forms apply; it is weak (one
//     in seven random strings passes) and identical across the three, so a
//     valid 12-digit number is reported for both CJ and Lotte.
//   - Korea Post domestic parcels are 13 digits, usually starting 6 or 7; no
//     check digit is publicly documented, so they are pattern-only.
//   - Hanjin, CU Post, GS Postbox (cvsnet) and Coupang Logistics publish no
//     check digit and no distinctive prefix: they are weak formats, reported
//     only when a hint points at Korea or names the carrier. Hanjin waybills
//     are 12 or 14 digits, the lengths tracker.delivery accepts for kr.hanjin
//     (shlee322/delivery-tracker packages/core/src/carriers/kr.hanjin); it
//     refuses every other length, and so does detection.
//
// A "KOR" origin or destination hint boosts all of them (see countryBoost),
// which is what puts CJ above DHL Express for a 10-digit number shipped in
// Korea.

const kor = "KOR"

var (
	specCJ10 = &spec{Format: Format{
		Name: "cjlogistics-10", Slugs: []string{"cjlogistics"}, CheckDigit: true,
		Description: "CJ Logistics (legacy): 10 digits; check = first 9 digits as a number % 7",
		Example:     "5123456785",
	}, conf: 80, country: kor}
	specCJ12 = &spec{Format: Format{
		Name: "cjlogistics-12", Slugs: []string{"cjlogistics"}, CheckDigit: true,
		Description: "CJ Logistics: 12 digits; check = first 11 digits as a number % 7",
		Example:     "651234567896",
	}, conf: 84, country: kor}
	specLotte12 = &spec{Format: Format{
		Name: "lotte-12", Slugs: []string{"lotte"}, CheckDigit: true,
		Description: "Lotte Global Logistics: 12 digits; check = first 11 digits as a number % 7",
		Example:     "312345678901",
	}, conf: 82, country: kor}
	specLogen11 = &spec{Format: Format{
		Name: "logen-11", Slugs: []string{"logen"}, CheckDigit: true,
		Description: "Logen: 11 digits; check = first 10 digits as a number % 7",
		Example:     "31234567895",
	}, conf: 82, country: kor}
	specKPost13 = &spec{Format: Format{
		Name: "kpost-13", Slugs: []string{"kpost"},
		Description: "Korea Post domestic parcel: 13 digits, usually starting 6 or 7; no public check digit",
		Example:     "6012345678901",
	}, conf: 45, country: kor}
	specHanjin = &spec{Format: Format{
		Name: "hanjin", Slugs: []string{"hanjin"}, NeedsHint: true,
		Description: "Hanjin: 12 or 14 digits; no public check digit, reported only with a Korea or hanjin hint",
		Example:     "412345678901",
	}, conf: 35, country: kor}
	specCUPost = &spec{Format: Format{
		Name: "cupost", Slugs: []string{"cupost"}, NeedsHint: true,
		Description: "CU Post (CU convenience-store parcel): 10-12 digits; no check digit, hint only",
		Example:     "2512345678",
	}, conf: 25, country: kor}
	specCVSnet = &spec{Format: Format{
		Name: "cvsnet", Slugs: []string{"cvsnet"}, NeedsHint: true,
		Description: "GS Postbox (cvsnet): 10-13 digits; no check digit, hint only",
		Example:     "3612345678901",
	}, conf: 25, country: kor}
	specCoupangLS = &spec{Format: Format{
		Name: "coupangls", Slugs: []string{"coupangls"}, NeedsHint: true,
		Description: "Coupang Logistics Services: 12-14 digits; no check digit, hint only",
		Example:     "12345678901234",
	}, conf: 25, country: kor}
)

func matchKorea(n []byte, c *collector) {
	if !c.digits || len(n) < 10 || len(n) > 14 {
		return
	}
	matchKoreaChecked(n, c)
	if len(n) == 13 {
		conf := specKPost13.conf
		if n[0] != '6' && n[0] != '7' {
			conf -= 10
		}
		c.emit(specKPost13, "kpost", kor, conf)
	}
	if len(n) == 12 || len(n) == 14 {
		c.add(specHanjin)
	}
	if len(n) <= 12 {
		c.add(specCUPost)
	}
	if len(n) <= 13 {
		c.add(specCVSnet)
	}
	if len(n) >= 12 {
		c.add(specCoupangLS)
	}
}

// matchKoreaChecked reports the mod 7 formats whose check digit validates.
func matchKoreaChecked(n []byte, c *collector) {
	if !checkMatches(n, mod7(n[:len(n)-1])) {
		return
	}
	switch len(n) {
	case 10:
		c.add(specCJ10)
	case 11:
		c.add(specLogen11)
	case 12:
		c.add(specCJ12)
		c.add(specLotte12)
	}
}
