package console

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/handlers/views"
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
)

const pageSize = 50

// ShowTrackingList renders the trackings page, filtered as the address says.
// A request from htmx (a filter, tab or page change) gets only the list region.
func (h *Handler) ShowTrackingList(c *gin.Context) {
	v, err := h.trackingList(c, templates.NewTrackingForm{}, nil)
	if err != nil {
		h.serverError(c, err)
		return
	}
	// The page and its fragment share one address; caches must keep them apart.
	c.Header("Vary", "HX-Request")
	if render.IsHTMX(c) {
		// The address bar gets the list's own short address, not the raw form.
		c.Header("HX-Push-Url", v.Query.URL())
		render.HTML(c, http.StatusOK, templates.TrackingListRegion(v))
		return
	}
	if c.Query("done") == "deleted" {
		v.Notice = "Tracking deleted."
	}
	render.HTML(c, http.StatusOK, templates.TrackingListPage(nav(c, "trackings"), v))
}

func (h *Handler) trackingList(c *gin.Context, form templates.NewTrackingForm, errs templates.FieldErrors) (templates.TrackingList, error) {
	ctx := c.Request.Context()
	q := listQuery(c)
	rows, total, err := h.Tracking.ListSorted(ctx, orgID(c), trackingFilter(q), trackingSort(q))
	if err != nil {
		return templates.TrackingList{}, err
	}
	counts, err := h.Tracking.CountByTag(ctx, orgID(c))
	if err != nil {
		return templates.TrackingList{}, err
	}
	v := templates.TrackingList{
		Total: total, Page: q.Page, Pages: int((total + pageSize - 1) / pageSize), Query: q,
		Couriers: courierOptions(), Form: form, Errors: errs,
	}
	for _, t := range carriers.Tags() {
		n := counts[string(t)]
		v.AllCount += n
		if n > 0 || string(t) == q.Tag {
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
		OrderID: deref(t.OrderID), OrderNumber: deref(t.OrderNumber), Customer: customer(t),
		Destination: destination(t),
	}
	if t.Parcel != nil {
		r.Sandbox = t.Parcel.Sandbox
		r.LastEvent = carriers.SubtagMessage(t.Subtag)
		r.Expected = t.Parcel.ExpectedDelivery
	}
	return r
}

// customer is the name the merchant gave, else the first email.
func customer(t *models.Tracking) string {
	if name := deref(t.CustomerName); name != "" {
		return name
	}
	if len(t.Emails) > 0 {
		return t.Emails[0]
	}
	return ""
}

// destination is the city and country the parcel goes to, as far as known.
func destination(t *models.Tracking) string {
	country := deref(t.DestinationCountryISO3)
	if country == "" && t.Parcel != nil {
		country = t.Parcel.DestinationCountryISO3
	}
	var parts []string
	for _, p := range []string{deref(t.DestinationCity), country} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

func courierOptions() []templates.CourierOption {
	var out []templates.CourierOption
	for _, c := range carriers.Catalog() {
		out = append(out, templates.CourierOption{Slug: c.Slug, Name: c.Name})
	}
	return out
}
