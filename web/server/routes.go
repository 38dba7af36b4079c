package server

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/waypost/waypost/handlers/api/aftership"
	"github.com/waypost/waypost/handlers/api/trackerdelivery"
	"github.com/waypost/waypost/handlers/console"
	"github.com/waypost/waypost/handlers/track"
	"github.com/waypost/waypost/static"
	"github.com/waypost/waypost/web/config"
	mw "github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
)

// routes is the route table, top to bottom by audience. It builds nothing:
// every handler and limiter comes from web/app in d.Handlers.
func routes(r *gin.Engine, cfg *config.Config, d Deps) {
	r.Use(mw.RequestLog(d.Logger), newHTTPMetrics(d.Metrics).middleware())
	operationsRoutes(r, d)
	publicPageRoutes(r, cfg, d)
	consoleRoutes(r, cfg, d)
	afterShipRoutes(r, cfg, d)
	trackerDeliveryRoutes(r, cfg, d)
	postmenRoutes(r, cfg, d)
	r.NoRoute(noRoute)
}

// operationsRoutes: no session, no CSP needed.
func operationsRoutes(r *gin.Engine, d Deps) {
	r.GET("/healthz", healthz)
	r.GET("/readyz", readyz(d.DB))
	r.GET("/metrics", gin.WrapH(promhttp.HandlerFor(d.Metrics, promhttp.HandlerOpts{})))
	r.GET("/static/*path", gin.WrapH(static.Handler()))
}

// publicPageRoutes are the public tracking pages: no cookies, rate limited per IP.
func publicPageRoutes(r *gin.Engine, cfg *config.Config, d Deps) {
	trk, limit := d.Handlers.Track, ipLimit(d.Handlers.PublicLimit)
	public := r.Group("/", mw.Recover(d.Logger, panicPage), mw.SecurityHeaders(cfg.SecureCookies()), limit)
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
	embed := r.Group("/embed/:org", mw.Recover(d.Logger, panicPage), mw.EmbedHeaders(cfg.SecureCookies(), trk.FrameAncestors),
		limit, trk.RequireBrand)
	embed.GET("", trk.ShowHome)
	embed.GET("/", trk.ShowHome)
	embed.GET("/track", trk.Search)
	embed.GET("/track/:carrier/:number", trk.ShowParcel)
	r.GET("/embed.js", track.ShowEmbedScript)
}

// consoleRoutes are the merchant console: session cookie, same-origin writes only.
func consoleRoutes(r *gin.Engine, cfg *config.Config, d Deps) {
	con, tp := d.Handlers.Console, d.Handlers.TrackingPage
	site := r.Group("/", mw.Recover(d.Logger, panicPage), mw.SecurityHeaders(cfg.SecureCookies()),
		mw.CSRF(), mw.LoadSession(d.Handlers.Sessions, d.Accounts))
	site.GET("/login", con.ShowLogin)
	site.POST("/login", con.Login)
	site.GET("/signup", con.ShowSignup)
	site.POST("/signup", con.Signup)
	site.POST("/logout", con.Logout)

	auth := site.Group("/", mw.RequireLogin())
	auth.GET("/trackings", con.ShowTrackingList)
	auth.POST("/trackings", con.CreateTracking)
	auth.GET("/trackings/detect", con.DetectCourier)
	auth.GET("/trackings/courier-fields", con.ShowCourierFields)
	auth.GET("/trackings/:id", d.Handlers.Shipping.ShowTracking)
	auth.GET("/trackings/:id/shipment", con.ShowShipmentFragment)
	auth.GET("/trackings/:id/edit", con.ShowEditTracking)
	auth.POST("/trackings/:id/edit", con.SaveTracking)
	auth.POST("/trackings/:id/retrack", con.RetrackTracking)
	auth.POST("/trackings/:id/complete", con.CompleteTracking)
	auth.POST("/trackings/:id/delete", con.DeleteTracking)
	auth.GET("/account", con.ShowAccount)
	auth.POST("/account/password", con.ChangePassword)
	auth.GET("/api-keys", con.ShowAPIKeys)
	auth.POST("/api-keys", con.CreateAPIKey)
	auth.POST("/api-keys/:id/revoke", con.RevokeAPIKey)
	auth.GET("/tracking-page", tp.ShowBranding)
	auth.POST("/tracking-page", tp.SaveBranding)
	auth.POST("/tracking-page/logo", tp.UploadLogo)
	auth.POST("/tracking-page/logo/remove", tp.RemoveLogo)
	auth.GET("/tracking-page/embed", tp.ShowEmbed)
	auth.POST("/tracking-page/embed", tp.SaveEmbed)
	auth.GET("/tracking-page/api", tp.ShowClientCredentials)
	auth.POST("/tracking-page/api", tp.CreateClientCredential)
	auth.POST("/tracking-page/api/:id/revoke", tp.RevokeClientCredential)
	shippingScreens(auth.Group("/shipping"), d.Handlers.Shipping)
}

