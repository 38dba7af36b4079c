package server_test

import (
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// HEAD answers wherever GET does, with GET's status and headers and no body:
// uptime checkers send HEAD to /healthz and link checkers to pages.
func TestHeadAnswersLikeGet(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)})
	for path, want := range map[string]int{
		"/healthz": http.StatusOK, "/readyz": http.StatusOK, "/": http.StatusOK, "/login": http.StatusOK,
		"/trackings": http.StatusSeeOther, "/tracking/2024-04/trackings": http.StatusUnauthorized, "/nowhere": http.StatusNotFound,
	} {
		req, _ := http.NewRequest(http.MethodHead, in.URL+path, nil)
		res, err := in.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != want || len(body) != 0 {
			t.Errorf("HEAD %s: %d with %d body bytes, want %d and none", path, res.StatusCode, len(body), want)
		}
		if want == http.StatusOK && res.Header.Get("Content-Type") == "" {
			t.Errorf("HEAD %s: no Content-Type", path)
		}
	}
}
