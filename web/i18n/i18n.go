// Package i18n holds the texts of the public pages in every language Waypost
// speaks (English and Korean), picks the reader's language, and formats dates
// the way each language writes them.
package i18n

import (
	"context"
	"embed"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed locales/*.json
var files embed.FS

// Languages are the languages pages come in; the first is the default.
var Languages = []string{"en", "ko"}

var (
	tags    = []language.Tag{language.English, language.Korean}
	matcher = language.NewMatcher(tags)
	bundle  = load()
	locales = map[string]*Locale{}
)

func init() {
	for _, l := range Languages {
		locales[l] = &Locale{Lang: l, loc: goi18n.NewLocalizer(bundle, l)}
	}
}

func load() *goi18n.Bundle {
	b := goi18n.NewBundle(language.English)
	for _, l := range Languages {
		if _, err := b.LoadMessageFileFS(files, "locales/"+l+".json"); err != nil {
			panic("i18n: " + err.Error())
		}
	}
	return b
}

// Locale speaks one language.
type Locale struct {
	Lang string
	loc  *goi18n.Localizer
}

// For returns the locale of a language, English for one Waypost does not speak.
func For(lang string) *Locale {
	if l, ok := locales[lang]; ok {
		return l
	}
	return locales[Languages[0]]
}

// Negotiate picks the page language: an explicit choice (?lang=) when Waypost
// speaks it, else the best match of the Accept-Language header, else fallback.
func Negotiate(explicit, acceptLanguage, fallback string) string {
	explicit = strings.ToLower(strings.TrimSpace(explicit))
	if _, ok := locales[explicit]; ok {
		return explicit
	}
	if strings.TrimSpace(acceptLanguage) != "" {
		if prefs, _, err := language.ParseAcceptLanguage(acceptLanguage); err == nil && len(prefs) > 0 {
			_, i, conf := matcher.Match(prefs...)
			if conf != language.No {
				return Languages[i]
			}
		}
	}
	if _, ok := locales[fallback]; ok {
		return fallback
	}
	return Languages[0]
}

// T is the text of a message id; a missing id shows as itself, which the tests
// forbid.
func (l *Locale) T(id string) string {
	s, err := l.loc.Localize(&goi18n.LocalizeConfig{MessageID: id})
	if err != nil {
		return id
	}
	return s
}

// Tf is T with template data ({{.Name}} in the message).
func (l *Locale) Tf(id string, data map[string]any) string {
	s, err := l.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// N is T for a message with plural forms, given {{.Count}}.
func (l *Locale) N(id string, n int) string {
	s, err := l.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, PluralCount: n,
		TemplateData: map[string]any{"Count": n}})
	if err != nil {
		return id
	}
	return s
}

type localeKey struct{}

// WithLocale stores the request's locale for the templates.
func WithLocale(ctx context.Context, l *Locale) context.Context {
	return context.WithValue(ctx, localeKey{}, l)
}

// From returns the request's locale, English when none was chosen.
func From(ctx context.Context) *Locale {
	if l, ok := ctx.Value(localeKey{}).(*Locale); ok {
		return l
	}
	return For(Languages[0])
}
