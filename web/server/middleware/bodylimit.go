package middleware

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// DefaultBodyLimit is WAYPOST_API_BODY_LIMIT's default: the largest legitimate
// body (a tracking with every field, or a batch of predictions) is a few kilobytes.
const DefaultBodyLimit = 1 << 20

// BodyLimit bounds the request bodies of a JSON API to limit bytes. A body that
// says it is larger (Content-Length) is answered by tooLarge before any handler
// runs; one that turns out larger while it is read fails the read with an
// *http.MaxBytesError, which the API maps to the same answer (IsBodyTooLarge).
// Each API passes its own envelope; the AfterShip, tracker.delivery and Postmen
// APIs share the one limit, WAYPOST_API_BODY_LIMIT.
// A limit of 0 (a configuration built without Load) is DefaultBodyLimit.
func BodyLimit(limit int64, tooLarge gin.HandlerFunc) gin.HandlerFunc {
	if limit <= 0 {
		limit = DefaultBodyLimit
	}
	return func(c *gin.Context) {
		if c.Request.ContentLength > limit {
			// The connection is not worth keeping for the rest of the upload.
			c.Header("Connection", "close")
			tooLarge(c)
			c.Abort()
			return
		}
		if c.Request.Body != nil && c.Request.Body != http.NoBody {
			c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, limit)
		}
		c.Next()
	}
}
