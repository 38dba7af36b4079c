package api

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// Trackings serves the AfterShip tracking endpoints over the tracking service.
type Trackings struct {
	Service *tracking.Service
}

// List serves GET /trackings.
func (h *Trackings) List(c *gin.Context) {
	page, limit, ok := pageParams(c)
	if !ok {
		return
	}
	ts, total, err := h.Service.List(c.Request.Context(), OrgID(c), models.TrackingFilter{Page: page, Limit: limit})
	if err != nil {
		FailErr(c, err)
		return
	}
	out := make([]map[string]any, 0, len(ts))
	for i := range ts {
		out = append(out, summary(&ts[i]))
	}
	OK(c, http.StatusOK, gin.H{"page": page, "limit": limit, "count": total, "trackings": out})
}

func pageParams(c *gin.Context) (page, limit int, ok bool) {
	page, limit = 1, 100
	if v := c.Query("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			Fail(c, http.StatusBadRequest, CodeInvalidValue, "page must be a positive integer.")
			return 0, 0, false
		}
		page = n
	}
	if v := c.Query("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			Fail(c, http.StatusBadRequest, CodeInvalidValue, "limit must be an integer from 1 to 200.")
			return 0, 0, false
		}
		limit = n
	}
	return page, limit, true
}

func summary(t *models.Tracking) map[string]any {
	return map[string]any{
		"id": t.ID, "slug": t.Slug, "tracking_number": t.TrackingNumber, "title": t.Title,
		"tag": t.Tag, "subtag": t.Subtag, "active": t.Active,
		"created_at": t.CreatedAt.Format("2006-01-02T15:04:05-07:00"),
		"updated_at": t.UpdatedAt.Format("2006-01-02T15:04:05-07:00"),
	}
}
