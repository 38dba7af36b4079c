package detect

import "strings"

// collector gathers one number's candidates in a fixed array so Detect does
// a single allocation (the returned slice).
type collector struct {
	hints               Hints
	origin, destination string // the country hints, trimmed once rather than per candidate
	digits              bool   // the number is all digits; computed once, most formats ask
	n                   int
	items               [maxCandidates]Candidate
}

func newCollector(h Hints, n []byte) collector {
	return collector{hints: h, digits: allDigits(n),
		origin: strings.TrimSpace(h.OriginCountryISO3), destination: strings.TrimSpace(h.DestinationCountryISO3)}
}

// add reports s under its primary slug, country and base confidence.
func (c *collector) add(s *spec) {
	c.emit(s, s.Slugs[0], s.country, s.conf)
}

// emit applies the hints to one match and keeps the best candidate per slug.
// slug, country and conf are explicit because some formats (S10) pick the
// carrier from the number itself, and some adjust confidence by prefix.
func (c *collector) emit(s *spec, slug, country string, conf int) {
	if !c.allowed(slug) {
		return
	}
	boost := c.countryBoost(country)
	if s.NeedsHint && boost == 0 && !c.named(slug) {
		return
	}
	conf += boost
	if !s.CheckDigit && conf > patternCap {
		conf = patternCap
	}
	conf = min(max(conf, 0), 100)
	cand := Candidate{Slug: slug, Format: s.Name, CheckDigit: s.CheckDigit, Confidence: conf}
	for i := 0; i < c.n; i++ {
		if c.items[i].Slug == slug {
			// Dedupe by slug: a later, better format replaces an earlier one;
			// ties keep the earlier (allSpecs order is the tie-break).
			if better(cand, c.items[i]) {
				c.items[i] = cand
			}
			return
		}
	}
	if c.n < len(c.items) {
		c.items[c.n] = cand
		c.n++
	}
}

// better orders candidates: confidence, then check digit, then slug.
func better(a, b Candidate) bool {
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	if a.CheckDigit != b.CheckDigit {
		return a.CheckDigit
	}
	return a.Slug < b.Slug
}

// allowed applies the filtering hints: the slug list and the slug group both
// restrict, so giving both means the intersection.
func (c *collector) allowed(slug string) bool {
	h := &c.hints
	if len(h.Slugs) > 0 && !inList(h.Slugs, slug) {
		return false
	}
	return h.SlugGroup == "" || inGroup(h.SlugGroup, slug)
}

// named reports whether the caller pointed at slug explicitly, which is
// enough to let a weak (hint-only) format through.
func (c *collector) named(slug string) bool {
	h := &c.hints
	return (len(h.Slugs) > 0 && inList(h.Slugs, slug)) ||
		(h.SlugGroup != "" && inGroup(h.SlugGroup, slug))
}

// countryBoost rewards a carrier whose home country is the origin or the
// destination; a domestic shipment (both) is rewarded twice.
func (c *collector) countryBoost(country string) int {
	if country == "" {
		return 0
	}
	b := 0
	if c.origin != "" && strings.EqualFold(c.origin, country) {
		b += countryBoost
	}
	if c.destination != "" && strings.EqualFold(c.destination, country) {
		b += countryBoost
	}
	return b
}

func inList(list []string, slug string) bool {
	for _, s := range list {
		if strings.EqualFold(strings.TrimSpace(s), slug) {
			return true
		}
	}
	return false
}

// inGroup implements AfterShip-style slug groups: "fedex-group" covers every
// slug starting with "fedex" (fedex, fedex-uk, fedex-freight …), "cj-group"
// covers cjlogistics and the cj-* slugs, and so on.
func inGroup(group, slug string) bool {
	g := strings.ToLower(strings.TrimSpace(group))
	base := strings.TrimSuffix(g, "-group")
	return base != "" && strings.HasPrefix(slug, base)
}

// result sorts the candidates (insertion sort: there are only a handful)
// and copies them out; nil when nothing matched.
func (c *collector) result() []Candidate {
	if c.n == 0 {
		return nil
	}
	items := c.items[:c.n]
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && better(items[j], items[j-1]); j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	out := make([]Candidate, len(items))
	copy(out, items)
	return out
}
