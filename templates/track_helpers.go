package templates

import (
	"context"

	"github.com/waypost/waypost/web/i18n"
)

// t is the page-language text of a message id.
func t(ctx context.Context, id string) string { return i18n.From(ctx).T(id) }

// tf is t with template data.
func tf(ctx context.Context, id string, data map[string]any) string {
	return i18n.From(ctx).Tf(id, data)
}

// homeTitle names the start page after the merchant on its own pages.
func homeTitle(ctx context.Context, c Chrome) string {
	if c.Brand != nil {
		return t(ctx, "home_title") + " · " + c.Brand.Name
	}
	return t(ctx, "home_title")
}
