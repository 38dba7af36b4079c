package aftership

import (
	"errors"
	"regexp"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// version is how one AfterShip API version reads requests and writes responses.
// The handlers, which call the one tracking service, are shared by all versions.
type version interface {
	decodeCreate(body []byte) (tracking.CreateInput, error)
	decodeUpdate(body []byte) (tracking.UpdateInput, error)
	decodeComplete(body []byte) (tracking.Completion, error)
	decodeDetect(body []byte) (detectInput, error)
	decodeEDD(body []byte) ([]tracking.EDDRequest, error)
	// listNames are the query parameter names that differ between versions.
	listNames() listNames
	// tracking is the bare tracking object; one wraps it for a response.
	tracking(d *tracking.Detail) any
	one(obj any) any
	// brief is the response to delete and retrack.
	brief(d *tracking.Detail, retrack bool) any
	list(q *listQuery, page listPage) any
	// exists is the data of a 4003 error: the tracking that already exists.
	exists(t *models.Tracking) any
	couriers(cs []carriers.Courier) any
	edd(reqs []tracking.EDDRequest, preds []tracking.EDDPrediction) any
	// fieldName spells a service field name (2024-04 style) in this version.
	fieldName(field string) string
}

// Handler serves one version of the AfterShip Tracking API.
type Handler struct {
	svc *tracking.Service
	v   version
}

// New2404 serves the 2024-04 API.
func New2404(svc *tracking.Service) *Handler {
	return &Handler{svc: svc, v: v2404v4{full: func(d *tracking.Detail) any { return newTracking2404(d) }, paginated: true}}
}

// New2507 serves the 2025-07 API; publicURL is the base of public tracking pages.
func New2507(svc *tracking.Service, publicURL string) *Handler {
	return &Handler{svc: svc, v: v2507{publicURL: strings.TrimSuffix(publicURL, "/")}}
}

// New2607 serves the 2026-07 API; publicURL is the base of public tracking pages.
func New2607(svc *tracking.Service, publicURL string) *Handler {
	return &Handler{svc: svc, v: v2607{v2507{publicURL: strings.TrimSuffix(publicURL, "/")}}}
}

// NewV4 serves the legacy v4 API.
func NewV4(svc *tracking.Service) *Handler {
	return &Handler{svc: svc, v: v2404v4{full: func(d *tracking.Detail) any { return newTrackingV4(d) }}}
}

// fail reports err in the envelope, with field names spelled as this version does.
func (h *Handler) fail(c *gin.Context, err error) {
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		renamed := *ve
		renamed.Field = h.v.fieldName(ve.Field)
		if renamed.Field != ve.Field {
			renamed.Reason = replaceField(ve.Reason, ve.Field, renamed.Field)
		}
		err = &renamed
	}
	render.AfterShipError(c, err)
}

// idPattern is what a tracking id can look like; anything else is a 4015.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// lookup finds the tracking a path names: /:id, or the legacy /:slug/:tracking_number
// (where the router calls the slug "id").
func (h *Handler) lookup(c *gin.Context) (*models.Tracking, bool) {
	id, number := recoverQuery(c)
	ctx := c.Request.Context()
	var t *models.Tracking
	var err error
	switch {
	case number != "":
		if _, ok := carriers.Lookup(id); !ok {
			badRequest(c, render.AfterShipInvalidSlug, "The value of `slug` is invalid.")
			return nil, false
		}
		t, err = h.svc.GetBySlugNumber(ctx, OrgID(c), id, number)
	case !idPattern.MatchString(id):
		badRequest(c, render.AfterShipInvalidID, "The value of `id` is invalid.")
		return nil, false
	default:
		t, err = h.svc.Get(ctx, OrgID(c), id)
	}
	if err != nil {
		h.fail(c, err)
		return nil, false
	}
	return t, true
}

// recoverQuery returns the path's id and number. The v4 Node SDK joins query
// parameters to a slug/number path with "&" instead of "?"; no id or tracking number
// contains "&", so what follows it is read as the query it was meant to be.
func recoverQuery(c *gin.Context) (id, number string) {
	id, number = c.Param("id"), c.Param("number")
	last := &id
	if number != "" {
		last = &number
	}
	head, query, found := strings.Cut(*last, "&")
	if !found {
		return id, number
	}
	*last = head
	if c.Request.URL.RawQuery != "" {
		query += "&" + c.Request.URL.RawQuery
	}
	c.Request.URL.RawQuery = query
	return id, number
}

// detail loads what the encoders need, reporting a failure itself.
func (h *Handler) detail(c *gin.Context, t *models.Tracking) (*tracking.Detail, bool) {
	d, err := h.svc.Detail(c.Request.Context(), t)
	if err != nil {
		h.fail(c, err)
		return nil, false
	}
	return d, true
}

// respond writes one tracking, limited to the requested fields.
func (h *Handler) respond(c *gin.Context, status int, t *models.Tracking, fields []string) {
	d, ok := h.detail(c, t)
	if !ok {
		return
	}
	render.AfterShipOK(c, status, h.v.one(project(h.v.tracking(d), fields)))
}

// body reads the request body, reporting a failure itself.
func (h *Handler) body(c *gin.Context) ([]byte, bool) {
	b, err := readBody(c)
	if err != nil {
		render.AfterShipError(c, err)
		return nil, false
	}
	return b, true
}
