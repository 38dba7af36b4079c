package aftership

import (
	"encoding/base64"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/i18n/checkpointlang"
)

// listNames are the list parameters that differ between versions.
type listNames struct {
	// courierDestination names the filter on the carrier's destination country.
	courierDestination string
	// pages is true where page numbers are offered besides cursors.
	pages bool
}

// listQuery is a parsed GET /trackings.
type listQuery struct {
	filter      models.TrackingFilter
	fields      []string
	lang        checkpointlang.Lang
	page, limit int
	raw         url.Values
}

// listPage is one page of trackings; items stays empty, the trackings being
// written into the encoded page by appendPage.
type listPage struct {
	total      int64
	items      []any
	nextCursor string
	hasNext    bool
}

// Limits of GET /trackings.
const (
	defaultLimit       = 100
	maxLimit           = 200
	maxTrackingNumbers = 50
)

// ListTrackings serves GET /trackings.
func (h *Handler) ListTrackings(c *gin.Context) {
	q, err := parseListQuery(c.Request.URL.Query(), h.v.listNames())
	if err != nil {
		h.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	f := q.filter
	if f.After != nil {
		f.Limit = q.limit + 1 // past a cursor, one more tells whether a next page exists
	}
	ts, total, err := h.svc.List(ctx, OrgID(c), f)
	if err != nil {
		h.fail(c, err)
		return
	}
	page := listPage{total: total, hasNext: int64(q.page*q.limit) < total}
	if f.After != nil {
		page.hasNext = len(ts) > q.limit
	}
	ts = ts[:min(len(ts), q.limit)]
	ds, err := h.svc.Details(ctx, ts)
	if err != nil {
		h.fail(c, err)
		return
	}
	for i := range ds {
		ds[i] = *ds[i].InLanguage(q.lang)
	}
	if page.hasNext {
		last := ts[len(ts)-1]
		page.nextCursor = encodeCursor(models.TrackingCursor{CreatedAt: last.CreatedAt, ID: last.ID})
	}
	buf := pageBuffers.Get().(*[]byte)
	defer putPageBuffer(buf)
	*buf, err = h.appendPage((*buf)[:0], q, page, ds)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.Data(http.StatusOK, "application/json; charset=utf-8", *buf)
}

func invalidParam(name, why string) error {
	return models.Invalid(name, models.CodeInvalid, fmt.Sprintf("The value of `%s` is invalid: %s.", name, why))
}

func parseListQuery(q url.Values, names listNames) (*listQuery, error) {
	lq := &listQuery{page: 1, limit: defaultLimit, raw: q}
	var err error
	if lq.limit, err = intParam(q, "limit", defaultLimit, 1, maxLimit); err != nil {
		return nil, err
	}
	if names.pages {
		if lq.page, err = intParam(q, "page", 1, 1, math.MaxInt32); err != nil {
			return nil, err
		}
	}
	f := &lq.filter
	f.Page, f.Limit = lq.page, lq.limit
	if s := q.Get("cursor"); s != "" {
		if f.After, err = decodeCursor(s); err != nil {
			return nil, err
		}
	}
	if err := parseListFilters(q, names, f); err != nil {
		return nil, err
	}
	lq.fields = parseFields(q.Get("fields"))
	if lq.lang, err = langParam(q.Get("lang")); err != nil {
		return nil, err
	}
	return lq, nil
}

func parseListFilters(q url.Values, names listNames, f *models.TrackingFilter) error {
	f.Keyword, f.OrderID = strings.TrimSpace(q.Get("keyword")), q.Get("order_id")
	f.TrackingNumbers, f.ShipmentTags = splitList(q.Get("tracking_numbers")), splitList(q.Get("shipment_tags"))
	if len(f.TrackingNumbers) > maxTrackingNumbers {
		return invalidParam("tracking_numbers", fmt.Sprintf("at most %d tracking numbers", maxTrackingNumbers))
	}
	for _, s := range splitList(q.Get("slug")) {
		if c, ok := carriers.Lookup(s); ok {
			s = c.Slug
		}
		f.Slugs = append(f.Slugs, s)
	}
	for _, t := range splitList(q.Get("tag")) {
		if !carriers.ValidTag(carriers.Tag(t)) {
			return invalidParam("tag", fmt.Sprintf("%q is not a delivery status", t))
		}
		f.Tags = append(f.Tags, t)
	}
	var err error
	if f.Origins, err = countriesParam(q, "origin"); err != nil {
		return err
	}
	if f.Destinations, err = countriesParam(q, "destination"); err != nil {
		return err
	}
	if f.CourierDestinations, err = countriesParam(q, names.courierDestination); err != nil {
		return err
	}
	return parseListRanges(q, f)
}

func parseListRanges(q url.Values, f *models.TrackingFilter) error {
	for _, p := range []struct {
		name string
		dst  **time.Time
	}{{"created_at_min", &f.CreatedAtMin}, {"created_at_max", &f.CreatedAtMax},
		{"updated_at_min", &f.UpdatedAtMin}, {"updated_at_max", &f.UpdatedAtMax}} {
		t, err := timeParam(q, p.name)
		if err != nil {
			return err
		}
		*p.dst = t
	}
	if q.Get("transit_time") != "" {
		n, err := intParam(q, "transit_time", 0, 0, 365)
		if err != nil {
			return err
		}
		f.TransitTime = &n
	}
	rts := splitList(q.Get("return_to_sender"))
	if len(rts) == 1 {
		v, err := strconv.ParseBool(rts[0])
		if err != nil {
			return invalidParam("return_to_sender", "use true or false")
		}
		f.ReturnToSender = &v
	}
	return nil
}

func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, invalidParam(name, fmt.Sprintf("use a whole number from %d to %d", lo, hi))
	}
	return n, nil
}

func countriesParam(q url.Values, name string) ([]string, error) {
	var out []string
	for _, c := range splitList(q.Get(name)) {
		c = strings.ToUpper(c)
		if len(c) != 3 || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return nil, invalidParam(name, "use ISO 3166-1 alpha-3 codes such as USA")
		}
		out = append(out, c)
	}
	return out, nil
}

// timeParam reads an RFC 3339 time (or a date). A "+" of the offset that was not
// URL-escaped arrives as a space and is read back as "+".
func timeParam(q url.Values, name string) (*time.Time, error) {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return nil, nil
	}
	s = strings.Replace(s, " ", "+", 1)
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return &t, nil
		}
	}
	return nil, invalidParam(name, "use a time such as 2013-03-15T16:41:56+08:00")
}

// Cursors are opaque to clients: the position of the last tracking of a page.
func encodeCursor(c models.TrackingCursor) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(c.CreatedAt.UnixNano(), 10) + "." + c.ID))
}

func decodeCursor(s string) (*models.TrackingCursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	nanos, id, ok := strings.Cut(string(b), ".")
	n, perr := strconv.ParseInt(nanos, 10, 64)
	if err != nil || !ok || perr != nil || id == "" {
		return nil, invalidParam("cursor", "use the next_cursor of a previous page")
	}
	return &models.TrackingCursor{CreatedAt: time.Unix(0, n).UTC(), ID: id}, nil
}
