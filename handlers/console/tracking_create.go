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
	form.CourierFields = courierFields(form.Slug, c.PostForm)
	in := tracking.CreateInput{Tracking: models.Tracking{
		TrackingNumber: form.Number, Slug: form.Slug, Title: form.Title, Source: "web",
	}}
	if form.OrderID != "" {
		in.OrderID = &form.OrderID
	}
	setCourierFields(&in.Tracking, form.CourierFields)
	t, err := h.Tracking.Create(c.Request.Context(), orgID(c), in)
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		form.Suggestions = suggestions(form.Number)
		h.rerenderForm(c, form, formErrors(ve, form))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/trackings/"+t.ID)
}

// formErrors places a service error under the form field a person can fix, in
// plain words.
func formErrors(ve *models.ValidationError, form templates.NewTrackingForm) templates.FieldErrors {
	switch ve.Code {
	case models.CodeUndetectable:
		return templates.FieldErrors{"slug": "We cannot tell the courier from this number. Please choose the courier."}
	case models.CodeInvalidSlug:
		return templates.FieldErrors{"slug": "Please choose a courier from the list."}
	case models.CodeAlreadyExists:
		return templates.FieldErrors{"tracking_number": "You already track this number with this courier."}
	case models.CodeMissingFields:
		return missingFieldErrors(ve, form)
	}
	if ve.Field == "slug" {
		return templates.FieldErrors{"slug": "Please choose a courier from the list."}
	}
	if form.Number == "" {
		return templates.FieldErrors{"tracking_number": "Enter the tracking number from the shipping label."}
	}
	return templates.FieldErrors{"tracking_number": "This does not look like a tracking number: use the 4 to 100 letters and digits on the shipping label."}
}

// missingFieldErrors asks for the courier's additional fields under their
// inputs, or, when the courier was detected rather than chosen, asks to choose
// it so its inputs appear.
func missingFieldErrors(ve *models.ValidationError, form templates.NewTrackingForm) templates.FieldErrors {
	errs := templates.FieldErrors{}
	for _, f := range form.CourierFields {
		if strings.Contains(ve.Field, f.Name) {
			errs[f.Name] = "The courier needs the " + strings.ToLower(f.Label) + " to find this parcel."
		}
	}
	if len(errs) == 0 {
		name := "This courier"
		if len(form.Suggestions) > 0 {
			name = form.Suggestions[0].Name
		}
		errs["slug"] = name + " needs more details to find this parcel. Choose the courier to fill them in."
	}
	return errs
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
