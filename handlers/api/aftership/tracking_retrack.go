package aftership

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/waypost/waypost/web/server/render"
)

// RetrackTracking serves POST /trackings/:id/retrack: only an inactive tracking
// may be retracked (4013), at most three times (4016).
func (h *Handler) RetrackTracking(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	t, err := h.svc.Retrack(c.Request.Context(), OrgID(c), t.ID)
	if err != nil {
		h.fail(c, err)
		return
	}
	d, ok := h.detail(c, t)
	if !ok {
		return
	}
	render.AfterShipOK(c, http.StatusOK, h.v.brief(d, true))
}
