package track_test

import (
	"context"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestMain(m *testing.M) { apptest.Main(m) }

var start = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// fetch GETs a path with optional headers (name, value, ...) and returns the
// response with its body read.
func fetch(t *testing.T, in *apptest.Instance, path string, headers ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, in.URL+path, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := in.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// delivered starts an instance and lets the sandbox deliver a CJ Logistics
// parcel, so its page has the whole story.
func delivered(t *testing.T, dialect string) (*apptest.Instance, string) {
	t.Helper()
	in := apptest.Start(t, dialect, apptest.Options{Start: start})
	const path = "/track/kr.cjlogistics/1234567880"
	fetch(t, in, path)
	in.Clock.Advance(time.Hour)
	return in, path
}

func handle(t *testing.T, in *apptest.Instance) string {
	t.Helper()
	o, err := in.App.DB.OrganizationByID(context.Background(), in.OrgID(t))
	if err != nil {
		t.Fatal(err)
	}
	return o.Slug
}
