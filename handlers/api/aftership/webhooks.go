package aftership

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/webhooks"
)

// Webhooks serves /api/v1/webhooks and /api/v1/events behind the same as-api-key
// authentication and envelope as the Tracking API (which is why it lives here).
type Webhooks struct {
	svc *webhooks.Service
}

// NewWebhooks serves the webhooks API.
func NewWebhooks(svc *webhooks.Service) *Webhooks { return &Webhooks{svc: svc} }

type webhookRequest struct {
	URL        *string            `json:"url"`
	Events     *[]string          `json:"events"`
	Tags       *[]string          `json:"tags"`
	Secret     *string            `json:"secret"`
	Headers    *map[string]string `json:"headers"`
	APIVersion *string            `json:"api_version"`
	Enabled    *bool              `json:"enabled"`
}

type webhookDTO struct {
	ID                  string            `json:"id"`
	URL                 string            `json:"url"`
	Events              []string          `json:"events"`
	Tags                []string          `json:"tags"`
	Headers             map[string]string `json:"headers"`
	APIVersion          string            `json:"api_version"`
	Enabled             bool              `json:"enabled"`
	ConsecutiveFailures int               `json:"consecutive_failures"`
	DisabledReason      string            `json:"disabled_reason,omitempty"`
	Secret              string            `json:"secret,omitempty"`
	CreatedAt           string            `json:"created_at"`
	UpdatedAt           string            `json:"updated_at"`
}

func newWebhookDTO(e *models.WebhookEndpoint) webhookDTO {
	return webhookDTO{ID: e.ID, URL: e.URL, Events: nonNil(e.Events), Tags: nonNil(e.Tags), Headers: e.Headers,
		APIVersion: e.APIVersion, Enabled: e.Enabled, ConsecutiveFailures: e.ConsecutiveFailures,
		DisabledReason: e.DisabledReason, Secret: e.Secret,
		CreatedAt: e.CreatedAt.UTC().Format(time.RFC3339), UpdatedAt: e.UpdatedAt.UTC().Format(time.RFC3339)}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (h *Webhooks) decode(c *gin.Context) (webhookRequest, bool) {
	var in webhookRequest
	b, err := readBody(c)
	if err == nil {
		err = json.Unmarshal(b, &in)
	}
	if err != nil {
		render.AfterShipError(c, &models.ValidationError{Field: "body", Code: models.CodeInvalid,
			Reason: "The request body is not a valid webhook object: " + err.Error()})
		return in, false
	}
	return in, true
}

func (in webhookRequest) input() webhooks.EndpointInput {
	return webhooks.EndpointInput{URL: in.URL, Events: in.Events, Tags: in.Tags, Secret: in.Secret,
		Headers: in.Headers, APIVersion: in.APIVersion, Enabled: in.Enabled}
}

// Create serves POST /api/v1/webhooks; the secret is in the answer this once.
func (h *Webhooks) Create(c *gin.Context) {
	in, ok := h.decode(c)
	if !ok {
		return
	}
	e, err := h.svc.Create(c.Request.Context(), OrgID(c), in.input())
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusCreated, newWebhookDTO(e))
}

// List serves GET /api/v1/webhooks.
func (h *Webhooks) List(c *gin.Context) {
	es, err := h.svc.List(c.Request.Context(), OrgID(c))
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]webhookDTO, len(es))
	for i := range es {
		out[i] = newWebhookDTO(&es[i])
	}
	render.AfterShipOK(c, http.StatusOK, gin.H{"webhooks": out})
}

// Show serves GET /api/v1/webhooks/:id.
func (h *Webhooks) Show(c *gin.Context) {
	e, err := h.svc.Get(c.Request.Context(), OrgID(c), c.Param("id"))
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, newWebhookDTO(e))
}

// Update serves PATCH /api/v1/webhooks/:id.
func (h *Webhooks) Update(c *gin.Context) {
	in, ok := h.decode(c)
	if !ok {
		return
	}
	e, err := h.svc.Update(c.Request.Context(), OrgID(c), c.Param("id"), in.input())
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, newWebhookDTO(e))
}

// Delete serves DELETE /api/v1/webhooks/:id.
func (h *Webhooks) Delete(c *gin.Context) {
	if err := h.svc.Delete(c.Request.Context(), OrgID(c), c.Param("id")); err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, gin.H{"id": c.Param("id")})
}

// RotateSecret serves POST /api/v1/webhooks/:id/rotate-secret: the new secret, once.
func (h *Webhooks) RotateSecret(c *gin.Context) {
	secret, err := h.svc.RotateSecret(c.Request.Context(), OrgID(c), c.Param("id"))
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, gin.H{"id": c.Param("id"), "secret": secret})
}

// limitParam reads ?limit=, 1 to max, def when absent.
func limitParam(c *gin.Context, def, max int) (int, bool) {
	s := c.Query("limit")
	if s == "" {
		return def, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		render.AfterShipError(c, &models.ValidationError{Field: "limit", Code: models.CodeInvalid,
			Reason: "The value of `limit` must be a number from 1 to " + strconv.Itoa(max) + "."})
		return 0, false
	}
	return n, true
}

// fail reports err in the envelope; what is not found is the webhook (or its delivery).
func (h *Webhooks) fail(c *gin.Context, err error) {
	if errors.Is(err, models.ErrNotFound) {
		render.AfterShipFail(c, http.StatusNotFound, http.StatusNotFound, "Webhook or delivery does not exist.")
		return
	}
	render.AfterShipError(c, err)
}
