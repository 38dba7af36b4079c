package console

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/branding"
	"github.com/waypost/waypost/web/clientauth"
	"github.com/waypost/waypost/web/server/render"
)

// TrackingPage serves the console's tracking page settings: the look, the embed
// and the tracker.delivery API credentials.
type TrackingPage struct {
	*Handler
	Brands  *branding.Service
	Clients *clientauth.Service
	// BaseURL is Waypost's public address, for links and snippets merchants copy.
	BaseURL string
}

// NewTrackingPage wires the tracking page settings.
func NewTrackingPage(h *Handler, brands *branding.Service, clients *clientauth.Service, baseURL string) *TrackingPage {
	return &TrackingPage{Handler: h, Brands: brands, Clients: clients, BaseURL: baseURL}
}

// Default colours shown in the colour pickers before a merchant picks its own.
const (
	defaultAccent     = "#3b4bd8"
	defaultBackground = "#f6f7fb"
)

// ShowBranding shows the look form.
func (h *TrackingPage) ShowBranding(c *gin.Context) {
	b, err := h.Brands.Get(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	h.brandingPage(c, http.StatusOK, b, c.Query("saved") == "1", nil)
}

// SaveBranding stores the look.
func (h *TrackingPage) SaveBranding(c *gin.Context) {
	cur, err := h.Brands.Get(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	in := branding.InputOf(cur)
	in.DisplayName = c.PostForm("display_name")
	in.AccentColor, in.BackgroundColor = "", ""
	if c.PostForm("custom_colors") == "on" {
		in.AccentColor, in.BackgroundColor = c.PostForm("accent_color"), c.PostForm("background_color")
	}
	in.Messages = map[string]string{"en": c.PostForm("message_en"), "ko": c.PostForm("message_ko")}
	in.Links = nil
	for i := 0; i < branding.MaxLinks; i++ {
		n := strconv.Itoa(i)
		in.Links = append(in.Links, models.BrandingLink{Label: c.PostForm("link_label_" + n), URL: c.PostForm("link_url_" + n)})
	}
	_, err = h.Brands.Save(c.Request.Context(), orgID(c), in)
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		h.brandingPage(c, http.StatusUnprocessableEntity, submitted(cur, in), false, fieldErrors(ve))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/tracking-page?saved=1")
}

// submitted shows a refused form as the merchant typed it.
func submitted(cur *models.Branding, in branding.Input) *models.Branding {
	b := *cur
	b.DisplayName, b.AccentColor, b.BackgroundColor = in.DisplayName, in.AccentColor, in.BackgroundColor
	b.Messages, b.Links = in.Messages, in.Links
	return &b
}

func (h *TrackingPage) brandingPage(c *gin.Context, status int, b *models.Branding, saved bool, errs templates.FieldErrors) {
	handle, err := h.Brands.Handle(c.Request.Context(), orgID(c))
	if err != nil {
		h.serverError(c, err)
		return
	}
	page := h.BaseURL + "/m/" + url.PathEscape(handle)
	f := templates.BrandingForm{
		PublicURL: page, LinkExample: page + "/#/kr.cjlogistics/1234567890",
		DisplayName: b.DisplayName, CustomColors: b.AccentColor != "" || b.BackgroundColor != "",
		AccentColor: orDefault(b.AccentColor, defaultAccent), BackgroundColor: orDefault(b.BackgroundColor, defaultBackground),
		MessageEN: b.Messages["en"], MessageKO: b.Messages["ko"], Saved: saved, Errors: errs,
	}
	for _, l := range b.Links {
		f.Links = append(f.Links, templates.BrandLink{Label: l.Label, URL: l.URL})
	}
	for len(f.Links) < branding.MaxLinks {
		f.Links = append(f.Links, templates.BrandLink{})
	}
	if b.LogoHash != "" {
		f.LogoURL = "/m/" + url.PathEscape(handle) + "/logo?v=" + b.LogoHash
	}
	render.HTML(c, status, templates.BrandingPage(nav(c, "tracking-page"), f))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
