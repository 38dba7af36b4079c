package console

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

const labelsPerPage = 25

// ShowLabels lists labels, filtered by status, account and creation date.
func (h *Shipping) ShowLabels(c *gin.Context) {
	filters := templates.LabelFilters{Status: c.Query("status"), AccountID: c.Query("account"),
		From: c.Query("from"), To: c.Query("to")}
	page, _ := strconv.Atoi(c.Query("page"))
	page = max(page, 1)
	f := shipping.LabelFilter{Status: filters.Status, ShipperAccountID: filters.AccountID, Page: page, Limit: labelsPerPage}
	var problem string
	f.CreatedFrom, f.CreatedTo, problem = h.dateRange(filters.From, filters.To)
	accs, err := h.allAccounts(c)
	if err != nil {
		h.serverError(c, err)
		return
	}
	p, err := h.Svc.ListLabels(c.Request.Context(), orgID(c), f)
	if err != nil {
		if _, msg, ok := userProblems(err, nil); ok {
			problem = msg
		} else {
			h.serverError(c, err)
			return
		}
	}
	v := templates.LabelsPage{Filters: filters, Accounts: accountChoices(accs), Total: p.Total, Page: page,
		Pages: (p.Total + labelsPerPage - 1) / labelsPerPage, Notice: noticeOf(c), Problem: problem,
		Query: "&" + url.Values{"status": {filters.Status}, "account": {filters.AccountID}, "from": {filters.From}, "to": {filters.To}}.Encode()}
	for i := range p.Items {
		v.Rows = append(v.Rows, labelRow(&p.Items[i]))
	}
	render.HTML(c, http.StatusOK, templates.LabelsScreen(nav(c, "labels"), v))
}

// dateRange reads the date filters as whole days in UTC; "to" includes its day.
func (h *Shipping) dateRange(from, to string) (*time.Time, *time.Time, string) {
	var f, t *time.Time
	if from != "" {
		d, err := time.Parse(time.DateOnly, from)
		if err != nil {
			return nil, nil, "The start date is not a date; use the date picker."
		}
		f = &d
	}
	if to != "" {
		d, err := time.Parse(time.DateOnly, to)
		if err != nil {
			return nil, nil, "The end date is not a date; use the date picker."
		}
		end := d.Add(24*time.Hour - time.Nanosecond)
		t = &end
	}
	return f, t, ""
}

// ShowLabel is one label with its files and tracking.
func (h *Shipping) ShowLabel(c *gin.Context) {
	l, err := h.Svc.Label(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		h.shippingFailure(c, err)
		return
	}
	render.HTML(c, http.StatusOK, templates.LabelScreen(nav(c, "labels"), labelRow(l)))
}

// CancelLabel voids a label at its carrier; a refusal is shown on the list.
func (h *Shipping) CancelLabel(c *gin.Context) {
	ctx, org := c.Request.Context(), orgID(c)
	// Another organization's label is not found, rather than refused.
	if _, err := h.Svc.Label(ctx, org, c.Param("id")); err != nil {
		h.shippingFailure(c, err)
		return
	}
	_, err := h.Svc.CancelLabel(ctx, org, c.Param("id"), newIdempotencyKey())
	if err != nil {
		if _, msg, ok := userProblems(err, nil); ok && !isNotFound(err) {
			badRequest(c, "The label was not cancelled", msg)
			return
		}
		h.shippingFailure(c, err)
		return
	}
	doneRedirect(c, "/shipping/labels", "label-cancelled")
}
