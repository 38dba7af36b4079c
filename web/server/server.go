// Package server builds Waypost's HTTP handler: the route table and the
// middleware of each audience.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
	"github.com/waypost/waypost/web/tracking"
)

// Deps are the services the handlers call.
type Deps struct {
	DB       *models.DB
	Accounts *accounts.Service
	Tracking *tracking.Service
	// Shipping serves the Postmen API and the console's shipping screens.
	Shipping *shipping.Service
	Logger   *slog.Logger
	// Registry receives the HTTP metrics; nil uses a fresh registry.
	Metrics *prometheus.Registry
	Now     func() time.Time
}

// New builds the gin engine with every route.
func New(cfg *config.Config, d Deps) *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	if d.Metrics == nil {
		d.Metrics = prometheus.NewRegistry()
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	r := gin.New()
	r.RedirectTrailingSlash = false
	r.HandleMethodNotAllowed = false
	r.ContextWithFallback = true
	var store sessions.Store = newStore(cfg)
	routes(r, cfg, d, store)
	return r
}

func newStore(cfg *config.Config) sessions.Store {
	return newCookieStore(cfg.SessionKeys, cfg.SecureCookies())
}

// healthz answers while the process runs.
func healthz(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) }

// readyz answers 200 only when the database does.
func readyz(db *models.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Second)
		defer cancel()
		if err := db.Ping(ctx); err != nil {
			c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable", "database": "unreachable"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"status": "ok", "database": string(db.Dialect())})
	}
}

func notFoundPage(c *gin.Context) {
	render.HTML(c, http.StatusNotFound, templates.ErrorPage(http.StatusNotFound, "Page not found",
		"The address may be mistyped, or the page has moved."))
}

func panicPage(c *gin.Context) {
	render.HTML(c, http.StatusInternalServerError, templates.ErrorPage(http.StatusInternalServerError,
		"Something went wrong", "The problem was logged. Try again in a moment."))
}
