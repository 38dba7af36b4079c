package postmen

import (
	"errors"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
)

// disposition opens what a browser can show (PDF, PNG) and downloads the rest
// (ZPL goes to a printer, not a tab).
func disposition(contentType string) string {
	if strings.HasPrefix(contentType, "application/pdf") || strings.HasPrefix(contentType, "image/") {
		return "inline"
	}
	return "attachment"
}

// ShowFile serves a label, invoice or manifest document by its unguessable token:
// whoever holds the link may download it, so it is marked private to caches.
func (h *Handler) ShowFile(c *gin.Context) {
	name, contentType, data, err := h.svc.File(c.Request.Context(), c.Param("token"))
	if errors.Is(err, models.ErrNotFound) {
		c.Header("Cache-Control", "no-store")
		c.String(http.StatusNotFound, "File not found.")
		return
	}
	if err != nil {
		_ = c.Error(err)
		c.String(http.StatusInternalServerError, "The file could not be read. Please try again.")
		return
	}
	c.Header("Cache-Control", "private, max-age=3600")
	c.Header("X-Content-Type-Options", "nosniff")
	c.Header("Content-Disposition", mime.FormatMediaType(disposition(contentType), map[string]string{"filename": name}))
	c.Header("Content-Length", strconv.Itoa(len(data)))
	c.Data(http.StatusOK, contentType, data)
}
