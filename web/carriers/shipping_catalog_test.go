package carriers

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestEveryShippingCourierHasAProfile(t *testing.T) {
	profiles := map[string]bool{}
	for _, p := range ShippingProfiles() {
		profiles[p.Slug] = true
		if c, ok := Lookup(p.Slug); !ok || !c.Shipping {
			t.Errorf("profile %s: courier missing or not marked Shipping", p.Slug)
		}
	}
	for _, c := range Catalog() {
		if c.Shipping && !profiles[c.Slug] {
			t.Errorf("courier %s ships but has no shipping profile", c.Slug)
		}
	}
	for _, s := range []string{"usps", "ups", "fedex", "dhl", "sendle", "kpost", "cjlogistics",
		"canada-post", "royal-mail", "australia-post"} {
		if !profiles[s] {
			t.Errorf("no shipping profile for %s", s)
		}
	}
}

func TestShippingProfilesAreSaneAndSorted(t *testing.T) {
	list := ShippingProfiles()
	if !sort.SliceIsSorted(list, func(i, j int) bool { return list[i].Slug < list[j].Slug }) {
		t.Error("profiles not sorted by slug")
	}
	types := map[string]bool{}
	for _, p := range list {
		c, _ := Lookup(p.Slug)
		if p.Name != c.Name || len(p.Services) == 0 || len(p.Credentials) == 0 {
			t.Errorf("%s: incomplete profile %+v", p.Slug, p)
		}
		for _, s := range p.Services {
			if types[s.Type] || !strings.HasPrefix(s.Type, p.Slug+"-") || s.Name == "" || !(s.Domestic || s.International) {
				t.Errorf("%s: bad service %+v", p.Slug, s)
			}
			types[s.Type] = true
		}
		keys := map[string]bool{}
		secret := false
		for _, cr := range p.Credentials {
			if keys[cr.Key] || cr.Key == "" || cr.Label == "" {
				t.Errorf("%s: bad credential %+v", p.Slug, cr)
			}
			keys[cr.Key], secret = true, secret || cr.Secret
		}
		if !secret {
			t.Errorf("%s: no credential is secret", p.Slug)
		}
	}
	for _, want := range []string{"usps-priority_mail", "usps-ground_advantage", "fedex-ground", "ups-ground",
		"dhl-express_worldwide", "sendle-standard_dropoff", "kpost-ems", "royal-mail-tracked_24"} {
		if !types[want] {
			t.Errorf("no service %s", want)
		}
	}
}

func TestShippingProfileOfAndService(t *testing.T) {
	p, ok := ShippingProfileOf(" USPS ")
	if !ok || p.Slug != "usps" || p.Name != "USPS" {
		t.Fatalf("ShippingProfileOf(USPS) = %+v, %v", p, ok)
	}
	s, ok := p.Service("usps-priority_mail_express_international")
	if !ok || !s.International || s.Domestic || s.Name != "USPS Priority Mail Express International" {
		t.Errorf("Service = %+v, %v", s, ok)
	}
	if _, ok := p.Service("ups-ground"); ok {
		t.Error("USPS profile sells a UPS service")
	}
	if _, ok := ShippingProfileOf("hanjin"); ok {
		t.Error("hanjin has no shipping profile")
	}
	p.Services[0].Name = "changed"
	p.Credentials[0].Key = "changed"
	again, _ := ShippingProfileOf("usps")
	if again.Services[0].Name == "changed" || again.Credentials[0].Key == "changed" {
		t.Error("ShippingProfileOf leaked its internal data")
	}
}

func TestCheckShipperCredentials(t *testing.T) {
	usps := map[string]string{"client_id": "abc", "client_secret": "s3cret", "crid": "12345678",
		"mid": "901234567", "account_number": "1000123456"}
	with := func(base map[string]string, kv ...string) map[string]string {
		out := map[string]string{}
		for k, v := range base {
			out[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			out[kv[i]] = kv[i+1]
		}
		return out
	}
	tests := []struct {
		name  string
		slug  string
		creds map[string]string
		want  []string
	}{
		{"complete", "usps", usps, nil},
		{"unknown keys ignored", "usps", with(usps, "favourite_colour", "blue"), nil},
		{"optional given well", "usps", with(usps, "manifest_mid", "123456", "account_type", "eps"), nil},
		{"optional malformed", "usps", with(usps, "manifest_mid", "12345"), []string{"manifest_mid"}},
		{"blank is missing", "usps", with(usps, "client_secret", "  "), []string{"client_secret"}},
		{"missing and malformed sorted", "usps", with(usps, "mid", "12-34", "crid", ""), []string{"crid", "mid"}},
		{"values are trimmed", "fedex", map[string]string{"client_id": "k", "client_secret": "s", "account_number": " 123456789 "}, nil},
		{"fedex account is 9 digits", "fedex", map[string]string{"client_id": "k", "client_secret": "s", "account_number": "12345678"}, []string{"account_number"}},
		{"ups shipper number", "UPS", map[string]string{"client_id": "k", "client_secret": "s", "account_number": "a1b2c3"}, nil},
		{"nothing given", "sendle", nil, []string{"api_key", "sendle_id"}},
		{"korean business number", "cjlogistics", map[string]string{"customer_id": "30224130", "business_number": "123-45-67890", "api_key": "k"}, nil},
		{"kpost customer number", "kpost", map[string]string{"customer_number": "12345", "approval_number": "1234567890", "api_key": "k", "security_key": "s"}, []string{"customer_number"}},
		{"unknown slug", "hanjin", map[string]string{}, nil},
	}
	for _, tt := range tests {
		if got := CheckShipperCredentials(tt.slug, tt.creds); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: CheckShipperCredentials = %v, want %v", tt.name, got, tt.want)
		}
	}
}
