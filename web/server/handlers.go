package server

import (
	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"

	"github.com/waypost/waypost/handlers/api/aftership"
	"github.com/waypost/waypost/handlers/api/openapi"
	"github.com/waypost/waypost/handlers/api/postmen"
	"github.com/waypost/waypost/handlers/api/trackerdelivery"
	"github.com/waypost/waypost/handlers/console"
	"github.com/waypost/waypost/handlers/track"
	"github.com/waypost/waypost/web/config"
	mw "github.com/waypost/waypost/web/server/middleware"
)

// Handlers are the request handlers of every audience and the state their
// middleware keeps (sessions, rate limits), built by web/app, the composition
// root; the route table only routes to them.
type Handlers struct {
	// Sessions is the console's cookie store.
	Sessions sessions.Store
	// PublicLimit limits public pages and reference data per client IP.
	PublicLimit *mw.Limiter

	Track        *track.Handler
	Console      *console.Handler
	TrackingPage *console.TrackingPage
	// Shipping is the console's shipping screens, and the tracking detail page
	// that shows a tracking's label.
	Shipping *console.Shipping

	AfterShip AfterShip
	// TrackerDelivery is the tracker.delivery v1 API with its own limits.
	TrackerDelivery *trackerdelivery.Handler

	Postmen Postmen
}

// Postmen is the AfterShip Shipping API (Postmen v3) behind its authentication.
type Postmen struct {
	// RequireKey authenticates as-api-key or postmen-api-key and applies the
	// per-key rate limit.
	RequireKey gin.HandlerFunc
	API        *postmen.Handler
}

// AfterShip is the AfterShip Tracking API: one handler set per version behind
// one authentication, and the document describing them.
type AfterShip struct {
	// RequireKey authenticates as-api-key (and signed) requests and applies the
	// per-key rate limit.
	RequireKey gin.HandlerFunc
	V2404      *aftership.Handler
	V2507      *aftership.Handler
	V2607      *aftership.Handler
	V4         *aftership.Handler
	Doc        *openapi.Doc
	// Webhooks is /api/v1/webhooks and /api/v1/events; nil serves neither.
	Webhooks *aftership.Webhooks
}

// NewSessionStore is the console's signed and encrypted cookie store.
func NewSessionStore(cfg *config.Config) sessions.Store {
	return mw.NewCookieStore(cfg.SessionKeys, cfg.SecureCookies())
}
