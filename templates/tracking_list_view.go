package templates

import (
	"net/url"
	"strconv"
	"time"
)

// TrackingRow is one line of the trackings list.
type TrackingRow struct {
	ID          string
	Number      string
	Title       string
	CourierName string
	Tag         string
	TagLabel    string
	Subtag      string
	OrderID     string
	OrderNumber string
	Customer    string
	Destination string
	LastEvent   string
	UpdatedAt   time.Time
	Expected    *time.Time
	Sandbox     bool
}

// TrackingList is the trackings page.
type TrackingList struct {
	Rows      []TrackingRow
	Total     int64
	Page      int
	Pages     int
	Query     TrackingQuery
	TagCounts []TagCount
	// AllCount is how many trackings the organization has, for the All tab.
	AllCount int64
	Couriers []CourierOption
	Form     NewTrackingForm
	Errors   FieldErrors
	// Notice confirms the action just done ("" for none).
	Notice string
}

// TrackingQuery is what the list is filtered by, as the URL carries it.
type TrackingQuery struct {
	Tag         string
	Courier     string
	Keyword     string
	CreatedFrom string
	CreatedTo   string
	UpdatedFrom string
	UpdatedTo   string
	// Sort is one of SortOptions' values; "" is newest first.
	Sort string
	Page int
}

// SortOption is one order the list can be shown in.
type SortOption struct {
	Value string
	Label string
}

// SortOptions are the list's orders, the default first.
var SortOptions = []SortOption{
	{"", "Newest first"}, {"created_asc", "Oldest first"},
	{"updated_desc", "Recently updated"}, {"updated_asc", "Least recently updated"},
	{"courier_asc", "Courier A–Z"}, {"courier_desc", "Courier Z–A"},
	{"status_asc", "Status A–Z"}, {"status_desc", "Status Z–A"},
}

// Filtered reports whether anything but the tag narrows the list.
func (q TrackingQuery) Filtered() bool {
	return q.Courier != "" || q.Keyword != "" || q.CreatedFrom != "" || q.CreatedTo != "" ||
		q.UpdatedFrom != "" || q.UpdatedTo != ""
}

// URL is the list's address for q: only the parameters that are set, so
// shared links stay short.
func (q TrackingQuery) URL() string {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("tag", q.Tag)
	set("courier", q.Courier)
	set("q", q.Keyword)
	set("created_from", q.CreatedFrom)
	set("created_to", q.CreatedTo)
	set("updated_from", q.UpdatedFrom)
	set("updated_to", q.UpdatedTo)
	set("sort", q.Sort)
	if q.Page > 1 {
		v.Set("page", strconv.Itoa(q.Page))
	}
	if len(v) == 0 {
		return "/trackings"
	}
	return "/trackings?" + v.Encode()
}

// WithTag is q on another status tab, from its first page.
func (q TrackingQuery) WithTag(tag string) TrackingQuery {
	q.Tag, q.Page = tag, 1
	return q
}

// WithPage is q on another page.
func (q TrackingQuery) WithPage(page int) TrackingQuery {
	q.Page = page
	return q
}

// TagCount is a status filter tab.
type TagCount struct {
	Tag   string
	Label string
	Count int64
}

// NewTrackingForm is the add-tracking form's values.
type NewTrackingForm struct {
	Number  string
	Slug    string
	Title   string
	OrderID string
	// Suggestions are the couriers the number looks like, best first.
	Suggestions []CourierOption
	// CourierFields are the additional fields the chosen courier asks for.
	CourierFields []EditField
}
