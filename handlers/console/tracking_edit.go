package console

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// ShowEditTracking is the form that changes a tracking's merchant fields.
func (h *Handler) ShowEditTracking(c *gin.Context) {
	t, ok := h.ownTracking(c)
	if !ok {
		return
	}
	render.HTML(c, http.StatusOK, templates.TrackingEditPage(nav(c, "trackings"), editView(t)))
}

// SaveTracking writes the edit form through the tracking service the APIs
// use. A refused field comes back under its input, in plain words, and
// nothing is saved.
func (h *Handler) SaveTracking(c *gin.Context) {
	t, ok := h.ownTracking(c)
	if !ok {
		return
	}
	posted := *t
	fields, err := readEdit(c.PostForm, &posted)
	if errors.Is(err, errCustomFields) {
		e := editView(&posted)
		setValue(&e, "custom_fields", c.PostForm("custom_fields"))
		h.editFailed(c, e, "custom_fields")
		return
	}
	_, err = h.Tracking.Update(c.Request.Context(), orgID(c), t.ID, tracking.UpdateInput{Values: posted, Fields: fields})
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		h.editFailed(c, editView(&posted), ve.Field)
		return
	}
	if tracking.IsNotFound(err) {
		notFound(c)
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/trackings/"+t.ID+"?done=saved")
}

func (h *Handler) editFailed(c *gin.Context, e templates.TrackingEdit, field string) {
	msg, ok := plainErrors[field]
	if !ok {
		msg = "This value cannot be used here. Please check it."
	}
	e.Errors = templates.FieldErrors{field: msg}
	if render.IsHTMX(c) {
		render.HTML(c, http.StatusUnprocessableEntity, templates.TrackingEditForm(e))
		return
	}
	render.HTML(c, http.StatusUnprocessableEntity, templates.TrackingEditPage(nav(c, "trackings"), e))
}

func setValue(e *templates.TrackingEdit, name, value string) {
	for i := range e.Fields {
		if e.Fields[i].Name == name {
			e.Fields[i].Value = value
		}
	}
}

// ownTracking is the tracking in the path when it belongs to the signed-in
// organization; otherwise it answers not found, as for one that never existed.
func (h *Handler) ownTracking(c *gin.Context) (*models.Tracking, bool) {
	t, err := h.Tracking.Get(c.Request.Context(), orgID(c), c.Param("id"))
	if tracking.IsNotFound(err) {
		notFound(c)
		return nil, false
	}
	if err != nil {
		h.serverError(c, err)
		return nil, false
	}
	return t, true
}
