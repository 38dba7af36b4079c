package render_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
)

// A browser gets a whole error page; htmx, which swaps nothing on an error status,
// gets the same words as a fragment.
func TestErrorIsAPageOrAFragment(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/x", func(c *gin.Context) { render.NotFound(c, "No such tracking.") })
	for _, htmx := range []bool{false, true} {
		req := httptest.NewRequest(http.MethodGet, "/x", nil)
		if htmx {
			req.Header.Set("HX-Request", "true")
		}
		w := httptest.NewRecorder()
		r.ServeHTTP(w, req)
		body := w.Body.String()
		if w.Code != http.StatusNotFound || !strings.Contains(body, "No such tracking.") {
			t.Errorf("htmx=%v: %d %s", htmx, w.Code, body)
		}
		if page := strings.Contains(body, "<html"); page == htmx {
			t.Errorf("htmx=%v: whole page=%v: %s", htmx, page, body)
		}
	}
}
