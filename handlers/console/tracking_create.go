package console

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// CreateTracking adds a tracking from the console form. On a validation error the
// form comes back with the message under the field (as an htmx fragment or a page).
func (h *Handler) CreateTracking(c *gin.Context) {
	form := templates.NewTrackingForm{
		Number: strings.TrimSpace(c.PostForm("tracking_number")), Slug: c.PostForm("slug"),
		Title: strings.TrimSpace(c.PostForm("title")), OrderID: strings.TrimSpace(c.PostForm("order_id")),
	}
	in := tracking.CreateInput{Tracking: models.Tracking{
		TrackingNumber: form.Number, Slug: form.Slug, Title: form.Title, Source: "web",
	}}
	if form.OrderID != "" {
		in.OrderID = &form.OrderID
	}
	t, err := h.Tracking.Create(c.Request.Context(), orgID(c), in)
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		h.rerenderForm(c, form, formErrors(ve))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/trackings/"+t.ID)
}

// formErrors places a service error under the form field a person can fix.
func formErrors(ve *models.ValidationError) templates.FieldErrors {
	field := ve.Field
	switch ve.Code {
	case models.CodeMissingFields:
		field = "slug"
	case models.CodeAlreadyExists:
		field = "tracking_number"
	}
	if field != "slug" {
		field = "tracking_number"
	}
	return templates.FieldErrors{field: ve.Reason}
}

func (h *Handler) rerenderForm(c *gin.Context, form templates.NewTrackingForm, errs templates.FieldErrors) {
	v, err := h.trackingList(c, form, errs)
	if err != nil {
		h.serverError(c, err)
		return
	}
	if render.IsHTMX(c) {
		render.HTML(c, http.StatusUnprocessableEntity, templates.NewTrackingCard(v))
		return
	}
	render.HTML(c, http.StatusUnprocessableEntity, templates.TrackingListPage(nav(c, "trackings"), v))
}
