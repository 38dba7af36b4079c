package console

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/branding"
	"github.com/waypost/waypost/web/server/render"
)

// ShowEmbed shows the embed snippets and the sites allowed to frame them.
func (h *TrackingPage) ShowEmbed(c *gin.Context) {
	b, err := h.Brands.Get(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	h.embedPage(c, http.StatusOK, strings.Join(b.FrameAncestors, "\n"), c.Query("saved") == "1", nil)
}

// SaveEmbed stores the sites allowed to frame the embed.
func (h *TrackingPage) SaveEmbed(c *gin.Context) {
	cur, err := h.Brands.Get(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	in := branding.InputOf(cur)
	text := c.PostForm("frame_ancestors")
	in.FrameAncestors = strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' || r == ',' || r == ' ' })
	_, err = h.Brands.Save(c.Request.Context(), orgID(c), in)
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		h.embedPage(c, http.StatusUnprocessableEntity, text, false, fieldErrors(ve))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/tracking-page/embed?saved=1")
}

func (h *TrackingPage) embedPage(c *gin.Context, status int, ancestors string, saved bool, errs templates.FieldErrors) {
	handle, err := h.Brands.Handle(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	path := "/embed/" + url.PathEscape(handle)
	frame := h.BaseURL + path
	script := fmt.Sprintf(`<script src="%s/embed.js" async></script>`, h.BaseURL)
	e := templates.EmbedSettings{
		PreviewURL:     path,
		Snippet:        iframe(frame+"/track/kr.cjlogistics/1234567890") + "\n" + script,
		HashSnippet:    iframe(frame+"#/kr.cjlogistics/1234567890") + "\n" + script,
		SearchSnippet:  iframe(frame) + "\n" + script,
		FrameAncestors: ancestors, Saved: saved, Errors: errs,
	}
	render.HTML(c, status, templates.EmbedPage(nav(c, "tracking-page"), e))
}

// iframe is the frame merchants paste. It asks for clipboard access so the
// page's "Copy link" works inside it.
func iframe(src string) string {
	return fmt.Sprintf(`<iframe src="%s" title="Parcel tracking" loading="lazy" allow="clipboard-write; web-share" style="width:100%%;min-height:420px;border:0"></iframe>`, src)
}
