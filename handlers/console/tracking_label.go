package console

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
)

// ShowTracking is the tracking page with the label the tracking was bought with.
func (h *Shipping) ShowTracking(c *gin.Context) {
	d, ok := h.detail(c)
	if !ok {
		return
	}
	l, err := h.Svc.LabelForTracking(c.Request.Context(), orgID(c), d.ID)
	switch {
	case err == nil:
		row := labelRow(l)
		d.Label = &templates.TrackingLabel{ID: l.ID, ServiceName: row.ServiceName, Status: l.Status,
			StatusLabel: row.StatusLabel, LabelURL: row.LabelURL, FileType: row.FileType}
	case !isNotFound(err):
		h.serverError(c, err)
		return
	}
	render.HTML(c, http.StatusOK, templates.TrackingDetailPage(nav(c, "trackings"), d))
}
