package aftership

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
)

type attemptDTO struct {
	Attempt         int               `json:"attempt"`
	RequestHeaders  map[string]string `json:"request_headers"`
	StatusCode      int               `json:"response_status"`
	ResponseExcerpt string            `json:"response_body_excerpt"`
	Error           string            `json:"error,omitempty"`
	DurationMS      int64             `json:"duration_ms"`
	At              string            `json:"at"`
}

type deliveryDTO struct {
	ID            string          `json:"id"`
	TrackingID    string          `json:"tracking_id,omitempty"`
	Status        string          `json:"status"`
	Attempts      []attemptDTO    `json:"attempts"`
	NextAttemptAt string          `json:"next_attempt_at,omitempty"`
	Request       json.RawMessage `json:"request_body,omitempty"`
	CreatedAt     string          `json:"created_at"`
}

// Deliveries serves GET /api/v1/webhooks/:id/deliveries: the recent deliveries and
// every attempt of each.
func (h *Webhooks) Deliveries(c *gin.Context) {
	limit, ok := limitParam(c, 50, 200)
	if !ok {
		return
	}
	logs, err := h.svc.Deliveries(c.Request.Context(), OrgID(c), c.Param("id"), limit)
	if err != nil {
		h.fail(c, err)
		return
	}
	out := make([]deliveryDTO, len(logs))
	for i, l := range logs {
		d := deliveryDTO{ID: l.ID, TrackingID: l.TrackingID, Status: l.Status, Attempts: []attemptDTO{},
			CreatedAt: l.CreatedAt.UTC().Format(time.RFC3339)}
		if l.Body != "" {
			d.Request = json.RawMessage(l.Body)
		}
		if l.Status == models.DeliveryPending {
			d.NextAttemptAt = l.NextAttemptAt.UTC().Format(time.RFC3339)
		}
		for _, a := range l.Attempts {
			d.Attempts = append(d.Attempts, attemptDTO{Attempt: a.Attempt, RequestHeaders: a.RequestHeaders,
				StatusCode: a.StatusCode, ResponseExcerpt: a.ResponseExcerpt, Error: a.Error,
				DurationMS: a.DurationMS, At: a.CreatedAt.UTC().Format(time.RFC3339)})
		}
		out[i] = d
	}
	render.AfterShipOK(c, http.StatusOK, gin.H{"deliveries": out})
}

// Redeliver serves POST /api/v1/webhooks/:id/deliveries/:delivery_id/redeliver.
func (h *Webhooks) Redeliver(c *gin.Context) {
	err := h.svc.Redeliver(c.Request.Context(), OrgID(c), c.Param("id"), c.Param("delivery_id"))
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusAccepted, gin.H{"id": c.Param("delivery_id"), "status": models.DeliveryPending})
}

// SendTest serves POST /api/v1/webhooks/:id/test.
func (h *Webhooks) SendTest(c *gin.Context) {
	d, err := h.svc.SendTest(c.Request.Context(), OrgID(c), c.Param("id"))
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusAccepted, gin.H{"id": d.ID, "status": d.Status})
}

// Events serves GET /api/v1/events?since=<cursor>&limit=: the organization's events in
// order, each with its payload, and the cursor to ask for the next page with.
func (h *Webhooks) Events(c *gin.Context) {
	limit, ok := limitParam(c, 100, 200)
	if !ok {
		return
	}
	var since int64
	if s := c.Query("since"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			render.AfterShipError(c, &models.ValidationError{Field: "since", Code: models.CodeInvalid,
				Reason: "The value of `since` must be a cursor returned as `next_cursor`."})
			return
		}
		since = n
	}
	page, err := h.svc.Replay(c.Request.Context(), OrgID(c), since, limit)
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, gin.H{"events": page.Events, "next_cursor": strconv.FormatInt(page.Next, 10),
		"has_more": len(page.Events) == limit})
}
