package server

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/waypost/waypost/handlers/api"
	"github.com/waypost/waypost/handlers/console"
	"github.com/waypost/waypost/handlers/track"
	"github.com/waypost/waypost/static"
	"github.com/waypost/waypost/web/branding"
	"github.com/waypost/waypost/web/clientauth"
	"github.com/waypost/waypost/web/config"
	mw "github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/tracking"
)

// routes is the route table, top to bottom by audience.
func routes(r *gin.Engine, cfg *config.Config, d Deps, store sessions.Store) {
	log := d.Logger
	metrics := newHTTPMetrics(d.Metrics)
	r.Use(mw.RequestLog(log), metrics.middleware())

	// Operations: no session, no CSP needed.
	r.GET("/healthz", healthz)
	r.GET("/readyz", readyz(d.DB))
	r.GET("/metrics", gin.WrapH(promhttp.HandlerFor(d.Metrics, promhttp.HandlerOpts{})))
	r.GET("/static/*path", gin.WrapH(static.Handler()))

	// Public tracking pages: no cookies, rate limited per IP. They and the
	// tracker.delivery API read parcels through one short-lived cache.
	lookups := tracking.NewLookupCache(d.Tracking, tracking.LookupTTL, 10000)
	publicLimit := mw.NewLimiter(cfg.PublicRateLimit, time.Minute, d.Now)
	brands := branding.New(d.DB, d.Now)
	trk := track.New(lookups, d.Tracking, brands, log, d.Now)
	public := r.Group("/", mw.Recover(log, panicPage), mw.SecurityHeaders(cfg.SecureCookies()), ipLimit(publicLimit))
	public.GET("/", trk.ShowHome)
	public.GET("/track", trk.Search)
	public.GET("/track/:carrier/:number", trk.ShowParcel)
	// A merchant's branded copy of the same pages, at its handle.
	shop := public.Group("/m/:org", trk.RequireBrand)
	shop.GET("", trk.ShowHome)
	shop.GET("/", trk.ShowHome)
	shop.GET("/track", trk.Search)
	shop.GET("/track/:carrier/:number", trk.ShowParcel)
	shop.GET("/theme.css", trk.ShowTheme)
	shop.GET("/logo", trk.ShowLogo)
	// The branded pages made for iframes: framed only by the merchant's sites.
	embed := r.Group("/embed/:org", mw.Recover(log, panicPage), mw.EmbedHeaders(cfg.SecureCookies(), trk.FrameAncestors),
		ipLimit(publicLimit), trk.RequireBrand)
	embed.GET("", trk.ShowHome)
	embed.GET("/", trk.ShowHome)
	embed.GET("/track", trk.Search)
	embed.GET("/track/:carrier/:number", trk.ShowParcel)
	r.GET("/embed.js", track.ShowEmbedScript)

	// Merchant console: session cookie, same-origin writes only.
	con := console.New(d.Accounts, d.Tracking, store, log)
	site := r.Group("/", mw.Recover(log, panicPage), mw.SecurityHeaders(cfg.SecureCookies()),
		mw.CSRF(), mw.LoadSession(store, d.Accounts))
	site.GET("/login", con.ShowLogin)
	site.POST("/login", con.Login)
	site.GET("/signup", con.ShowSignup)
	site.POST("/signup", con.Signup)
	site.POST("/logout", con.Logout)

	auth := site.Group("/", mw.RequireLogin())
	auth.GET("/trackings", con.ShowTrackingList)
	auth.POST("/trackings", con.CreateTracking)
	shp := console.NewShipping(con, d.Shipping, d.Now)
	auth.GET("/trackings/:id", shp.ShowTracking)
	auth.GET("/trackings/:id/shipment", con.ShowShipmentFragment)
	auth.GET("/api-keys", con.ShowAPIKeys)
	auth.POST("/api-keys", con.CreateAPIKey)
	auth.POST("/api-keys/:id/revoke", con.RevokeAPIKey)
	clients := clientauth.New(d.DB)
	tp := console.NewTrackingPage(con, brands, clients, strings.TrimRight(cfg.BaseURL.String(), "/"))
	auth.GET("/tracking-page", tp.ShowBranding)
	auth.POST("/tracking-page", tp.SaveBranding)
	auth.POST("/tracking-page/logo", tp.UploadLogo)
	auth.POST("/tracking-page/logo/remove", tp.RemoveLogo)
	auth.GET("/tracking-page/embed", tp.ShowEmbed)
	auth.POST("/tracking-page/embed", tp.SaveEmbed)
	auth.GET("/tracking-page/api", tp.ShowClientCredentials)
	auth.POST("/tracking-page/api", tp.CreateClientCredential)
	auth.POST("/tracking-page/api/:id/revoke", tp.RevokeClientCredential)
	shippingScreens(auth.Group("/shipping"), shp)

	// AfterShip Tracking API: as-api-key, per-key rate limit, JSON envelope. Each
	// version is its own handler set over the one tracking service.
	apiLimit := mw.NewLimiter(cfg.APIRateLimit, time.Minute, d.Now)
	aftership := func(prefix string) *gin.RouterGroup {
		return r.Group(prefix, mw.Recover(log, apiPanic), mw.APIHeaders(), api.RequireAPIKey(d.Accounts, apiLimit, d.Now))
	}
	classicTrackingRoutes(aftership("/tracking/2024-04"), api.New2404(d.Tracking))
	classicTrackingRoutes(aftership("/v4"), api.NewV4(d.Tracking))
	v2507 := api.New2507(d.Tracking, cfg.BaseURL.String())
	g2507 := aftership("/tracking/2025-07")
	g2507.GET("/trackings", v2507.ListTrackings)
	g2507.POST("/trackings", v2507.CreateTracking)
	g2507.GET("/trackings/:id", v2507.ShowTracking)
	g2507.PUT("/trackings/:id", v2507.UpdateTracking)
	g2507.DELETE("/trackings/:id", v2507.DeleteTracking)
	g2507.POST("/trackings/:id/retrack", v2507.RetrackTracking)
	g2507.POST("/trackings/:id/mark-as-completed", v2507.CompleteTracking)
	g2507.GET("/couriers", v2507.ListCouriers)
	g2507.POST("/couriers/detect", v2507.DetectCourier)
	g2507.GET("/courier-connections", v2507.ListConnections)
	g2507.POST("/courier-connections", v2507.CreateConnection)
	g2507.GET("/courier-connections/:id", v2507.ShowConnection)
	g2507.PATCH("/courier-connections/:id", v2507.UpdateConnection)
	g2507.DELETE("/courier-connections/:id", v2507.DeleteConnection)
	g2507.POST("/estimated-delivery-date/predict", v2507.Predict)
	g2507.POST("/estimated-delivery-date/predict-batch", v2507.PredictBatch)
	// Their description: the OpenAPI document and a page to read it, both public.
	r.GET("/openapi.json", api.ServeOpenAPI)
	r.GET("/docs/api", mw.Recover(log, panicPage), mw.SecurityHeaders(cfg.SecureCookies()), api.ShowAPIDocs)

	// tracker.delivery v1 (apis.tracker.delivery paths): credentials optional,
	// keyless calls limited per IP; errors as {"message": ...}; any origin may call.
	td := &api.TrackerDelivery{Lookups: lookups, Clients: clients, Log: log,
		Anonymous: mw.NewLimiter(cfg.PublicRateLimit, time.Minute, d.Now),
		Keyed:     mw.NewLimiter(cfg.APIRateLimit, time.Minute, d.Now)}
	v1td := r.Group("/carriers", mw.Recover(log, api.TDPanic), mw.APIHeaders(), api.TDHeaders(), td.Authenticate)
	v1td.GET("", td.ListCarriers)
	v1td.GET("/:carrier_id/tracks/:track_id", td.ShowTrack)
	r.OPTIONS("/carriers", api.TDHeaders())
	r.OPTIONS("/carriers/:carrier_id/tracks/:track_id", api.TDHeaders())

	// How raw carrier statuses become AfterShip tags and tracker.delivery statuses:
	// read-only reference data, no key, limited per IP.
	r.GET("/status-mappings", mw.Recover(log, apiPanic), mw.APIHeaders(), ipLimit(publicLimit), api.ShowStatusMappings)

	r.NoRoute(func(c *gin.Context) {
		if strings.HasPrefix(c.Request.URL.Path, "/carriers/") {
			api.TDNotFound(c)
			return
		}
		if isAPIPath(c.Request.URL.Path) {
			api.Fail(c, http.StatusNotFound, http.StatusNotFound, "The requested resource does not exist.")
			return
		}
		notFoundPage(c)
	})
}

