package console

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
)

// ShowAPIKeys lists the organization's API keys.
func (h *Handler) ShowAPIKeys(c *gin.Context) {
	h.apiKeysPage(c, http.StatusOK, templates.NewAPIKey{}, nil)
}

// CreateAPIKey makes a key, or a key with signature and its secret, and shows it once.
func (h *Handler) CreateAPIKey(c *gin.Context) {
	var created templates.NewAPIKey
	var err error
	if c.PostForm("kind") == "signature" {
		created.Key, created.Secret, _, err = h.Accounts.NewSignatureAPIKey(c.Request.Context(), orgID(c), c.PostForm("name"))
	} else {
		created.Key, _, err = h.Accounts.NewAPIKey(c.Request.Context(), orgID(c), c.PostForm("name"))
	}
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		h.apiKeysPage(c, http.StatusUnprocessableEntity, templates.NewAPIKey{}, fieldErrors(ve))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	h.apiKeysPage(c, http.StatusCreated, created, nil)
}

// RevokeAPIKey disables a key.
func (h *Handler) RevokeAPIKey(c *gin.Context) {
	err := h.Accounts.RevokeAPIKey(c.Request.Context(), orgID(c), c.Param("id"))
	if errors.Is(err, models.ErrNotFound) {
		notFound(c)
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/api-keys")
}

func (h *Handler) apiKeysPage(c *gin.Context, status int, created templates.NewAPIKey, errs templates.FieldErrors) {
	keys, err := h.Accounts.APIKeys(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	rows := make([]templates.APIKeyRow, 0, len(keys))
	for _, k := range keys {
		rows = append(rows, templates.APIKeyRow{ID: k.ID, Name: k.Name, Prefix: k.Prefix,
			CreatedAt: k.CreatedAt, LastUsed: k.LastUsedAt, Revoked: k.RevokedAt != nil, Signature: k.SignatureRequired})
	}
	render.HTML(c, status, templates.APIKeysPage(nav(c, "api-keys"), rows, created, errs))
}
