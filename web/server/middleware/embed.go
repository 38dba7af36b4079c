package middleware

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"

	"github.com/a-h/templ"
	"github.com/gin-gonic/gin"
)

// embedCSP is pageCSP for pages made to be framed: the same sources, with the
// frame-ancestors list of the merchant the page belongs to.
const embedCSP = "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors %s"

// ancestorSource is the shape of an origin in a frame-ancestors list. Origins are
// validated when merchants save them; this second check keeps anything else out
// of the header whatever the database holds.
var ancestorSource = regexp.MustCompile(`^https?://(\*\.)?[a-z0-9.-]+(:[0-9]{1,5})?$`)

// EmbedHeaders sets the security headers of an embeddable page. ancestors
// returns the origins allowed to frame it (Waypost's own pages may too); with
// none configured any site may, since the page holds nothing private and offers
// no action to trick a shopper into. It sets no X-Frame-Options, which would
// forbid framing outright.
func EmbedHeaders(https bool, ancestors func(*gin.Context) []string) gin.HandlerFunc {
	return func(c *gin.Context) {
		nonce := newNonce()
		h := c.Writer.Header()
		h.Set("Content-Security-Policy", fmt.Sprintf(embedCSP, nonce, frameAncestors(ancestors(c))))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		if https {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		c.Request = c.Request.WithContext(templ.WithNonce(c.Request.Context(), nonce))
		c.Next()
	}
}

func frameAncestors(origins []string) string {
	list := []string{"'self'"}
	for _, o := range origins {
		if ancestorSource.MatchString(o) {
			list = append(list, o)
		}
	}
	if len(list) == 1 {
		return "*"
	}
	return strings.Join(list, " ")
}

func newNonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawStdEncoding.EncodeToString(b)
}
