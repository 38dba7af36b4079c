package aftership_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// Detection checks its hints as creation does: a slug group outside the enum or
// a country code that does not exist is a 4008, not an empty list.
func TestConformanceDetectHints(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	cases := []struct {
		prefix, body string
		code         int
		field        string
	}{
		{"/tracking/2024-04", `{"tracking":{"tracking_number":"1Z999AA10123456784","slug_group":"nope-group"}}`, 4008, "slug_group"},
		{"/tracking/2024-04", `{"tracking":{"tracking_number":"1Z999AA10123456784","origin_country_iso3":"ZZZ"}}`, 4008, "origin_country_iso3"},
		{"/v4", `{"tracking":{"tracking_number":"1Z999AA10123456784","tracking_destination_country":"ZZZ"}}`, 4008, "destination_country_iso3"},
		{"/v4", `{"tracking":{"tracking_number":"1Z999AA10123456784","slug":["ups","no-such"]}}`, 4010, "slug"},
		{"/tracking/2025-07", `{"tracking_number":"1Z999AA10123456784","destination_country_region":"ZZZ"}`, 4008, "destination_country_region"},
		{"/tracking/2025-07", `{"tracking_number":"1Z999AA10123456784","slug_group":"nope-group"}`, 4008, "slug_group"},
		{"/tracking/2025-07", `{"tracking_number":"1Z999AA10123456784","slug":["ups"],"slug_group":"dhl-group"}`, 4008, "slug_group"},
		{"/tracking/2024-04", `{"tracking":{"tracking_number":"1Z999AA10123456784","slug":"ups","slug_group":"dhl-group"}}`, 4008, "slug_group"},
	}
	for _, tc := range cases {
		c := newASClient(t, in, tc.prefix)
		r := c.do("POST", "/couriers/detect", tc.body)
		if r.Status != http.StatusBadRequest || r.Meta.Code != tc.code || !strings.Contains(r.Meta.Message, "`"+tc.field+"`") {
			t.Errorf("%s %s: HTTP %d meta %d %q, want 400 %d naming %s", tc.prefix, tc.body, r.Status, r.Meta.Code, r.Meta.Message, tc.code, tc.field)
		}
	}
	c := newASClient(t, in, "/tracking/2024-04")
	found := c.expect(c.do("POST", "/couriers/detect", `{"tracking":{"tracking_number":"1Z999AA10123456784","origin_country_iso3":"usa","slug_group":"dhl-group"}}`), 200, 200).obj(t, "")
	if _, ok := found["couriers"].([]any); !ok {
		t.Errorf("detect with valid hints: %v", found)
	}
}
