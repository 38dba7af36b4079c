package middleware

import (
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/gin-gonic/gin"
)

// RequestLog logs one line per request.
func RequestLog(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		status := c.Writer.Status()
		level := slog.LevelInfo
		switch {
		case status >= 500:
			level = slog.LevelError
		case c.Request.URL.Path == "/healthz" || c.Request.URL.Path == "/readyz" || c.Request.URL.Path == "/metrics":
			level = slog.LevelDebug
		}
		log.Log(c.Request.Context(), level, "request",
			"method", c.Request.Method, "path", c.Request.URL.Path, "status", status,
			"elapsed_ms", float64(time.Since(start).Microseconds())/1000, "ip", c.ClientIP(),
			"errors", c.Errors.String())
	}
}

// Recover turns a panic into a logged 500 so one bad request cannot take the process down.
// onPanic writes the response in the route group's own format.
func Recover(log *slog.Logger, onPanic func(*gin.Context)) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler {
					panic(r)
				}
				log.Error("panic", "err", r, "path", c.Request.URL.Path, "stack", string(debug.Stack()))
				if !c.Writer.Written() {
					onPanic(c)
				}
				c.Abort()
			}
		}()
		c.Next()
	}
}
