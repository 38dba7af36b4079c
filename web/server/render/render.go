// Package render writes templ components through gin with the request's context
// (CSP nonce, locale, cancellation), and tells htmx requests apart.
package render

import (
	"bytes"
	"net/http"

	"github.com/a-h/templ"
	"github.com/gin-gonic/gin"
)

// HTML renders a component with the request's context. It renders into a buffer
// first so that a failing component yields a clean 500, not half a page.
func HTML(c *gin.Context, status int, comp templ.Component) {
	var buf bytes.Buffer
	if err := comp.Render(c.Request.Context(), &buf); err != nil {
		_ = c.Error(err)
		c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("Internal error while rendering the page."))
		return
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// IsHTMX reports whether the request came from htmx and wants a fragment.
func IsHTMX(c *gin.Context) bool {
	return c.GetHeader("HX-Request") == "true" && c.GetHeader("HX-History-Restore-Request") != "true"
}

// Redirect sends the browser elsewhere after a form post, htmx or not.
func Redirect(c *gin.Context, to string) {
	if IsHTMX(c) {
		c.Header("HX-Redirect", to)
		c.Status(http.StatusNoContent)
		return
	}
	c.Redirect(http.StatusSeeOther, to)
}
