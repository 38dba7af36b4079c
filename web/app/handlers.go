package app

import (
	"strings"
	"time"

	"github.com/waypost/waypost/handlers/api/aftership"
	"github.com/waypost/waypost/handlers/api/openapi"
	"github.com/waypost/waypost/handlers/api/postmen"
	"github.com/waypost/waypost/handlers/api/trackerdelivery"
	"github.com/waypost/waypost/handlers/console"
	"github.com/waypost/waypost/handlers/track"
	"github.com/waypost/waypost/web/branding"
	"github.com/waypost/waypost/web/clientauth"
	"github.com/waypost/waypost/web/server"
	mw "github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/tracking"
)

// handlers builds the services only the web edge uses (branding, client
// credentials, the public lookup cache, rate limiters) and every audience's
// handlers over them.
func (a *App) handlers() server.Handlers {
	cfg, log, now := a.Config, a.Log, a.Now
	// Public pages and the tracker.delivery API read parcels through one
	// short-lived cache.
	lookups := tracking.NewLookupCache(a.Tracking, tracking.LookupTTL, 10000)
	brands := branding.New(a.DB, now)
	clients := clientauth.New(a.DB)
	store := server.NewSessionStore(cfg)
	con := console.New(a.Accounts, a.Tracking, store, log)
	// One per-key budget covers the Tracking and the Shipping API.
	apiLimit := mw.NewLimiter(cfg.APIRateLimit, time.Minute, now)
	return server.Handlers{
		Sessions:     store,
		PublicLimit:  mw.NewLimiter(cfg.PublicRateLimit, time.Minute, now),
		Track:        track.New(lookups, a.Tracking, brands, log, now),
		Console:      con,
		TrackingPage: console.NewTrackingPage(con, brands, clients, strings.TrimRight(cfg.BaseURL.String(), "/")),
		Shipping:     console.NewShipping(con, a.Shipping, now),
		AfterShip: server.AfterShip{
			RequireKey: aftership.RequireAPIKey(a.Accounts, apiLimit, now),
			V2404:      aftership.New2404(a.Tracking),
			V2507:      aftership.New2507(a.Tracking, cfg.BaseURL.String()),
			V2607:      aftership.New2607(a.Tracking, cfg.BaseURL.String()),
			V4:         aftership.NewV4(a.Tracking),
			Doc:        openapi.New(openapi.Combine(aftership.Describe(), postmen.Describe())),
			Webhooks:   aftership.NewWebhooks(a.Webhooks),
		},
		TrackerDelivery: &trackerdelivery.Handler{Lookups: lookups, Clients: clients, Log: log,
			Anonymous: mw.NewLimiter(cfg.PublicRateLimit, time.Minute, now),
			Keyed:     mw.NewLimiter(cfg.APIRateLimit, time.Minute, now)},
		Postmen: server.Postmen{
			RequireKey: postmen.RequireAPIKey(a.Accounts, apiLimit),
			API:        postmen.New(a.Shipping, cfg.BaseURL.String()),
		},
	}
}
