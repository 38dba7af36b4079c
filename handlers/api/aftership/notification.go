package aftership

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// notificationV4 lists who is notified about a tracking (v4 and 2024-04).
type notificationV4 struct {
	Emails stringList `json:"emails"`
	Smses  stringList `json:"smses"`
}

type notificationEnvelope struct {
	Notification notificationV4 `json:"notification"`
}

func newNotificationV4(t *models.Tracking) notificationEnvelope {
	return notificationEnvelope{notificationV4{Emails: nonNilList(t.Emails), Smses: nonNilList(t.Smses)}}
}

// ShowNotification serves GET /notifications/:id (and the slug/number form).
func (h *Handler) ShowNotification(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	render.AfterShipOK(c, http.StatusOK, newNotificationV4(t))
}

// AddNotification serves POST /notifications/:id/add.
func (h *Handler) AddNotification(c *gin.Context) {
	h.changeNotification(c, h.svc.AddContacts)
}

// RemoveNotification serves POST /notifications/:id/remove.
func (h *Handler) RemoveNotification(c *gin.Context) {
	h.changeNotification(c, h.svc.RemoveContacts)
}

func (h *Handler) changeNotification(c *gin.Context, change func(context.Context, string, string, tracking.Contacts) (*models.Tracking, error)) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	body, ok := h.body(c)
	if !ok {
		return
	}
	raw, err := unwrapV2404V4(body, "notification")
	if err != nil {
		h.fail(c, err)
		return
	}
	var n notificationV4
	if err := decodeJSON(raw, &n); err != nil {
		h.fail(c, err)
		return
	}
	t, err = change(c.Request.Context(), OrgID(c), t.ID, tracking.Contacts{Emails: n.Emails, Smses: n.Smses})
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, newNotificationV4(t))
}
