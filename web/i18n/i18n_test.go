package i18n

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
	"time"
)

func messages(t *testing.T, lang string) map[string]any {
	t.Helper()
	b, err := files.ReadFile("locales/" + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestLanguagesHaveTheSameMessages: a text added in one language only would
// show its id to readers of the other.
func TestLanguagesHaveTheSameMessages(t *testing.T) {
	en := messages(t, "en")
	for _, lang := range Languages[1:] {
		other := messages(t, lang)
		for id := range en {
			if _, ok := other[id]; !ok {
				t.Errorf("%s lacks %q", lang, id)
			}
		}
		for id := range other {
			if _, ok := en[id]; !ok {
				t.Errorf("%s has %q, which en lacks", lang, id)
			}
		}
	}
}

// messageCall finds literal message ids in the code that renders texts.
var messageCall = regexp.MustCompile(`\b(?:t|tf|T|Tf|N)\((?:ctx, )?"([a-z][a-z0-9_]*)"[,)]`)

// TestEveryUsedMessageExists scans the public pages' code for message ids and
// checks the ids built at run time (status headlines, problem pages).
func TestEveryUsedMessageExists(t *testing.T) {
	ids := map[string]bool{}
	for _, pattern := range []string{"../../templates/track_*.templ", "../../handlers/track/*.go",
		"../../handlers/views/*.go", "../../handlers/api/trackerdelivery/*.go", "*.go"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range messageCall.FindAllStringSubmatch(string(b), -1) {
				ids[m[1]] = true
			}
		}
	}
	for _, s := range []string{"Pending", "InfoReceived", "PickedUp", "InTransit", "OutForDelivery",
		"AttemptFail", "Delivered", "AvailableForPickup", "Exception", "Expired"} {
		ids["head_"+s], ids["detail_"+s] = true, true
	}
	for _, p := range []string{"unknown_shop", "bad_number", "unknown_carrier", "unavailable", "carrier_down",
		"not_found", "invalid_at_carrier"} {
		ids[p+"_title"], ids[p+"_message"] = true, true
	}
	for _, f := range []string{"feature_carriers", "feature_live", "feature_private"} {
		ids[f], ids[f+"_text"] = true, true
	}
	if len(ids) < 60 {
		t.Fatalf("found only %d message ids; is the scan broken?", len(ids))
	}
	for _, lang := range Languages {
		l := For(lang)
		for id := range ids {
			if got := l.Tf(id, map[string]any{"Carrier": "X", "Number": "1", "Name": "N"}); got == id {
				t.Errorf("%s: no message %q", lang, id)
			}
		}
	}
}

func TestNegotiate(t *testing.T) {
	cases := []struct{ explicit, accept, fallback, want string }{
		{"", "", "en", "en"},
		{"", "ko-KR,ko;q=0.9,en-US;q=0.8", "en", "ko"},
		{"", "en-GB,en;q=0.9,ko;q=0.5", "ko", "en"},
		{"", "fr-FR,fr;q=0.9", "ko", "ko"},
		{"en", "ko", "ko", "en"},
		{"KO", "", "en", "ko"},
		{"de", "", "en", "en"},
		{"", "garbage;;q=", "en", "en"},
	}
	for _, c := range cases {
		if got := Negotiate(c.explicit, c.accept, c.fallback); got != c.want {
			t.Errorf("Negotiate(%q, %q, %q) = %q, want %q", c.explicit, c.accept, c.fallback, got, c.want)
		}
	}
}

func TestFormats(t *testing.T) {
	seoul := time.FixedZone("", 9*3600)
	at := time.Date(2024, 4, 25, 17, 19, 0, 0, seoul)
	now := time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC)
	en, ko := For("en"), For("ko")
	got := []string{
		Zone(at), Zone(at.In(time.FixedZone("", -4*3600))), Zone(at.In(time.FixedZone("", 5*3600+1800))),
		en.DateTime(at, now), ko.DateTime(at, now), en.LongDay(at, now), ko.LongDay(at, now),
		en.Day(at, now.AddDate(1, 0, 0)), ko.Day(at, now.AddDate(1, 0, 0)),
		en.Ago(now, now.Add(-90*time.Second)), ko.Ago(now, now.Add(-3*time.Hour)), en.Ago(now, now.Add(-time.Minute)),
	}
	want := []string{
		"UTC+9", "UTC-4", "UTC+5:30",
		"Thu, Apr 25, 5:19 PM (UTC+9)", "4월 25일 (목) 17:19 (UTC+9)", "Thursday, April 25", "4월 25일 목요일",
		"Thu, Apr 25, 2024", "2024년 4월 25일 (목)",
		"1 minute ago", "3시간 전", "1 minute ago",
	}
	if !reflect.DeepEqual(got, want) {
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("format %d = %q, want %q", i, got[i], want[i])
			}
		}
	}
}
