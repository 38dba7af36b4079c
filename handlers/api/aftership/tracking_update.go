package aftership

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// UpdateTracking serves PUT /trackings/:id (and the legacy slug/number form).
func (h *Handler) UpdateTracking(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	body, ok := h.body(c)
	if !ok {
		return
	}
	in, err := h.v.decodeUpdate(body)
	if err != nil {
		h.fail(c, err)
		return
	}
	t, err = h.svc.Update(c.Request.Context(), OrgID(c), t.ID, in)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.respond(c, http.StatusOK, t, nil)
}
