package aftership_test

import (
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/waypost/waypost/web/app/apptest"
)

// langNumber is a CJ Logistics number the sandbox delivers with a signature, so its
// checkpoints carry a driver, a recipient and Korean branch names.
const langNumber = "651234567933"

func hasHangul(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Hangul, r) })
}

func checkpointsOf(t *testing.T, tr map[string]any) []map[string]any {
	t.Helper()
	raw, ok := tr["checkpoints"].([]any)
	if !ok || len(raw) < 3 {
		t.Fatalf("checkpoints: %v", tr["checkpoints"])
	}
	out := make([]map[string]any, len(raw))
	for i, c := range raw {
		out[i] = c.(map[string]any)
	}
	return out
}

func messagesOf(cps []map[string]any) []string {
	out := make([]string, len(cps))
	for i, c := range cps {
		out[i], _ = c["message"].(string)
	}
	return out
}

func TestLangTranslatesCheckpoints(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		body := map[string]any{"tracking": map[string]any{"slug": "cjlogistics", "tracking_number": langNumber}}
		id := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		in.Clock.Advance(time.Hour)
		c.poll(id)
		korean := checkpointsOf(t, c.expect(c.do("GET", "/trackings/"+id, nil), 200, 200).obj(t, "tracking"))
		if !hasHangul(strings.Join(messagesOf(korean), " ")) {
			t.Fatalf("the sandbox's CJ Logistics checkpoints are not Korean: %v", messagesOf(korean))
		}

		english := checkpointsOf(t, c.expect(c.do("GET", "/trackings/"+id+"?lang=en", nil), 200, 200).obj(t, "tracking"))
		assertEnglish(t, korean, english)
		if !strings.Contains(strings.Join(messagesOf(english), "\n"), "Parcel picked up from the sender") {
			t.Errorf("pickup not translated: %v", messagesOf(english))
		}

		// Region variants and the slug/number form read the same.
		bySlug := checkpointsOf(t, c.expect(c.do("GET", "/trackings/cjlogistics/"+langNumber+"?lang=en-US", nil), 200, 200).obj(t, "tracking"))
		if !reflect.DeepEqual(messagesOf(bySlug), messagesOf(english)) {
			t.Errorf("lang=en-US by slug: %v", messagesOf(bySlug))
		}
		// Korean is already Korean; French is not offered, so the carrier's text stays.
		for _, lang := range []string{"ko-KR", "fr", "zh"} {
			same := checkpointsOf(t, c.expect(c.do("GET", "/trackings/"+id+"?lang="+lang, nil), 200, 200).obj(t, "tracking"))
			if !reflect.DeepEqual(same, korean) {
				t.Errorf("lang=%s changed the checkpoints: %v", lang, messagesOf(same))
			}
		}
		// Translation is for the response only.
		again := checkpointsOf(t, c.expect(c.do("GET", "/trackings/"+id, nil), 200, 200).obj(t, "tracking"))
		if !reflect.DeepEqual(again, korean) {
			t.Errorf("stored checkpoints changed after a translated read: %v", messagesOf(again))
		}

		last := english[len(english)-1]["message"]
		lc := c.expect(c.do("GET", "/last_checkpoint/"+id+"?lang=en", nil), 200, 200).obj(t, "checkpoint")
		if lc["message"] != last || hasHangul(lc["location"].(string)) {
			t.Errorf("2024-04 last_checkpoint?lang=en: %v, want message %q", lc, last)
		}

		v4 := newASClient(t, in, "/v4")
		v4cps := checkpointsOf(t, v4.expect(v4.do("GET", "/trackings/"+id+"?lang=EN", nil), 200, 200).obj(t, "tracking"))
		if !reflect.DeepEqual(messagesOf(v4cps), messagesOf(english)) {
			t.Errorf("v4 lang=EN: %v", messagesOf(v4cps))
		}
		// The v4 Node SDK glues the query to a slug/number path with "&".
		v4lc := v4.expect(v4.do("GET", "/last_checkpoint/cjlogistics/"+langNumber+"&lang=en", nil), 200, 200).obj(t, "checkpoint")
		if v4lc["message"] != last {
			t.Errorf("v4 last_checkpoint&lang=en: %v, want %q", v4lc["message"], last)
		}

		n := newASClient(t, in, "/tracking/2025-07")
		n25 := checkpointsOf(t, n.expect(n.do("GET", "/trackings/"+id+"?lang=en_us", nil), 200, 200).obj(t, ""))
		if !reflect.DeepEqual(messagesOf(n25), messagesOf(english)) {
			t.Errorf("2025-07 lang=en_us: %v", messagesOf(n25))
		}

		// Lists translate every tracking of the page the same way.
		for _, v := range []*asClient{c, n, v4} {
			list := v.expect(v.do("GET", "/trackings?lang=en", nil), 200, 200).obj(t, "")
			ts, _ := list["trackings"].([]any)
			if len(ts) != 1 {
				t.Fatalf("list: %v", list)
			}
			if got := checkpointsOf(t, ts[0].(map[string]any)); !reflect.DeepEqual(messagesOf(got), messagesOf(english)) {
				t.Errorf("list lang=en: %v", messagesOf(got))
			}
		}
		c.expect(c.do("GET", "/trackings?lang=english!", nil), http.StatusBadRequest, 4008)
	})
}

// assertEnglish checks that every text of the translated checkpoints is English
// and that nothing but texts changed.
func assertEnglish(t *testing.T, korean, english []map[string]any) {
	t.Helper()
	if len(english) != len(korean) {
		t.Fatalf("lang=en has %d checkpoints, want %d", len(english), len(korean))
	}
	for i, e := range english {
		for _, f := range []string{"message", "location", "city", "state", "country_name"} {
			if s, _ := e[f].(string); hasHangul(s) {
				t.Errorf("checkpoint %d %s still Korean: %q", i, f, s)
			}
		}
		for _, f := range []string{"tag", "subtag", "subtag_message", "checkpoint_time", "created_at", "slug", "raw_tag", "zip", "coordinates"} {
			if !reflect.DeepEqual(e[f], korean[i][f]) {
				t.Errorf("checkpoint %d %s changed: %v -> %v", i, f, korean[i][f], e[f])
			}
		}
	}
}

func TestLangMalformedIsInvalidValue(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		body := map[string]any{"tracking": map[string]any{"slug": "cjlogistics", "tracking_number": langNumber}}
		id := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		for _, p := range []struct{ prefix, path string }{
			{"/tracking/2024-04", "/trackings/" + id + "?lang=english!"},
			{"/tracking/2024-04", "/last_checkpoint/" + id + "?lang=123"},
			{"/tracking/2025-07", "/trackings/" + id + "?lang=en--US"},
			{"/v4", "/trackings/cjlogistics/" + langNumber + "?lang=k"},
			{"/v4", "/last_checkpoint/cjlogistics/" + langNumber + "&lang=%20"},
		} {
			v := newASClient(t, in, p.prefix)
			r := v.do("GET", p.path, nil)
			if p.path[len(p.path)-3:] == "%20" {
				v.expect(r, 200, 200) // a blank lang is no lang
				continue
			}
			v.expect(r, http.StatusBadRequest, 4008)
			if !strings.Contains(r.Meta.Message, "`lang`") {
				t.Errorf("%s%s: message %q does not name lang", p.prefix, p.path, r.Meta.Message)
			}
		}
	})
}
