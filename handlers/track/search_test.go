package track_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestSearch(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start})
	redirects := map[string]string{
		"/track?number=1234567880&carrier=kr.cjlogistics":          "/track/kr.cjlogistics/1234567880",
		"/track?number=+1234+5678+80&carrier=cjlogistics":          "/track/kr.cjlogistics/1234567880",
		"/track?number=EE123456785KR":                              "/track/kr.epost/EE123456785KR",
		"/track?number=EE123456785KR&lang=ko":                      "/track/kr.epost/EE123456785KR?lang=ko",
		"/m/" + handle(t, in) + "/track?number=1Z999AA10123456784": "/m/" + handle(t, in) + "/track/us.ups/1Z999AA10123456784",
	}
	for path, want := range redirects {
		res, _ := fetch(t, in, path)
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != want {
			t.Errorf("%s: %d to %q, want %q", path, res.StatusCode, res.Header.Get("Location"), want)
		}
	}
	// A number several carriers use: the shopper picks.
	res, page := fetch(t, in, "/track?number=612345758091")
	if res.StatusCode != http.StatusOK || strings.Count(page, `href="/track/kr.`) < 2 || !strings.Contains(page, "Which one shipped it?") {
		t.Errorf("ambiguous number: %d", res.StatusCode)
	}
	for path, status := range map[string]int{"/track?number=12": http.StatusBadRequest, "/track?number=ZZZZ": http.StatusNotFound} {
		res, page := fetch(t, in, path)
		if res.StatusCode != status || !strings.Contains(page, `id="tp-number-error"`) {
			t.Errorf("%s: %d, want %d with the field's error", path, res.StatusCode, status)
		}
	}
}
