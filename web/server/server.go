// Package server builds Waypost's HTTP handler: the route table and the
// middleware of each audience.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/server/render"
)

// Deps are what the route table needs: the handlers of every audience, built by
// web/app, and what the middleware and operations endpoints read themselves.
type Deps struct {
	Handlers Handlers
	DB       *models.DB
	// Accounts loads the session's user and organization.
	Accounts *accounts.Service
	Logger   *slog.Logger
	// Registry receives the HTTP metrics; nil uses a fresh registry.
	Metrics *prometheus.Registry
	Now     func() time.Time
}

// New builds the gin engine with every route.
func New(cfg *config.Config, d Deps) http.Handler {
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
	routes(r, cfg, d)
	return headAsGet{r}
}

// headAsGet answers HEAD wherever GET is routed, with GET's status and headers and
// no body (RFC 9110, section 9.3.2), so uptime checkers and link checkers that send
// HEAD see the site as it is. gin routes only the methods registered.
type headAsGet struct{ next *gin.Engine }

// Routes lists the route table, for tests and tools that check it.
func (h headAsGet) Routes() gin.RoutesInfo { return h.next.Routes() }

func (h headAsGet) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodHead {
		h.next.ServeHTTP(w, r)
		return
	}
	get := r.Clone(r.Context())
	get.Method = http.MethodGet
	h.next.ServeHTTP(bodiless{w}, get)
}

// bodiless drops what a GET handler writes for a HEAD request.
type bodiless struct{ http.ResponseWriter }

func (b bodiless) Write(p []byte) (int, error) { return len(p), nil }

// WriteString is what gin's renderers call when the writer has it.
func (b bodiless) WriteString(s string) (int, error) { return len(s), nil }

// Flush passes through, for streamed responses.
func (b bodiless) Flush() {
	if f, ok := b.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
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
	render.Error(c, http.StatusNotFound, "Page not found", "The address may be mistyped, or the page has moved.")
}

func panicPage(c *gin.Context) { render.Panic(c) }
