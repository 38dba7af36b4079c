package console

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/handlers/views"
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
)

const pageSize = 50

// ShowTrackingList renders the trackings page, filtered by status and keyword.
func (h *Handler) ShowTrackingList(c *gin.Context) {
	v, err := h.trackingList(c, templates.NewTrackingForm{}, nil)
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.HTML(c, http.StatusOK, templates.TrackingListPage(nav(c, "trackings"), v))
}

func (h *Handler) trackingList(c *gin.Context, form templates.NewTrackingForm, errs templates.FieldErrors) (templates.TrackingList, error) {
	ctx := c.Request.Context()
	page, _ := strconv.Atoi(c.Query("page"))
	page = max(page, 1)
	tag := c.Query("tag")
	if !carriers.ValidTag(carriers.Tag(tag)) {
		tag = ""
	}
	f := models.TrackingFilter{Keyword: strings.TrimSpace(c.Query("q")), Page: page, Limit: pageSize}
	if tag != "" {
		f.Tags = []string{tag}
	}
	rows, total, err := h.Tracking.List(ctx, orgID(c), f)
	if err != nil {
		return templates.TrackingList{}, err
	}
	counts, err := h.Tracking.CountByTag(ctx, orgID(c))
	if err != nil {
		return templates.TrackingList{}, err
	}
	v := templates.TrackingList{
		Total: total, Page: page, Pages: int((total + pageSize - 1) / pageSize), Tag: tag, Keyword: f.Keyword,
		Couriers: courierOptions(), Form: form, Errors: errs,
	}
	for _, t := range carriers.Tags() {
		if n := counts[string(t)]; n > 0 {
			v.TagCounts = append(v.TagCounts, templates.TagCount{Tag: string(t), Label: views.TagLabel(string(t)), Count: n})
		}
	}
	for i := range rows {
		v.Rows = append(v.Rows, row(&rows[i]))
	}
	return v, nil
}

func row(t *models.Tracking) templates.TrackingRow {
	r := templates.TrackingRow{
		ID: t.ID, Number: t.TrackingNumber, Title: t.Title, CourierName: views.Courier(t.Slug).Name,
		Tag: t.Tag, TagLabel: views.TagLabel(t.Tag), Subtag: t.Subtag, UpdatedAt: t.UpdatedAt,
	}
	if t.Parcel != nil {
		r.Sandbox = t.Parcel.Sandbox
		r.LastEvent = carriers.SubtagMessage(t.Subtag)
	}
	return r
}

func courierOptions() []templates.CourierOption {
	var out []templates.CourierOption
	for _, c := range carriers.Catalog() {
		out = append(out, templates.CourierOption{Slug: c.Slug, Name: c.Name})
	}
	return out
}
