package postmen_test

import (
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// A Postmen client authenticates with postmen-api-key (the SDKs) or as-api-key
// (AfterShip's docs); anything else is a 4105 with HTTP 401 in the envelope.
func TestAPIKeyHeaders(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		for _, header := range []string{"postmen-api-key", "as-api-key"} {
			c.header = header
			r := c.do("GET", "/couriers", nil)
			if len(list(r.ok(t, header), "couriers")) == 0 {
				t.Errorf("%s: no couriers", header)
			}
			if r.Header.Get("X-RateLimit-Limit") == "" || r.Header.Get("X-RateLimit-Remaining") == "" || r.Header.Get("X-RateLimit-Reset") == "" {
				t.Errorf("%s: rate limit headers missing: %v", header, r.Header)
			}
		}
		c.header, c.key = "", "wp_test_not_a_real_key_000000"
		c.do("GET", "/labels", nil).fails(t, "wrong key", 401, 4105)
		c.key = ""
		c.do("GET", "/labels", nil).fails(t, "no key", 401, 4105)
		c.header, c.key = "aftership-api-key", apptest.APIKey
		c.do("GET", "/labels", nil).fails(t, "a Tracking API header", 401, 4105)
		signed, _, _, err := in.App.Accounts.NewSignatureAPIKey(t.Context(), in.OrgID(t), "signed")
		if err != nil {
			t.Fatal(err)
		}
		c.header, c.key = "", signed
		c.do("GET", "/labels", nil).fails(t, "a key that requires signatures", 401, 4105)
	})
}

// An unknown path under /postmen/v3 answers the Postmen envelope, not a page.
func TestUnknownPath(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: pmStart})
	c := newClient(t, in)
	c.do("GET", "/nothing-here", nil).fails(t, "unknown path", 404, 4105)
	c.do("PATCH", "/labels", nil).fails(t, "unknown method", 404, 4105)
}

// Over the per-key limit a client gets a 429 envelope with the same headers as
// the Tracking API, and retrying later works.
func TestRateLimit(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: pmStart, Env: map[string]string{"WAYPOST_API_RATE_LIMIT": "3"}})
	c := newClient(t, in)
	for i := range 3 {
		c.do("GET", "/couriers", nil).ok(t, "call "+string(rune('1'+i)))
	}
	r := c.do("GET", "/couriers", nil)
	r.fails(t, "fourth call", 429, 429)
	if !r.Meta.Retryable || r.Header.Get("X-RateLimit-Remaining") != "0" || r.Header.Get("Retry-After") == "" {
		t.Errorf("429: retryable %v, headers %v", r.Meta.Retryable, r.Header)
	}
	in.Clock.Advance(61e9)
	c.do("GET", "/couriers", nil).ok(t, "after the window")
}
