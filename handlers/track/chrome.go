package track

import (
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/handlers/views"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/i18n"
)

const chromeKey = "waypost.chrome"

// langNames label the language switch, each in its own language.
var langNames = map[string]string{"en": "English", "ko": "한국어"}

// chrome settles the request's language (?lang=, then Accept-Language) and
// surface (site, merchant page or embed), and hands the locale to the templates.
func (h *Handler) chrome(c *gin.Context) templates.Chrome {
	if v, ok := c.Get(chromeKey); ok {
		return v.(templates.Chrome)
	}
	lang := i18n.Negotiate(c.Query("lang"), c.GetHeader("Accept-Language"), i18n.Languages[0])
	ctx := i18n.WithLocale(c.Request.Context(), i18n.For(lang))
	c.Request = c.Request.WithContext(templates.WithLang(ctx, lang))
	ch := templates.Chrome{Lang: lang, Languages: langLinks(c, lang)}
	switch {
	case strings.HasPrefix(c.FullPath(), "/m/"):
		ch.Base = "/m/" + c.Param("org")
	case strings.HasPrefix(c.FullPath(), "/embed/"):
		ch.Base, ch.Embed = "/embed/"+c.Param("org"), true
	}
	if b, _ := h.brand(c); b != nil {
		br := views.Brand(b, lang)
		ch.Brand = &br
	}
	ch.Canonical = c.Request.URL.Path
	c.Set(chromeKey, ch)
	return ch
}

// langLinks are the current address in every language; track.js keeps the hash.
func langLinks(c *gin.Context, current string) []templates.LangLink {
	out := make([]templates.LangLink, 0, len(i18n.Languages))
	for _, l := range i18n.Languages {
		u := *c.Request.URL
		q := u.Query()
		q.Set("lang", l)
		u.RawQuery = q.Encode()
		out = append(out, templates.LangLink{Lang: l, Label: langNames[l], URL: u.RequestURI(), Current: l == current})
	}
	return out
}

// explicitLang carries a language the reader chose into the links we send
// them to, so a redirect does not fall back to the browser's language.
func explicitLang(c *gin.Context, ch templates.Chrome) string {
	if c.Query("lang") != "" {
		return "?lang=" + ch.Lang
	}
	return ""
}
