package aftership

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/waypost/waypost/web/server/render"
)

// DeleteTracking serves DELETE /trackings/:id (and the legacy slug/number form).
func (h *Handler) DeleteTracking(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	// The detail is read first: the response describes the tracking as it was.
	d, ok := h.detail(c, t)
	if !ok {
		return
	}
	if _, err := h.svc.Delete(c.Request.Context(), OrgID(c), t.ID); err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, h.v.brief(d, false))
}
