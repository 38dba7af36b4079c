package console

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// actionWords are the plain words for an action the service refused.
var actionWords = map[string]string{
	models.CodeStillActive:  "This tracking is still being followed, so there is nothing to retrack.",
	models.CodeRetrackLimit: "A tracking can be retracked at most 3 times, and this one has been.",
	models.CodeRequired:     "Choose why the shipment is complete: delivered, lost or returned to the sender.",
	models.CodeInvalid:      "Choose why the shipment is complete: delivered, lost or returned to the sender.",
}

// RetrackTracking follows a completed or expired tracking again.
func (h *Handler) RetrackTracking(c *gin.Context) {
	_, err := h.Tracking.Retrack(c.Request.Context(), orgID(c), c.Param("id"))
	h.afterAction(c, err, "Could not retrack", "/trackings/"+c.Param("id")+"?done=retracked")
}

// CompleteTracking stops following a tracking, with the reason the merchant gives.
func (h *Handler) CompleteTracking(c *gin.Context) {
	_, err := h.Tracking.MarkCompleted(c.Request.Context(), orgID(c), c.Param("id"),
		tracking.Completion{Reason: c.PostForm("reason")})
	h.afterAction(c, err, "Could not mark as completed", "/trackings/"+c.Param("id")+"?done=completed")
}

// DeleteTracking removes a tracking; the page asks first.
func (h *Handler) DeleteTracking(c *gin.Context) {
	_, err := h.Tracking.Delete(c.Request.Context(), orgID(c), c.Param("id"))
	h.afterAction(c, err, "Could not delete", "/trackings?done=deleted")
}

func (h *Handler) afterAction(c *gin.Context, err error, title, next string) {
	var ve *models.ValidationError
	switch {
	case err == nil:
		render.Redirect(c, next)
	case tracking.IsNotFound(err):
		notFound(c)
	case errors.As(err, &ve):
		msg, ok := actionWords[ve.Code]
		if !ok {
			msg = "This cannot be done to this tracking now."
		}
		render.Error(c, http.StatusUnprocessableEntity, title, msg)
	default:
		h.serverError(c, err)
	}
}
