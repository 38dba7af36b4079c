package aftership

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// CompleteTracking serves POST /trackings/:id/mark-as-completed.
func (h *Handler) CompleteTracking(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	body, ok := h.body(c)
	if !ok {
		return
	}
	in, err := h.v.decodeComplete(body)
	if err != nil {
		h.fail(c, err)
		return
	}
	t, err = h.svc.MarkCompleted(c.Request.Context(), OrgID(c), t.ID, in)
	if err != nil {
		h.fail(c, err)
		return
	}
	h.respond(c, http.StatusOK, t, nil)
}

// completionBody is the same in every version; event_datetime is 2025-07's.
type completionBody struct {
	Reason        json.RawMessage `json:"reason"`
	EventDatetime *string         `json:"event_datetime"`
}

func decodeCompletion(body []byte) (tracking.Completion, error) {
	var b completionBody
	if err := decodeJSON(body, &b); err != nil {
		return tracking.Completion{}, err
	}
	var out tracking.Completion
	if len(b.Reason) > 0 && string(b.Reason) != "null" {
		if err := json.Unmarshal(b.Reason, &out.Reason); err != nil {
			return out, models.Invalid("reason", models.CodeInvalid, "The value of `reason` is invalid: use DELIVERED, LOST or RETURNED_TO_SENDER.")
		}
	}
	if b.EventDatetime != nil {
		at, err := parseEventTime(*b.EventDatetime)
		if err != nil {
			return out, invalidParam("event_datetime", "use YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss or YYYY-MM-DDTHH:mm:ssZ")
		}
		out.At = &at
	}
	return out, nil
}

// parseEventTime reads the documented forms of event_datetime. A time without an
// offset is taken as UTC, the zone AfterShip stores every timestamp in.
func parseEventTime(s string) (time.Time, error) {
	var err error
	for _, layout := range []string{time.RFC3339, layoutNaive, time.DateOnly} {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}
