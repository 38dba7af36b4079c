package console

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
)

// ShowClientCredentials lists the tracker.delivery API credentials.
func (h *TrackingPage) ShowClientCredentials(c *gin.Context) {
	h.credentialsPage(c, http.StatusOK, "", nil)
}

// CreateClientCredential issues credentials and shows their secret once.
func (h *TrackingPage) CreateClientCredential(c *gin.Context) {
	cred, secret, err := h.Clients.Create(c.Request.Context(), orgID(c), c.PostForm("name"))
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		h.credentialsPage(c, http.StatusUnprocessableEntity, "", fieldErrors(ve))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	h.credentialsPage(c, http.StatusCreated, "Authorization: TRACKQL-API-KEY "+cred.ClientID+":"+secret, nil)
}

// RevokeClientCredential disables credentials.
func (h *TrackingPage) RevokeClientCredential(c *gin.Context) {
	err := h.Clients.Revoke(c.Request.Context(), orgID(c), c.Param("id"))
	if errors.Is(err, models.ErrNotFound) {
		notFound(c)
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/tracking-page/api")
}

func (h *TrackingPage) credentialsPage(c *gin.Context, status int, header string, errs templates.FieldErrors) {
	creds, err := h.Clients.List(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	v := templates.ClientCredentials{APIBase: h.BaseURL, NewHeader: header, Errors: errs}
	for _, cr := range creds {
		v.Rows = append(v.Rows, templates.ClientCredentialRow{ID: cr.ID, Name: cr.Name, ClientID: cr.ClientID,
			CreatedAt: cr.CreatedAt, LastUsed: cr.LastUsedAt, Revoked: cr.RevokedAt != nil})
	}
	render.HTML(c, status, templates.ClientCredentialsPage(nav(c, "tracking-page"), v))
}
