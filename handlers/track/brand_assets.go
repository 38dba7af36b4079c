package track

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/handlers/views"
	"github.com/waypost/waypost/models"
)

// ShowTheme serves a merchant's colours as a stylesheet: the page's CSP allows
// no inline style, and a file is cached across its pages.
func (h *Handler) ShowTheme(c *gin.Context) {
	b, _ := h.brand(c)
	c.Header("Cache-Control", "public, max-age=300")
	c.Data(http.StatusOK, "text/css; charset=utf-8", []byte(views.ThemeCSS(b.AccentColor, b.BackgroundColor)))
}

// ShowLogo serves a merchant's logo. Its URL changes with the image, so it is
// cached for long.
func (h *Handler) ShowLogo(c *gin.Context) {
	b, _ := h.brand(c)
	logo, err := h.Brands.Logo(c.Request.Context(), b.OrganizationID)
	if errors.Is(err, models.ErrNotFound) || b.LogoType == "" {
		c.Status(http.StatusNotFound)
		return
	}
	if err != nil {
		h.Log.ErrorContext(c.Request.Context(), "load logo", "err", err)
		c.Status(http.StatusServiceUnavailable)
		return
	}
	c.Header("Cache-Control", "public, max-age=86400")
	c.Header("Content-Security-Policy", "default-src 'none'")
	c.Data(http.StatusOK, b.LogoType, logo.Body)
}
