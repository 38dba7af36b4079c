// Package detect guesses which courier issued a tracking number from its
// format and check digit, returning ranked AfterShip slugs.
//
// Detection is offline and deterministic. A format that carries a check digit
// only matches when the digit validates; formats without one are reported with
// CheckDigit=false and lower confidence. "Weak" formats (bare digit strings of
// a given length with no check digit and no distinctive prefix, such as Hanjin
// or CU Post) say almost nothing on their own, so they are only reported when
// a hint points at their carrier: an origin/destination country, an explicit
// slug, or a slug group. Without that gate every 10–14 digit string would be
// "detected".
package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hints narrow or re-rank the candidates.
type Hints struct {
	Slugs                  []string // only consider these slugs (AfterShip "slug" hint list); empty = all
	SlugGroup              string   // e.g. "fedex-group", "dhl-group", "amazon-group", "cj-group"
	OriginCountryISO3      string   // e.g. "KOR", "USA"
	DestinationCountryISO3 string
}

// Candidate is one courier a number may belong to.
type Candidate struct {
	Slug       string // AfterShip slug, e.g. "ups", "fedex", "usps", "kpost", "cjlogistics"
	Format     string // stable machine name of the matched format, e.g. "ups-1z", "upu-s10"
	CheckDigit bool   // true when the format has a check digit and it validated
	Confidence int    // 0..100, higher first
}

// Format describes one supported tracking-number format.
type Format struct {
	Name        string   // stable machine name, as in Candidate.Format
	Slugs       []string // slugs the format can yield (S10: one per mapped country)
	Description string   // human description including the check rule
	Example     string   // a valid number (check digit correct)
	CheckDigit  bool     // the format carries a check digit that Detect verifies
	NeedsHint   bool     // weak format: reported only when a hint points at its carrier
}

// spec is a Format plus the ranking data Detect needs.
type spec struct {
	Format
	conf    int    // base confidence before hint boosts
	country string // ISO 3166 alpha-3 home country of the carrier, for hint boosts
}

const (
	// maxNumberLen bounds normalized input; the longest formats (DHL eCommerce) are 41.
	maxNumberLen = 48
	// maxCandidates bounds one number's candidates; the worst case is 9 (a
	// 12-digit number with every slug hinted, see TestCandidateCapHasRoom).
	// Kept small: Detect zeroes the array for every number.
	maxCandidates = 16
	// countryBoost is added per hint side (origin, destination) that matches
	// the carrier's country, so a domestic shipment gets it twice.
	countryBoost = 8
	// patternCap keeps formats without a check digit below every format
	// whose check digit validated (those start at 80).
	patternCap = 75
)

// allSpecs lists every format in a fixed order; Formats and tests use it.
var allSpecs = []*spec{
	specUPS1Z, specUPSWaybill, specUPSMailInnovations, specUPSMISequence,
	specFedExExpress12, specFedExGround15, specFedExSSCC18, specFedExSmartPost20, specFedExSSCC20,
	specFedExGround96, specFedExSmartPost22, specFedExSmartPost420, specFedExExpress34, specFedExGSN34, specFedExDoorTag,
	specUSPS20, specUSPS22, specUSPS26, specUSPS30, specUSPS34,
	specS10,
	specDHLExpress10, specDHLExpress11, specDHLPieceID, specDHLeCommerceGM, specDHLeCommerceAsia,
	specAmazon, specOnTrac, specLaserShip1LS, specLaserShipCX, specLaserShipL,
	specOldDominion, specSpeeDee, specGOFO,
	specCanadaPost16, specCanadaPost12, specCanpar, specPurolator12, specPurolatorAlpha,
	specDPD15, specDPD28, specDPD14, specDPDUK10, specYodel, specLandmark,
	specYunExpress,
	specCJ10, specCJ12, specLotte12, specLogen11, specKPost13,
	specHanjin, specCUPost, specCVSnet, specCoupangLS,
}

// Formats lists every supported format. The result is a copy.
func Formats() []Format {
	out := make([]Format, len(allSpecs))
	for i, s := range allSpecs {
		out[i] = s.Format
		out[i].Slugs = append([]string(nil), s.Slugs...)
	}
	return out
}

// Normalize strips spaces, dashes and uppercases. Any Unicode space or dash
// counts, because numbers are pasted from e-mails and PDFs.
func Normalize(number string) string {
	var b strings.Builder
	b.Grow(len(number))
	for _, r := range number {
		if isSeparator(r) {
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

func isSeparator(r rune) bool {
	return r == '-' || unicode.IsSpace(r) || unicode.Is(unicode.Pd, r)
}

// normalizeInto is Normalize for Detect: it writes into a caller's stack
// buffer and reports false for input no format can match (too long, or a
// character other than A-Z/0-9 after separators are removed).
func normalizeInto(buf *[maxNumberLen]byte, s string) ([]byte, bool) {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isSeparator(r) {
				return nil, false
			}
			i += size
			continue
		}
		i++
		switch {
		case c == '-' || c == ' ' || (c >= '\t' && c <= '\r'):
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case (c < '0' || c > '9') && (c < 'A' || c > 'Z'):
			return nil, false
		}
		if n == len(buf) {
			return nil, false
		}
		buf[n] = c
		n++
	}
	return buf[:n], n > 0
}

// Detect returns candidates best first; empty when nothing matches (numbers
// that fail every check digit are not matched). Order: confidence descending,
// then check-digit formats first, then slug ascending.
func Detect(number string, h Hints) []Candidate {
	var buf [maxNumberLen]byte
	n, ok := normalizeInto(&buf, number)
	if !ok {
		return nil
	}
	c := newCollector(h, n)
	// Static calls (not a table of funcs) so the collector stays on the stack.
	matchUPS(n, &c)
	matchFedEx(n, &c)
	matchUSPS(n, &c)
	matchS10(n, &c)
	matchDHL(n, &c)
	matchUSRegional(n, &c)
	matchCanada(n, &c)
	matchEurope(n, &c)
	matchAsia(n, &c)
	matchKorea(n, &c)
	return c.result()
}
