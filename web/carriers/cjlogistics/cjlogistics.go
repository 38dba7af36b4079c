// Package cjlogistics tracks CJ대한통운 parcels through CJ Logistics' public tracking
// service, the one its own tracking page uses: the page hands out a CSRF token and a
// session cookie, then the tracking-detail endpoint answers JSON. No account is needed,
// so the adapter is switched on by configuration rather than by credentials.
package cjlogistics

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// Slug is the AfterShip slug this adapter serves.
const Slug = "cjlogistics"

// DefaultBaseURL is CJ Logistics' public site.
const DefaultBaseURL = "https://www.cjlogistics.com"

const (
	pagePath   = "/ko/tool/parcel/tracking"
	detailPath = "/ko/tool/parcel/tracking-detail"
)

// Config configures the adapter.
type Config struct {
	BaseURL    string
	HTTPClient *http.Client
	Now        func() time.Time
}

// Adapter is the CJ Logistics carrier adapter.
type Adapter struct {
	base string
	http *carrierhttp.Client
}

// New returns an adapter; an empty BaseURL means CJ's public site.
func New(cfg Config) *Adapter {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	return &Adapter{base: strings.TrimRight(cfg.BaseURL, "/"), http: carrierhttp.New(Slug, cfg.HTTPClient, cfg.Now)}
}

var csrfInput = regexp.MustCompile(`name="_csrf"\s+value="([^"]+)"`)

// Track fetches the parcel's events.
func (a *Adapter) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	number := strings.ReplaceAll(strings.TrimSpace(req.TrackingNumber), "-", "")
	if n := len(number); (n != 10 && n != 12) || strings.Trim(number, "0123456789") != "" {
		return nil, a.http.Error(carriers.KindInvalidNumber, errors.New("CJ Logistics numbers are 10 or 12 digits"))
	}
	token, cookies, err := a.session(ctx)
	if err != nil {
		return nil, err
	}
	form := url.Values{"paramInvcNo": {number}, "_csrf": {token}}
	hreq, err := a.http.NewRequest(ctx, http.MethodPost, a.base+detailPath, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
	hreq.Header.Set("X-Requested-With", "XMLHttpRequest")
	hreq.Header.Set("Referer", a.base+pagePath)
	for _, c := range cookies {
		hreq.AddCookie(c)
	}
	resp, err := a.http.Do(hreq)
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, a.http.Fail(resp, "")
	}
	var body detail
	if err := a.http.JSON(resp.Body, &body); err != nil {
		return nil, err
	}
	if body.Parcel.List == nil && body.Details.List == nil {
		return nil, a.http.Error(carriers.KindFormat, errors.New("answer has no parcelResultMap"))
	}
	if len(body.Parcel.List) == 0 && len(body.Details.List) == 0 {
		return nil, a.http.Error(carriers.KindNotFound, errors.New("CJ Logistics has no record of the number"))
	}
	return body.result(), nil
}

// session opens the tracking page for its CSRF token and session cookie.
func (a *Adapter) session(ctx context.Context) (string, []*http.Cookie, error) {
	hreq, err := a.http.NewRequest(ctx, http.MethodGet, a.base+pagePath, nil)
	if err != nil {
		return "", nil, err
	}
	hreq.Header.Set("Accept", "text/html")
	resp, err := a.http.Do(hreq)
	if err != nil {
		return "", nil, err
	}
	if !resp.OK() {
		return "", nil, a.http.Fail(resp, "tracking page")
	}
	m := csrfInput.FindSubmatch(resp.Body)
	if m == nil {
		return "", nil, a.http.Error(carriers.KindFormat, errors.New("tracking page has no CSRF token"))
	}
	cookies := (&http.Response{Header: resp.Header}).Cookies()
	return string(m[1]), cookies, nil
}