// afterShipRoutes are the AfterShip Tracking API (as-api-key, per-key rate limit,
// JSON envelope), each version its own handler set over the one tracking
// service; its description; and the status mappings reference.
func afterShipRoutes(r *gin.Engine, cfg *config.Config, d Deps) {
	as := d.Handlers.AfterShip
	group := func(prefix string) *gin.RouterGroup {
		return r.Group(prefix, mw.Recover(d.Logger, apiPanic), mw.APIHeaders(),
			mw.BodyLimit(int64(cfg.APIBodyLimit), render.AfterShipBodyTooLarge), as.RequireKey)
	}
	v2404v4Routes(group("/tracking/2024-04"), as.V2404)
	v2404v4Routes(group("/v4"), as.V4)
	v2507Routes(group("/tracking/2025-07"), as.V2507)
	v2507Routes(group("/tracking/2026-07"), as.V2607)
	if as.Webhooks != nil {
		webhookRoutes(group("/api/v1"), as.Webhooks)
	}
	// Their description: the OpenAPI document and a page to read it, both public.
	r.GET("/openapi.json", as.Doc.ServeJSON)
	r.GET("/docs/api", mw.Recover(d.Logger, panicPage), mw.SecurityHeaders(cfg.SecureCookies()), as.Doc.ShowPage)
	// How raw carrier statuses become AfterShip tags and tracker.delivery statuses:
	// read-only reference data, no key, limited per IP.
	r.GET("/status-mappings", mw.Recover(d.Logger, apiPanic), mw.APIHeaders(), ipLimit(d.Handlers.PublicLimit), aftership.ShowStatusMappings)
}

// webhookRoutes are the webhook endpoints, their delivery log and the replay log.
func webhookRoutes(g *gin.RouterGroup, h *aftership.Webhooks) {
	g.POST("/webhooks", h.Create)
	g.GET("/webhooks", h.List)
	g.GET("/webhooks/:id", h.Show)
	g.PATCH("/webhooks/:id", h.Update)
	g.DELETE("/webhooks/:id", h.Delete)
	g.POST("/webhooks/:id/rotate-secret", h.RotateSecret)
	g.POST("/webhooks/:id/test", h.SendTest)
	g.GET("/webhooks/:id/deliveries", h.Deliveries)
	g.POST("/webhooks/:id/deliveries/:delivery_id/redeliver", h.Redeliver)
	g.GET("/events", h.Events)
}

