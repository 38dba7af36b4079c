package console

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/handlers/views"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// ShowTracking renders one tracking with its timeline.
func (h *Handler) ShowTracking(c *gin.Context) {
	d, ok := h.detail(c)
	if !ok {
		return
	}
	render.HTML(c, http.StatusOK, templates.TrackingDetailPage(nav(c, "trackings"), d))
}

// ShowShipmentFragment re-renders the shipment card; the detail page polls it.
func (h *Handler) ShowShipmentFragment(c *gin.Context) {
	d, ok := h.detail(c)
	if !ok {
		return
	}
	render.HTML(c, http.StatusOK, templates.ShipmentFragment(d))
}

func (h *Handler) detail(c *gin.Context) (templates.TrackingDetail, bool) {
	ctx := c.Request.Context()
	t, err := h.Tracking.Get(ctx, orgID(c), c.Param("id"))
	if tracking.IsNotFound(err) {
		notFound(c)
		return templates.TrackingDetail{}, false
	}
	if err != nil {
		h.serverError(c, err)
		return templates.TrackingDetail{}, false
	}
	cps, err := h.Tracking.Checkpoints(ctx, t)
	if err != nil {
		h.serverError(c, err)
		return templates.TrackingDetail{}, false
	}
	return templates.TrackingDetail{
		ID: t.ID, Title: t.Title, OrderID: deref(t.OrderID), CustomerName: deref(t.CustomerName),
		Note: deref(t.Note), Source: t.Source, Active: t.Active, CreatedAt: t.CreatedAt,
		PublicURL: "/track/" + url.PathEscape(t.Slug) + "/" + url.PathEscape(t.TrackingNumber),
		Shipment:  views.Shipment(t.Parcel, t.Tag, t.Subtag, cps),
		Notice:    trackingNotices[c.Query("done")], OrderNumber: deref(t.OrderNumber), Emails: strings.Join(t.Emails, ", "),
	}, true
}

// trackingNotices confirm what was just done, named by the address's done parameter.
var trackingNotices = map[string]string{
	"saved":     "Changes saved.",
	"retracked": "Following the carrier again; new events show within minutes.",
	"completed": "Marked as completed. The carrier is no longer asked for updates.",
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
