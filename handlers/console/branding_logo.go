package console

import (
	"errors"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/branding"
	"github.com/waypost/waypost/web/server/render"
)

// UploadLogo replaces the merchant's logo.
func (h *TrackingPage) UploadLogo(c *gin.Context) {
	// Room for the image plus the multipart framing; anything bigger is refused
	// before it is read.
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, branding.MaxLogoBytes+16<<10)
	body, err := readLogo(c)
	if err == nil {
		err = h.Brands.SetLogo(c.Request.Context(), orgID(c), body)
	}
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		b, gerr := h.Brands.Get(c.Request.Context(), orgID(c))
		if gerr != nil {
			h.serverError(c, gerr)
			return
		}
		h.brandingPage(c, http.StatusUnprocessableEntity, b, false, fieldErrors(ve))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/tracking-page?saved=1")
}

var errNoLogo = models.Invalid("logo", models.CodeRequired, "Choose an image to upload.")

func readLogo(c *gin.Context) ([]byte, error) {
	fh, err := c.FormFile("logo")
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return nil, models.Invalid("logo", models.CodeInvalid, "The logo must be 256 KB or smaller.")
	case err != nil:
		return nil, errNoLogo
	}
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	body, err := io.ReadAll(io.LimitReader(f, branding.MaxLogoBytes+1))
	if err == nil && len(body) == 0 {
		return nil, errNoLogo
	}
	return body, err
}

// RemoveLogo goes back to showing the shop's name.
func (h *TrackingPage) RemoveLogo(c *gin.Context) {
	if err := h.Brands.SetLogo(c.Request.Context(), orgID(c), nil); err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/tracking-page?saved=1")
}
