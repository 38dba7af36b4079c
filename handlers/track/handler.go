// Package track serves the public tracking pages: Waypost's own (/, /track/...),
// each merchant's branded copy (/m/<handle>/...) and the embed for iframes
// (/embed/<handle>/...). They set no cookies and show carrier data only, never
// a merchant's private fields.
package track

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/a-h/templ"
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/branding"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// Lookups returns the public view of a parcel (tracking.LookupCache).
type Lookups interface {
	Lookup(ctx context.Context, courierID, number string) (*tracking.Public, error)
}

// Brands finds merchants by their public handle (branding.Service).
type Brands interface {
	ByHandle(ctx context.Context, handle string) (*branding.Brand, error)
	Logo(ctx context.Context, orgID string) (*models.BrandingLogo, error)
}

// Handler serves the public pages.
type Handler struct {
	Lookups Lookups
	Detect  func(number string) []string
	Brands  Brands
	Log     *slog.Logger
	Now     func() time.Time
}

// New wires the public page handlers.
func New(lookups Lookups, trk *tracking.Service, brands Brands, log *slog.Logger, now func() time.Time) *Handler {
	if now == nil {
		now = time.Now
	}
	detect := func(n string) []string { return trk.Detect(n, tracking.DetectHints{}) }
	return &Handler{Lookups: lookups, Detect: detect, Brands: brands, Log: log, Now: now}
}

const brandKey = "waypost.brand"

// RequireBrand loads the merchant named by :org, answering 404 for an unknown one.
func (h *Handler) RequireBrand(c *gin.Context) {
	if b, err := h.brand(c); b == nil {
		ch := h.chrome(c)
		if err != nil {
			h.problem(c, ch, http.StatusServiceUnavailable, problemFor(c, ch, "unavailable"))
		} else {
			h.problem(c, ch, http.StatusNotFound, problemFor(c, ch, "unknown_shop"))
		}
		c.Abort()
		return
	}
	c.Next()
}

// FrameAncestors are the sites the merchant of :org lets frame its embed.
func (h *Handler) FrameAncestors(c *gin.Context) []string {
	if b, _ := h.brand(c); b != nil {
		return b.FrameAncestors
	}
	return nil
}

type loadedBrand struct {
	b   *branding.Brand
	err error // a failure other than an unknown handle
}

// brand is the merchant of the request (nil on Waypost's own pages or for an
// unknown handle), loaded once per request.
func (h *Handler) brand(c *gin.Context) (*branding.Brand, error) {
	if v, ok := c.Get(brandKey); ok {
		l := v.(loadedBrand)
		return l.b, l.err
	}
	var l loadedBrand
	if handle := c.Param("org"); handle != "" {
		b, err := h.Brands.ByHandle(c.Request.Context(), handle)
		switch {
		case err == nil:
			l.b = b
		case !errors.Is(err, models.ErrNotFound):
			h.Log.ErrorContext(c.Request.Context(), "load brand", "handle", handle, "err", err)
			l.err = err
		}
	}
	c.Set(brandKey, l)
	return l.b, l.err
}

// page renders a whole page, or only its swappable part for track.js.
func page(c *gin.Context, status int, full, fragment templ.Component) {
	c.Header("Vary", "HX-Request, Accept-Language")
	if render.IsHTMX(c) {
		render.HTML(c, status, fragment)
		return
	}
	render.HTML(c, status, full)
}
