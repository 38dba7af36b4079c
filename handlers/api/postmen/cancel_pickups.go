package postmen

import (
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

type cancelPickupRequest struct {
	Pickup *ref `json:"pickup"`
}

type cancelPickupOut struct {
	ID           string  `json:"id"`
	Status       string  `json:"status"`
	Pickup       ref     `json:"pickup"`
	ErrorMessage *string `json:"error_message,omitempty"`
	CreatedAt    string  `json:"created_at"`
	UpdatedAt    string  `json:"updated_at"`
}

func newCancelPickup(x *shipping.CancelPickup) cancelPickupOut {
	return cancelPickupOut{ID: x.ID, Status: x.Status, Pickup: ref{ID: x.PickupID},
		ErrorMessage: null(x.ErrorMessage), CreatedAt: stampOffset(x.CreatedAt), UpdatedAt: stampOffset(x.UpdatedAt)}
}

// CreateCancelPickup cancels a booked pickup.
func (h *Handler) CreateCancelPickup(c *gin.Context) {
	var req cancelPickupRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	k.require(idOf(req.Pickup) != "", "pickup.id")
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	x, err := h.svc.CancelPickup(c.Request.Context(), orgID(c), idOf(req.Pickup), idempotencyKey(c))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Pickup"))
		return
	}
	render.PostmenData(c, newCancelPickup(x))
}

// ListCancelPickups lists pickup cancellations.
func (h *Handler) ListCancelPickups(c *gin.Context) {
	f, err := listFilter(c)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	page, err := h.svc.ListCancelPickups(c.Request.Context(), orgID(c), f)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]cancelPickupOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, newCancelPickup(&page.Items[i]))
	}
	render.PostmenData(c, listOut("cancel_pickups", f.Limit, page.NextToken, out))
}

// ShowCancelPickup reads one pickup cancellation.
func (h *Handler) ShowCancelPickup(c *gin.Context) {
	x, err := h.svc.CancelPickupByID(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Cancel pickup"))
		return
	}
	render.PostmenData(c, newCancelPickup(x))
}
