package shipping

import (
	"encoding/base64"
	"strings"
	"time"

	"github.com/waypost/waypost/models"
)

const (
	defaultLimit = 20
	maxLimit     = 200
)

// window is a list request's page, limit and keyset position.
type window struct {
	page, limit int
	after       *models.TrackingCursor
}

func windowOf(page, limit int, token string) (window, error) {
	w := window{page: max(page, 1), limit: limit}
	if w.limit <= 0 {
		w.limit = defaultLimit
	}
	if w.limit > maxLimit {
		var errs FieldErrors
		errs.add("limit", CodeInvalid, "limit must be at most 200")
		return w, errs
	}
	if token == "" {
		return w, nil
	}
	c, ok := decodeToken(token)
	if !ok {
		var errs FieldErrors
		errs.add("next_token", CodeInvalid, "next_token is not one this server issued")
		return w, errs
	}
	w.after = &c
	return w, nil
}

func (w window) filter(f models.ShippingFilter) models.ShippingFilter {
	f.Limit, f.After = w.limit, w.after
	if w.after == nil {
		f.Offset = (w.page - 1) * w.limit
	}
	return f
}

// listPage reads one page of a list: the window the request's page, limit and
// token name, the rows list returns for it, converted by conv. created gives an
// item's position, from which the next page's token is made.
func listPage[R, T any](page, limit int, token string, f models.ShippingFilter,
	list func(models.ShippingFilter) ([]R, int64, error), conv func(*R) (*T, error),
	created func(T) (time.Time, string)) (Page[T], error) {
	w, err := windowOf(page, limit, token)
	if err != nil {
		return Page[T]{}, err
	}
	rows, total, err := list(w.filter(f))
	if err != nil {
		return Page[T]{}, err
	}
	out, err := convertAll(rows, conv)
	if err != nil {
		return Page[T]{}, err
	}
	return pageOf(w, out, total, created), nil
}

// pageOf builds the page of a list, with the token of the next page when the list
// goes on. created and id give the position of an item.
func pageOf[T any](w window, items []T, total int64, created func(T) (time.Time, string)) Page[T] {
	p := Page[T]{Items: items, Page: w.page, Limit: w.limit, Total: int(total)}
	if p.Items == nil {
		p.Items = []T{}
	}
	if len(items) == w.limit && len(items) > 0 {
		at, id := created(items[len(items)-1])
		more := w.after != nil || int64(w.page*w.limit) < total
		if more {
			p.NextToken = encodeToken(at, id)
		}
	}
	return p
}

func encodeToken(at time.Time, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(at.UTC().Format(time.RFC3339Nano) + "|" + id))
}

func decodeToken(s string) (models.TrackingCursor, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return models.TrackingCursor{}, false
	}
	at, id, ok := strings.Cut(string(b), "|")
	t, err := time.Parse(time.RFC3339Nano, at)
	if !ok || err != nil || id == "" {
		return models.TrackingCursor{}, false
	}
	return models.TrackingCursor{CreatedAt: t, ID: id}, true
}
