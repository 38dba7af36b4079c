package track

import (
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/static"
)

// ShowEmbedScript serves the script merchants include next to the iframe, at a
// stable address their pages can keep: it is the current static/js/embed.js,
// briefly cached, so a new release reaches every merchant's site.
func ShowEmbedScript(c *gin.Context) {
	r := c.Request.Clone(c.Request.Context())
	r.URL.Path = "/static/current/js/embed.js"
	static.Handler().ServeHTTP(c.Writer, r)
}
