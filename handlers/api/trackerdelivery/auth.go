package trackerdelivery

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/middleware"
)

// authScheme is the Authorization scheme of tracker.delivery client credentials.
const authScheme = "TRACKQL-API-KEY"

// Authenticate checks "Authorization: TRACKQL-API-KEY client_id:client_secret"
// and applies the rate limit: per credential with one, per client IP without.
// Calls without credentials are allowed, as tracker.delivery's v1 allowed them;
// wrong credentials are refused rather than treated as none.
func (h *Handler) Authenticate(c *gin.Context) {
	auth := strings.TrimSpace(c.GetHeader("Authorization"))
	if auth == "" {
		h.limit(c, h.Anonymous, "ip:"+c.ClientIP())
		return
	}
	scheme, token, _ := strings.Cut(auth, " ")
	if !strings.EqualFold(scheme, authScheme) {
		fail(c, http.StatusUnauthorized, "td_bad_scheme")
		return
	}
	cred, err := h.Clients.Authenticate(c.Request.Context(), token)
	switch {
	case errors.Is(err, models.ErrNotFound):
		fail(c, http.StatusUnauthorized, "td_bad_credentials")
		return
	case err != nil:
		_ = c.Error(err)
		fail(c, http.StatusInternalServerError, "td_internal")
		return
	}
	h.limit(c, h.Keyed, "client:"+cred.ID)
}

func (h *Handler) limit(c *gin.Context, l *middleware.Limiter, key string) {
	d := l.Allow(key)
	d.SetHeaders(c)
	if !d.Allowed {
		fail(c, http.StatusTooManyRequests, "td_rate_limited")
		return
	}
	c.Next()
}
