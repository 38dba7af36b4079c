package postmen

import (
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
)

// CreatePickup books a collection of labels, or of parcels described.
func (h *Handler) CreatePickup(c *gin.Context) {
	var req pickupRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	in := req.input(&k)
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	p, err := h.svc.CreatePickup(c.Request.Context(), orgID(c), in, idempotencyKey(c))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account or label"))
		return
	}
	render.PostmenData(c, newPickup(p))
}

// ListPickups lists pickups.
func (h *Handler) ListPickups(c *gin.Context) {
	f, err := listFilter(c)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	page, err := h.svc.ListPickups(c.Request.Context(), orgID(c), f)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]pickupOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, newPickup(&page.Items[i]))
	}
	render.PostmenData(c, listOut("pickups", f.Limit, page.NextToken, out))
}

// ShowPickup reads one pickup.
func (h *Handler) ShowPickup(c *gin.Context) {
	p, err := h.svc.Pickup(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Pickup"))
		return
	}
	render.PostmenData(c, newPickup(p))
}
