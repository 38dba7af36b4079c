package aftership

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
)

// KeyChecker resolves an API key.
type KeyChecker interface {
	Authenticate(ctx context.Context, key string) (*models.APIKey, error)
}

const orgKey = "waypost.org"

// RequireAPIKey authenticates AfterShip-style requests by the as-api-key header
// (or aftership-api-key, which the legacy v4 clients send) and, for keys with
// signature, the request's signature against the clock now; then it applies the
// per-key rate limit.
func RequireAPIKey(keys KeyChecker, limit *middleware.Limiter, now func() time.Time) gin.HandlerFunc {
	return func(c *gin.Context) {
		key := strings.TrimSpace(c.GetHeader("as-api-key"))
		if key == "" {
			key = strings.TrimSpace(c.GetHeader("aftership-api-key"))
		}
		if key == "" {
			render.AfterShipFail(c, http.StatusUnauthorized, http.StatusUnauthorized, "Invalid API key: the as-api-key header is missing.")
			return
		}
		k, err := keys.Authenticate(c.Request.Context(), key)
		if errors.Is(err, models.ErrNotFound) {
			render.AfterShipFail(c, http.StatusUnauthorized, http.StatusUnauthorized, "Invalid API key.")
			return
		}
		if err != nil {
			render.AfterShipError(c, err)
			return
		}
		if !checkSignature(c, k, now()) {
			return
		}
		d := limit.Allow(k.ID)
		d.SetHeaders(c)
		if !d.Allowed {
			render.AfterShipFail(c, http.StatusTooManyRequests, http.StatusTooManyRequests, "You have exceeded the API call rate limit.")
			return
		}
		c.Set(orgKey, k.OrganizationID)
		c.Next()
	}
}

// OrgID is the authenticated organization.
func OrgID(c *gin.Context) string { return c.GetString(orgKey) }
