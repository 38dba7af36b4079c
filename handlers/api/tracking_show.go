package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// ShowTracking serves GET /trackings/:id and /trackings/:slug/:tracking_number.
// The lang parameter is accepted; checkpoint messages are kept as the carrier wrote them.
func (h *Handler) ShowTracking(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	h.respond(c, http.StatusOK, t, parseFields(c.Query("fields")))
}
