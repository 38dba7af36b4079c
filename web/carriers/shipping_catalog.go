package carriers

import (
	"regexp"
	"sort"
	"strings"
)

// ShippingProfile is what Waypost knows about shipping with one carrier: the services a
// shipper account can buy and the credential fields the carrier's own API needs, so the
// console can draw the account form and the API can list couriers for clients to pick.
type ShippingProfile struct {
	Slug        string
	Name        string
	Services    []ShippingService
	Credentials []ShipperCredential
}

// Service finds one of the profile's services by its service type.
func (p ShippingProfile) Service(t string) (ShippingService, bool) {
	for _, s := range p.Services {
		if s.Type == t {
			return s, true
		}
	}
	return ShippingService{}, false
}

// credentialRule is a credential field plus the shape its value must have; the shape
// stays private so the exported profile is plain data.
type credentialRule struct {
	ShipperCredential
	pattern *regexp.Regexp // nil: any non-blank value
}

// shippingEntry is one carrier's row in the shipping catalog data.
type shippingEntry struct {
	slug     string
	services []ShippingService
	creds    []credentialRule
}

func cred(key, label string) credentialRule {
	return credentialRule{ShipperCredential: ShipperCredential{Key: key, Label: label}}
}

func secretCred(key, label string) credentialRule {
	r := cred(key, label)
	r.Secret = true
	return r
}

func (r credentialRule) optional() credentialRule {
	r.Optional = true
	return r
}

// matching constrains the value to a whole-string regular expression.
func (r credentialRule) matching(expr string) credentialRule {
	r.pattern = regexp.MustCompile("^(?:" + expr + ")$")
	return r
}

func domestic(t, name string) ShippingService {
	return ShippingService{Type: t, Name: name, Domestic: true}
}

func international(t, name string) ShippingService {
	return ShippingService{Type: t, Name: name, International: true}
}

func bothWays(t, name string) ShippingService {
	return ShippingService{Type: t, Name: name, Domestic: true, International: true}
}

// shippingEntries lists every carrier that ships through Waypost; the courier catalog marks
// the same slugs with Shipping, and a test keeps the two in step.
var shippingEntries = func() []shippingEntry {
	all := append(append([]shippingEntry(nil), americanShippers...), worldShippers...)
	sort.Slice(all, func(i, j int) bool { return all[i].slug < all[j].slug })
	return all
}()

var shippingIndex = func() map[string]int {
	m := make(map[string]int, len(shippingEntries))
	for i, e := range shippingEntries {
		m[e.slug] = i
	}
	return m
}()

// ShippingProfiles lists the profile of every shipping carrier, sorted by slug. The
// slices are copies, so callers may modify them.
func ShippingProfiles() []ShippingProfile {
	out := make([]ShippingProfile, len(shippingEntries))
	for i, e := range shippingEntries {
		out[i] = e.profile()
	}
	return out
}

// ShippingProfileOf finds a carrier's shipping profile by slug, case-insensitively.
func ShippingProfileOf(slug string) (ShippingProfile, bool) {
	i, ok := shippingIndex[strings.ToLower(strings.TrimSpace(slug))]
	if !ok {
		return ShippingProfile{}, false
	}
	return shippingEntries[i].profile(), true
}

func (e shippingEntry) profile() ShippingProfile {
	p := ShippingProfile{Slug: e.slug, Name: e.slug}
	if c, ok := Lookup(e.slug); ok {
		p.Name = c.Name
	}
	p.Services = append([]ShippingService(nil), e.services...)
	p.Credentials = make([]ShipperCredential, len(e.creds))
	for i, r := range e.creds {
		p.Credentials[i] = r.ShipperCredential
	}
	return p
}

// CheckShipperCredentials returns the credential keys of a carrier that are missing
// (required and blank) or malformed (present but not the shape the carrier issues),
// sorted. Keys the carrier does not use are ignored. A slug without a shipping profile
// has nothing to check and returns nil: callers look the profile up first.
func CheckShipperCredentials(slug string, creds map[string]string) []string {
	i, ok := shippingIndex[strings.ToLower(strings.TrimSpace(slug))]
	if !ok {
		return nil
	}
	var bad []string
	for _, r := range shippingEntries[i].creds {
		v := strings.TrimSpace(creds[r.Key])
		switch {
		case v == "" && !r.Optional:
			bad = append(bad, r.Key)
		case v != "" && r.pattern != nil && !r.pattern.MatchString(v):
			bad = append(bad, r.Key)
		}
	}
	sort.Strings(bad)
	return bad
}
