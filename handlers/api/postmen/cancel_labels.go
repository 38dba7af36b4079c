package postmen

import (
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

type cancelLabelRequest struct {
	Label *ref `json:"label"`
}

type cancelLabelOut struct {
	ID           string  `json:"id"`
	Status       string  `json:"status"`
	Label        ref     `json:"label"`
	ErrorMessage *string `json:"error_message,omitempty"`
	CreatedAt    string  `json:"created_at"`
	UpdatedAt    string  `json:"updated_at"`
}

func newCancelLabel(x *shipping.CancelLabel) cancelLabelOut {
	return cancelLabelOut{ID: x.ID, Status: x.Status, Label: ref{ID: x.LabelID},
		ErrorMessage: null(x.ErrorMessage), CreatedAt: stampOffset(x.CreatedAt), UpdatedAt: stampOffset(x.UpdatedAt)}
}

// CreateCancelLabel voids a label. Cancelling twice, a manifested label or an
// unknown one is an error, never a second cancellation.
func (h *Handler) CreateCancelLabel(c *gin.Context) {
	var req cancelLabelRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	k.require(idOf(req.Label) != "", "label.id")
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	x, err := h.svc.CancelLabel(c.Request.Context(), orgID(c), idOf(req.Label), idempotencyKey(c))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Label"))
		return
	}
	render.PostmenData(c, newCancelLabel(x))
}

// ListCancelLabels lists label cancellations.
func (h *Handler) ListCancelLabels(c *gin.Context) {
	f, err := listFilter(c)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	page, err := h.svc.ListCancelLabels(c.Request.Context(), orgID(c), f)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]cancelLabelOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, newCancelLabel(&page.Items[i]))
	}
	render.PostmenData(c, listOut("cancel_labels", f.Limit, page.NextToken, out))
}

// ShowCancelLabel reads one label cancellation.
func (h *Handler) ShowCancelLabel(c *gin.Context) {
	x, err := h.svc.CancelLabelByID(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Cancel label"))
		return
	}
	render.PostmenData(c, newCancelLabel(x))
}
