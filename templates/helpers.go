package templates

import (
	"context"
	"strconv"
	"time"
)

type langKey struct{}

// WithLang records the page language for the <html lang> attribute.
func WithLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, langKey{}, lang)
}

func langOf(ctx context.Context) string {
	if l, ok := ctx.Value(langKey{}).(string); ok && l != "" {
		return l
	}
	return "en"
}

func statusText(code int) string { return strconv.Itoa(code) }

// eventTime shows a checkpoint time in the zone it happened in, with the offset.
func eventTime(t time.Time) string { return t.Format("Jan 2, 2006 15:04 (UTC-07:00)") }

// ago describes how long ago t was, coarsely.
func ago(now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return strconv.Itoa(int(d.Minutes())) + " min ago"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d.Hours())) + " h ago"
	}
	return strconv.Itoa(int(d.Hours()/24)) + " days ago"
}

func isoTime(t time.Time) string { return t.Format(time.RFC3339) }
