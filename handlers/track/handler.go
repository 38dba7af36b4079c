// Package track serves the public tracking pages. It sets no cookies and shows
// carrier data only, never a merchant's private fields.
package track

import (
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/handlers/views"
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// Handler serves the public pages.
type Handler struct {
	Tracking *tracking.Service
	Log      *slog.Logger
}

// New wires the public page handlers.
func New(t *tracking.Service, log *slog.Logger) *Handler { return &Handler{Tracking: t, Log: log} }

// ShowHome is the start page with the search box.
func (h *Handler) ShowHome(c *gin.Context) {
	render.HTML(c, http.StatusOK, templates.TrackHome("", ""))
}

// Search detects the courier of a typed number and opens its page.
func (h *Handler) Search(c *gin.Context) {
	number := tracking.NormalizeNumber(c.Query("number"))
	carrier := strings.TrimSpace(c.Query("carrier"))
	if err := tracking.ValidateNumber(number); err != nil {
		render.HTML(c, http.StatusBadRequest, templates.TrackHome(number, "Enter a tracking number of 4 to 100 letters and digits."))
		return
	}
	if carrier == "" {
		found := h.Tracking.Detect(number, tracking.DetectHints{})
		if len(found) == 0 {
			render.HTML(c, http.StatusNotFound, templates.TrackHome(number,
				"We could not tell which carrier this number belongs to. Check the number, or open the carrier's link."))
			return
		}
		carrier = found[0]
	}
	c.Redirect(http.StatusSeeOther, "/track/"+url.PathEscape(carrier)+"/"+url.PathEscape(number))
}

// ShowParcel renders one parcel's public page.
func (h *Handler) ShowParcel(c *gin.Context) {
	pub, err := h.Tracking.Lookup(c.Request.Context(), c.Param("carrier"), c.Param("number"))
	var ve *models.ValidationError
	switch {
	case errors.As(err, &ve):
		render.HTML(c, http.StatusBadRequest, templates.ErrorPage(http.StatusBadRequest,
			"That tracking number does not look right", ve.Reason))
		return
	case errors.Is(err, models.ErrNotFound):
		render.HTML(c, http.StatusNotFound, templates.ErrorPage(http.StatusNotFound,
			"Unknown carrier", "We do not support the carrier "+c.Param("carrier")+". Check the link you followed."))
		return
	case err != nil:
		h.Log.ErrorContext(c.Request.Context(), "public lookup", "err", err)
		render.HTML(c, http.StatusServiceUnavailable, templates.ErrorPage(http.StatusServiceUnavailable,
			"Tracking is briefly unavailable", "Please try again in a minute."))
		return
	}
	c.Header("Cache-Control", "public, max-age=60")
	render.HTML(c, http.StatusOK, templates.TrackPage(views.Shipment(&pub.Parcel, pub.Parcel.Tag, pub.Parcel.Subtag, pub.Checkpoints)))
}
