package views

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/branding"
)

// Brand is a merchant's look on its public pages in one language; a message
// written only in the other language is shown rather than none.
func Brand(b *branding.Brand, lang string) templates.Brand {
	base := "/m/" + b.Handle
	out := templates.Brand{Name: b.Name, Message: b.Messages[lang]}
	if out.Message == "" {
		for _, m := range b.Messages {
			out.Message = m
			break
		}
	}
	if b.LogoHash != "" {
		out.LogoURL = base + "/logo?v=" + b.LogoHash
	}
	if css := ThemeCSS(b.AccentColor, b.BackgroundColor); css != "" {
		sum := sha256.Sum256([]byte(css))
		out.ThemeURL = base + "/theme.css?v=" + hex.EncodeToString(sum[:6])
	}
	for _, l := range b.Links {
		out.Links = append(out.Links, templates.BrandLink{Label: l.Label, URL: l.URL})
	}
	return out
}

// ThemeCSS is a merchant's colours as overrides of the page's design tokens, ""
// when it has none. Accents are adjusted until text on and beside them meets
// WCAG AA in both colour schemes.
func ThemeCSS(accent, background string) string {
	var light, dark []string
	if a := accent; a != "" {
		l := branding.Readable(a, branding.SurfaceColor, "#000000")
		d := branding.Readable(a, branding.DarkSurfaceColor, "#ffffff")
		light = append(light, "--brand:"+l, "--brand-ink:"+branding.InkOn(l), "--brand-soft:"+branding.Mix(l, "#ffffff", .88))
		dark = append(dark, "--brand:"+d, "--brand-ink:"+branding.InkOn(d), "--brand-soft:"+branding.Mix(d, branding.DarkSurfaceColor, .8))
	}
	if bg := background; bg != "" {
		light = append(light, "--bg:"+bg)
	}
	if len(light) == 0 {
		return ""
	}
	css := fmt.Sprintf(":root{%s}\n", strings.Join(light, ";"))
	if len(dark) > 0 {
		css += fmt.Sprintf("@media (prefers-color-scheme: dark){:root{%s}}\n", strings.Join(dark, ";"))
	}
	return css
}
