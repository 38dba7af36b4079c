package aftership

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
)

// courierConnection2507 is a courier connection as 2025-07 shows it. Secret
// values are masked: a connection's credentials are written, never read back.
type courierConnection2507 struct {
	ID          string         `json:"id"`
	CourierSlug string         `json:"courier_slug"`
	Credentials map[string]any `json:"credentials"`
	CreatedAt   string         `json:"created_at"`
	UpdatedAt   string         `json:"updated_at"`
}

type courierConnectionList2507 struct {
	Pagination         pagination              `json:"pagination"`
	CourierConnections []courierConnection2507 `json:"courier_connections"`
}

func newCourierConnection2507(cc *models.CourierConnection) courierConnection2507 {
	creds := make(map[string]any, len(cc.Credentials))
	for k, v := range cc.Credentials {
		if s, ok := v.(string); ok {
			v = maskSecret(s)
		}
		creds[k] = v
	}
	return courierConnection2507{ID: cc.ID, CourierSlug: cc.CourierSlug, Credentials: creds,
		CreatedAt: timestamp(cc.CreatedAt), UpdatedAt: timestamp(cc.UpdatedAt)}
}

// maskSecret keeps the last four characters of a long value so a merchant can tell
// which key is stored.
func maskSecret(s string) string {
	if len(s) <= 8 {
		return strings.Repeat("*", len(s))
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}

type connectionIn struct {
	CourierSlug string         `json:"courier_slug"`
	Credentials map[string]any `json:"credentials"`
}

// failConnection reports a missing connection as such, not as a missing tracking.
func (h *Handler) failConnection(c *gin.Context, err error) {
	if errors.Is(err, models.ErrNotFound) {
		render.AfterShipFail(c, http.StatusNotFound, http.StatusNotFound, "Courier connection does not exist.")
		return
	}
	h.fail(c, err)
}

// ListConnections serves GET /courier-connections.
func (h *Handler) ListConnections(c *gin.Context) {
	q := c.Request.URL.Query()
	limit, err := intParam(q, "limit", defaultLimit, 1, maxLimit)
	f := models.CourierConnectionFilter{CourierSlug: q.Get("courier_slug"), Limit: limit + 1}
	if err == nil && q.Get("cursor") != "" {
		f.After, err = decodeCursor(q.Get("cursor"))
	}
	if err != nil {
		h.fail(c, err)
		return
	}
	ccs, total, err := h.svc.Connections(c.Request.Context(), OrgID(c), f)
	if err != nil {
		h.fail(c, err)
		return
	}
	page := listPage{total: total, hasNext: len(ccs) > limit}
	ccs = ccs[:min(len(ccs), limit)]
	out := courierConnectionList2507{CourierConnections: make([]courierConnection2507, len(ccs))}
	for i := range ccs {
		out.CourierConnections[i] = newCourierConnection2507(&ccs[i])
	}
	if page.hasNext {
		last := ccs[len(ccs)-1]
		page.nextCursor = encodeCursor(models.TrackingCursor{CreatedAt: last.CreatedAt, ID: last.ID})
	}
	out.Pagination = newPagination(page)
	render.AfterShipOK(c, http.StatusOK, out)
}

// CreateConnection serves POST /courier-connections.
func (h *Handler) CreateConnection(c *gin.Context) {
	body, ok := h.body(c)
	if !ok {
		return
	}
	var in connectionIn
	if err := decodeJSON(body, &in); err != nil {
		h.fail(c, err)
		return
	}
	cc, err := h.svc.CreateConnection(c.Request.Context(), OrgID(c), in.CourierSlug, in.Credentials)
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusCreated, newCourierConnection2507(cc))
}

// ShowConnection serves GET /courier-connections/:id.
func (h *Handler) ShowConnection(c *gin.Context) {
	cc, err := h.svc.Connection(c.Request.Context(), OrgID(c), c.Param("id"))
	if err != nil {
		h.failConnection(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, newCourierConnection2507(cc))
}

// UpdateConnection serves PATCH /courier-connections/:id: new credentials.
func (h *Handler) UpdateConnection(c *gin.Context) {
	body, ok := h.body(c)
	if !ok {
		return
	}
	var in connectionIn
	if err := decodeJSON(body, &in); err != nil {
		h.fail(c, err)
		return
	}
	cc, err := h.svc.UpdateConnection(c.Request.Context(), OrgID(c), c.Param("id"), in.Credentials)
	if err != nil {
		h.failConnection(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, newCourierConnection2507(cc))
}

// DeleteConnection serves DELETE /courier-connections/:id.
func (h *Handler) DeleteConnection(c *gin.Context) {
	cc, err := h.svc.DeleteConnection(c.Request.Context(), OrgID(c), c.Param("id"))
	if err != nil {
		h.failConnection(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, newCourierConnection2507(cc))
}
