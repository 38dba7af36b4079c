package aftership

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// CreateTracking serves POST /trackings.
func (h *Handler) CreateTracking(c *gin.Context) {
	body, ok := h.body(c)
	if !ok {
		return
	}
	in, err := h.v.decodeCreate(body)
	if err != nil {
		h.fail(c, err)
		return
	}
	if in.Source == "" {
		in.Source = "api"
	}
	t, err := h.svc.Create(c.Request.Context(), OrgID(c), in)
	var exists *tracking.ExistsError
	if errors.As(err, &exists) {
		// AfterShip names the existing tracking so a client can carry on with it.
		render.AfterShipFailWith(c, http.StatusBadRequest, render.AfterShipTrackingExists, "Tracking already exists.", h.v.exists(exists.Existing))
		return
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	h.respond(c, http.StatusCreated, t, nil)
}
