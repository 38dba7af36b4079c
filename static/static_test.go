package static

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHashedURLsAreCachedForever(t *testing.T) {
	u := URL("css/app.css")
	if !strings.HasPrefix(u, "/static/") || !strings.HasSuffix(u, "/css/app.css") {
		t.Fatalf("url %q", u)
	}
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, u, nil))
	if rec.Code != 200 || !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") ||
		!strings.HasPrefix(rec.Header().Get("Content-Type"), "text/css") {
		t.Errorf("%d %v", rec.Code, rec.Header())
	}
	rec = httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/static/oldhash/css/app.css", nil))
	if rec.Code != 200 || strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("stale hash: %d %v", rec.Code, rec.Header())
	}
	rec = httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/static/x/../../static.go", nil))
	if rec.Code != 404 {
		t.Errorf("escape attempt: %d", rec.Code)
	}
}

func TestVendoredHTMXKeepsItsLicence(t *testing.T) {
	for _, f := range []string{"vendor/htmx/htmx.min.js", "vendor/htmx/LICENSE", "vendor/htmx/VERSION"} {
		if _, ok := assets[f]; !ok {
			t.Errorf("%s missing", f)
		}
	}
}