// classicTrackingRoutes are the endpoints of the AfterShip versions that address
// trackings by id or by slug and number: 2024-04 and v4.
func classicTrackingRoutes(g *gin.RouterGroup, h *api.Handler) {
	g.GET("/trackings", h.ListTrackings)
	g.POST("/trackings", h.CreateTracking)
	for _, path := range []string{"/trackings/:id", "/trackings/:id/:number"} {
		g.GET(path, h.ShowTracking)
		g.PUT(path, h.UpdateTracking)
		g.DELETE(path, h.DeleteTracking)
		g.POST(path+"/retrack", h.RetrackTracking)
		g.POST(path+"/mark-as-completed", h.CompleteTracking)
	}
	g.GET("/last_checkpoint/:id", h.ShowLastCheckpoint)
	g.GET("/last_checkpoint/:id/:number", h.ShowLastCheckpoint)
	for _, path := range []string{"/notifications/:id", "/notifications/:id/:number"} {
		g.GET(path, h.ShowNotification)
		g.POST(path+"/add", h.AddNotification)
		g.POST(path+"/remove", h.RemoveNotification)
	}
	g.GET("/couriers", h.ListCouriers)
	g.GET("/couriers/all", h.ListAllCouriers)
	g.POST("/couriers/detect", h.DetectCourier)
	g.POST("/estimated-delivery-date/predict-batch", h.PredictBatch)
}

