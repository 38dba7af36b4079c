// Package console serves the merchant console: HTML pages and htmx fragments.
package console

import (
	"log/slog"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// Handler holds the console's collaborators.
type Handler struct {
	Accounts *accounts.Service
	Tracking *tracking.Service
	Store    sessions.Store
	Log      *slog.Logger
	// LoginFailures throttles failed logins per client IP and per email.
	LoginFailures *middleware.Limiter
}

// New wires the console handlers.
func New(acc *accounts.Service, trk *tracking.Service, store sessions.Store, log *slog.Logger) *Handler {
	return &Handler{Accounts: acc, Tracking: trk, Store: store, Log: log,
		LoginFailures: middleware.NewLimiter(10, 15*time.Minute, nil)}
}

func nav(c *gin.Context, active string) templates.Nav {
	s := middleware.CurrentSession(c)
	return templates.Nav{Active: active, OrgName: s.Organization.Name, Email: s.User.Email}
}

func orgID(c *gin.Context) string { return middleware.CurrentSession(c).Organization.ID }

// fieldErrors turns a validation error into the form's per-field messages.
func fieldErrors(err *models.ValidationError) templates.FieldErrors {
	return templates.FieldErrors{err.Field: err.Reason}
}

// serverError logs err and shows a plain error page.
func (h *Handler) serverError(c *gin.Context, err error) {
	render.ServerError(c, h.Log, "console", err)
}

func notFound(c *gin.Context) {
	render.NotFound(c, "This page does not exist, or it belongs to another account.")
}
