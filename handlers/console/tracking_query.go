package console

import (
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
)

const dateLayout = "2006-01-02"

// listQuery reads the list's filters from the address. A value that makes no
// sense (an unknown status or courier, a malformed date) is dropped rather
// than refused: the list then shows what the rest of the address asks for.
func listQuery(c *gin.Context) templates.TrackingQuery {
	page, _ := strconv.Atoi(c.Query("page"))
	q := templates.TrackingQuery{
		Tag: c.Query("tag"), Courier: c.Query("courier"), Keyword: strings.TrimSpace(c.Query("q")),
		CreatedFrom: validDate(c.Query("created_from")), CreatedTo: validDate(c.Query("created_to")),
		UpdatedFrom: validDate(c.Query("updated_from")), UpdatedTo: validDate(c.Query("updated_to")),
		Sort: validSort(c.Query("sort")), Page: max(page, 1),
	}
	if !carriers.ValidTag(carriers.Tag(q.Tag)) {
		q.Tag = ""
	}
	if co, ok := carriers.Lookup(q.Courier); ok && q.Courier != "" {
		q.Courier = co.Slug
	} else {
		q.Courier = ""
	}
	return q
}

// trackingFilter is the service's filter for q, one page of pageSize.
func trackingFilter(q templates.TrackingQuery) models.TrackingFilter {
	f := models.TrackingFilter{Keyword: q.Keyword, Page: q.Page, Limit: pageSize,
		CreatedAtMin: dayStart(q.CreatedFrom), CreatedAtMax: dayEnd(q.CreatedTo),
		UpdatedAtMin: dayStart(q.UpdatedFrom), UpdatedAtMax: dayEnd(q.UpdatedTo)}
	if q.Tag != "" {
		f.Tags = []string{q.Tag}
	}
	if q.Courier != "" {
		f.Slugs = []string{q.Courier}
	}
	return f
}

func validDate(s string) string {
	if _, err := time.Parse(dateLayout, s); err != nil {
		return ""
	}
	return s
}

// dayStart is the first moment of the day s names (UTC), nil for no day.
func dayStart(s string) *time.Time {
	d, err := time.Parse(dateLayout, s)
	if err != nil {
		return nil
	}
	return &d
}

// dayEnd is the last moment of the day s names, so "until" includes that day.
func dayEnd(s string) *time.Time {
	d := dayStart(s)
	if d == nil {
		return nil
	}
	end := d.Add(24*time.Hour - time.Nanosecond)
	return &end
}

func validSort(s string) string {
	for _, o := range templates.SortOptions {
		if o.Value == s {
			return s
		}
	}
	return ""
}

// trackingSort is the service's order for q.
func trackingSort(q templates.TrackingQuery) models.TrackingSort {
	by, dir, _ := strings.Cut(q.Sort, "_")
	return models.TrackingSort{By: by, Desc: dir == "desc"}
}
