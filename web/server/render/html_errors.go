package render

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
)

// The HTML audiences: a browser gets the error page; an htmx request, which
// swaps nothing on an error status, gets the same words as a fragment to show in
// place.

// Error writes status with title and message, as a page or a fragment.
func Error(c *gin.Context, status int, title, message string) {
	if IsHTMX(c) {
		HTML(c, status, templates.ErrorFragment(status, title, message))
		return
	}
	HTML(c, status, templates.ErrorPage(status, title, message))
}

// NotFound says the page does not exist (or is not the visitor's to see).
func NotFound(c *gin.Context, message string) {
	Error(c, http.StatusNotFound, "Not found", message)
}

// ServerError records and logs err, then says something went wrong without
// saying what.
func ServerError(c *gin.Context, log *slog.Logger, area string, err error) {
	_ = c.Error(err)
	log.ErrorContext(c.Request.Context(), area, "err", err, "path", c.Request.URL.Path)
	Error(c, http.StatusInternalServerError, "Something went wrong", "The problem was logged. Try again in a moment.")
}

// Panic answers a request whose handler panicked (the panic is logged by the
// recovering middleware).
func Panic(c *gin.Context) {
	Error(c, http.StatusInternalServerError, "Something went wrong", "The problem was logged. Try again in a moment.")
}