// shippingScreens are the console's shipping pages: labels, pickups, manifests and
// the accounts they are bought on. Files are sent through the console after a
// tenant check, not by their public link.
func shippingScreens(g *gin.RouterGroup, h *console.Shipping) {
	g.GET("/labels", h.ShowLabels)
	g.GET("/labels/new", h.ShowCreateLabel)
	g.POST("/labels/new", h.RefreshLabelForm)
	g.POST("/labels", h.BuyLabel)
	g.POST("/labels/print", h.PrintLabels)
	g.GET("/labels/:id", h.ShowLabel)
	g.GET("/labels/:id/:kind", h.DownloadLabelFile)
	g.POST("/labels/:id/cancel", h.CancelLabel)
	g.POST("/address-check", h.CheckAddress)
	g.POST("/rates", h.GetRates)
	g.GET("/pickups", h.ShowPickups)
	g.POST("/pickups", h.CreatePickup)
	g.POST("/pickups/:id/cancel", h.CancelPickup)
	g.GET("/manifests", h.ShowManifests)
	g.POST("/manifests", h.CreateManifest)
	g.GET("/manifests/:id/file", h.DownloadManifest)
	g.GET("/accounts", h.ShowShipperAccounts)
	g.GET("/accounts/fields", h.ShowCredentialFields)
	g.POST("/accounts", h.CreateShipperAccount)
	g.POST("/accounts/:id/status", h.SetShipperAccountStatus)
	g.POST("/accounts/:id/delete", h.DeleteShipperAccount)
}

func isAPIPath(p string) bool {
	for _, prefix := range []string{"/tracking/", "/v4/", "/postmen/", "/v3/", "/carriers"} {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

func apiPanic(c *gin.Context) {
	api.Fail(c, http.StatusInternalServerError, http.StatusInternalServerError, "Something went wrong on our side. Please try again.")
}

// ipLimit applies a per-client-IP limit to public pages.
func ipLimit(l *mw.Limiter) gin.HandlerFunc {
	return func(c *gin.Context) {
		d := l.Allow(c.ClientIP())
		if !d.Allowed {
			d.SetHeaders(c)
			c.String(http.StatusTooManyRequests, "Too many requests. Please wait a minute and try again.")
			c.Abort()
			return
		}
		c.Next()
	}
}