// v2404v4Routes are the endpoints of the AfterShip versions that address
// trackings by id or by slug and number, with objects wrapped in their name:
// 2024-04 and v4.
func v2404v4Routes(g *gin.RouterGroup, h *aftership.Handler) {
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

// v2507Routes are the endpoints of 2025-07 and 2026-07: trackings by id only, courier
// connections, single predictions.
func v2507Routes(g *gin.RouterGroup, h *aftership.Handler) {
	g.GET("/trackings", h.ListTrackings)
	g.POST("/trackings", h.CreateTracking)
	g.GET("/trackings/:id", h.ShowTracking)
	g.PUT("/trackings/:id", h.UpdateTracking)
	g.DELETE("/trackings/:id", h.DeleteTracking)
	g.POST("/trackings/:id/retrack", h.RetrackTracking)
	g.POST("/trackings/:id/mark-as-completed", h.CompleteTracking)
	g.GET("/couriers", h.ListCouriers)
	g.POST("/couriers/detect", h.DetectCourier)
	g.GET("/courier-connections", h.ListConnections)
	g.POST("/courier-connections", h.CreateConnection)
	g.GET("/courier-connections/:id", h.ShowConnection)
	g.PATCH("/courier-connections/:id", h.UpdateConnection)
	g.DELETE("/courier-connections/:id", h.DeleteConnection)
	g.POST("/estimated-delivery-date/predict", h.Predict)
	g.POST("/estimated-delivery-date/predict-batch", h.PredictBatch)
}

// trackerDeliveryRoutes are tracker.delivery v1 (apis.tracker.delivery paths):
// credentials optional, keyless calls limited per IP; errors as {"message": ...};
// any origin may call.
func trackerDeliveryRoutes(r *gin.Engine, cfg *config.Config, d Deps) {
	td := d.Handlers.TrackerDelivery
	v1 := r.Group("/carriers", mw.Recover(d.Logger, trackerdelivery.Panic), mw.APIHeaders(), trackerdelivery.CORS(),
		mw.BodyLimit(int64(cfg.APIBodyLimit), render.TrackerDeliveryBodyTooLarge), td.Authenticate)
	v1.GET("", td.ListCarriers)
	v1.GET("/:carrier_id/tracks/:track_id", td.ShowTrack)
	r.OPTIONS("/carriers", trackerdelivery.CORS())
	r.OPTIONS("/carriers/:carrier_id/tracks/:track_id", trackerdelivery.CORS())
}

// postmenRoutes are the AfterShip Shipping API (Postmen v3): as-api-key or
// postmen-api-key, the per-key limit and X-RateLimit headers of the Tracking API,
// the Postmen envelope on every answer and error; and the label, invoice and
// manifest files its answers link to, served by unguessable token.
func postmenRoutes(r *gin.Engine, cfg *config.Config, d Deps) {
	pm := d.Handlers.Postmen
	g := r.Group("/postmen/v3", mw.Recover(d.Logger, render.PostmenPanic), mw.APIHeaders(),
		mw.BodyLimit(int64(cfg.APIBodyLimit), render.PostmenBodyTooLarge), pm.RequireKey)
	h := pm.API
	g.GET("/couriers", h.ListCouriers)
	g.POST("/shipper-accounts", h.CreateShipperAccount)
	g.GET("/shipper-accounts", h.ListShipperAccounts)
	g.GET("/shipper-accounts/:id", h.ShowShipperAccount)
	g.DELETE("/shipper-accounts/:id", h.DeleteShipperAccount)
	g.PUT("/shipper-accounts/:id", h.UpdateShipperAccount)
	g.PUT("/shipper-accounts/:id/credentials", h.UpdateShipperAccountCredentials)
	g.PUT("/shipper-accounts/:id/info", h.UpdateShipperAccountInfo)
	g.POST("/rates", h.CalculateRates)
	g.GET("/rates", h.ListRates)
	g.GET("/rates/:id", h.ShowRate)
	g.POST("/labels", h.CreateLabel)
	g.GET("/labels", h.ListLabels)
	g.GET("/labels/:id", h.ShowLabel)
	g.POST("/cancel-labels", h.CreateCancelLabel)
	g.GET("/cancel-labels", h.ListCancelLabels)
	g.GET("/cancel-labels/:id", h.ShowCancelLabel)
	g.POST("/pickups", h.CreatePickup)
	g.GET("/pickups", h.ListPickups)
	g.GET("/pickups/:id", h.ShowPickup)
	g.POST("/cancel-pickups", h.CreateCancelPickup)
	g.GET("/cancel-pickups", h.ListCancelPickups)
	g.GET("/cancel-pickups/:id", h.ShowCancelPickup)
	g.POST("/manifests", h.CreateManifest)
	g.GET("/manifests", h.ListManifests)
	g.GET("/manifests/:id", h.ShowManifest)
	g.POST("/address-validations", h.CreateAddressValidation)
	g.GET("/address-validations", h.ListAddressValidations)
	g.GET("/address-validations/:id", h.ShowAddressValidation)
	r.GET("/files/:token", mw.Recover(d.Logger, panicPage), ipLimit(d.Handlers.PublicLimit), h.ShowFile)
}

// noRoute answers an unknown path in the format of the audience its prefix names.
func noRoute(c *gin.Context) {
	p := c.Request.URL.Path
	switch {
	case strings.HasPrefix(p, "/carriers/"):
		trackerdelivery.NotFound(c)
	case strings.HasPrefix(p, "/postmen/"):
		render.PostmenNotFoundPath(c)
	case isAPIPath(p):
		render.AfterShipFail(c, http.StatusNotFound, http.StatusNotFound, "The requested resource does not exist.")
	default:
		notFoundPage(c)
	}
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
	for _, prefix := range []string{"/tracking/", "/v4/", "/postmen/", "/v3/", "/carriers", "/api/"} {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

func apiPanic(c *gin.Context) {
	render.AfterShipFail(c, http.StatusInternalServerError, http.StatusInternalServerError, "Something went wrong on our side. Please try again.")
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
