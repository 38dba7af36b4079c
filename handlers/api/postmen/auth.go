package postmen

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
)

// KeyChecker resolves an API key.
type KeyChecker interface {
	Authenticate(ctx context.Context, key string) (*models.APIKey, error)
}

const orgKey = "waypost.postmen.org"

// RequireAPIKey authenticates by the as-api-key header (AfterShip's name) or the
// postmen-api-key header (the one the Postmen SDKs send), then applies the per-key
// rate limit shared with the Tracking API, with the same X-RateLimit headers.
func RequireAPIKey(keys KeyChecker, limit *middleware.Limiter) gin.HandlerFunc {
	return func(c *gin.Context) {
		key := strings.TrimSpace(c.GetHeader("as-api-key"))
		if key == "" {
			key = strings.TrimSpace(c.GetHeader("postmen-api-key"))
		}
		if key == "" {
			unauthorized(c, "Invalid URL or API key: send the key in the as-api-key or postmen-api-key header.")
			return
		}
		k, err := keys.Authenticate(c.Request.Context(), key)
		if errors.Is(err, models.ErrNotFound) {
			unauthorized(c, "Invalid URL or API key.")
			return
		}
		if err != nil {
			render.PostmenError(c, err)
			return
		}
		if k.SignatureRequired {
			unauthorized(c, "This API key requires signed requests, which the Shipping API does not take: use a key without signature.")
			return
		}
		d := limit.Allow(k.ID)
		d.SetHeaders(c)
		if !d.Allowed {
			render.PostmenFail(c, http.StatusTooManyRequests, render.PostmenRateLimited,
				"You have exceeded the API call rate limit. Please wait for the reset time in X-RateLimit-Reset.", nil, true)
			return
		}
		c.Set(orgKey, k.OrganizationID)
		c.Next()
	}
}

func unauthorized(c *gin.Context, msg string) {
	render.PostmenFail(c, http.StatusUnauthorized, render.PostmenInvalidKey, msg, nil, false)
}

// orgID is the authenticated organization.
func orgID(c *gin.Context) string { return c.GetString(orgKey) }
