// Package middleware holds the gin middleware of Waypost's route groups.
package middleware

import (
	"context"
	"net/http"

	"github.com/a-h/templ"
	"github.com/gin-gonic/gin"
	"github.com/unrolled/secure"
)

// pageCSP allows only this origin's assets and scripts carrying the request's nonce.
const pageCSP = "default-src 'self'; script-src 'self' $NONCE; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// SecurityHeaders sets the CSP (with a per-request nonce handed to templ), framing,
// sniffing, referrer and HSTS headers for HTML pages.
func SecurityHeaders(https bool) gin.HandlerFunc {
	opts := secure.Options{
		ContentSecurityPolicy:   pageCSP,
		FrameDeny:               true,
		ContentTypeNosniff:      true,
		ReferrerPolicy:          "strict-origin-when-cross-origin",
		PermissionsPolicy:       "camera=(), microphone=(), geolocation=(), payment=()",
		CrossOriginOpenerPolicy: "same-origin",
	}
	if https {
		opts.STSSeconds = 63072000
		opts.STSIncludeSubdomains = true
	}
	s := secure.New(opts)
	return func(c *gin.Context) {
		nonce, err := s.ProcessAndReturnNonce(c.Writer, c.Request)
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.Request = c.Request.WithContext(templ.WithNonce(c.Request.Context(), nonce))
		c.Next()
	}
}

// APIHeaders sets the headers JSON responses need: no sniffing, no framing, no caching
// of private data.
func APIHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cache-Control", "no-store")
		c.Next()
	}
}

// Nonce returns the CSP nonce of the request.
func Nonce(ctx context.Context) string { return templ.GetNonce(ctx) }
