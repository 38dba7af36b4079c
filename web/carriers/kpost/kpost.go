// Package kpost tracks Korea Post domestic parcels (우체국 택배, 등기소포) with the public
// open API of 우정사업본부 published on data.go.kr: 국내우편 종추적조회
// (getLongitudinalDomesticList), which answers XML.
//
// The API needs a data.go.kr service key: the organization's courier connection
// ("service_key") or the server's configuration. data.go.kr hands out the key in two
// spellings, URL-encoded and decoded; either works here.
package kpost

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// Slug is the AfterShip slug this adapter serves.
const Slug = "kpost"

// DefaultBaseURL is Korea Post's open API host.
const DefaultBaseURL = "http://openapi.epost.go.kr"

const path = "/trace/retrieveLongitudinalService/retrieveLongitudinalService/getLongitudinalDomesticList"

// Config configures the adapter.
type Config struct {
	BaseURL    string
	ServiceKey string
	HTTPClient *http.Client
	Now        func() time.Time
}

// Adapter is the Korea Post carrier adapter.
type Adapter struct {
	base   string
	server map[string]string
	http   *carrierhttp.Client
}

// New returns an adapter; an empty BaseURL means the production host.
func New(cfg Config) *Adapter {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	return &Adapter{
		base:   strings.TrimRight(cfg.BaseURL, "/"),
		server: map[string]string{"service_key": cfg.ServiceKey},
		http:   carrierhttp.New(Slug, cfg.HTTPClient, cfg.Now),
	}
}

// Configured reports whether a service key is available.
func (a *Adapter) Configured(req carriers.Request) bool {
	_, ok := carrierhttp.Credentials(req, a.server, "service_key")
	return ok
}

// Track fetches the parcel's events.
func (a *Adapter) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	creds, ok := carrierhttp.Credentials(req, a.server, "service_key")
	if !ok {
		return nil, a.http.Error(carriers.KindNotConfigured, errors.New("Korea Post service key is not configured"))
	}
	number := strings.ReplaceAll(strings.TrimSpace(req.TrackingNumber), "-", "")
	if len(number) != 13 || strings.Trim(number, "0123456789") != "" {
		return nil, a.http.Error(carriers.KindInvalidNumber, errors.New("Korea Post domestic numbers are 13 digits"))
	}
	u := a.base + path + "?serviceKey=" + serviceKey(creds["service_key"]) + "&rgist=" + number
	hreq, err := a.http.NewRequest(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Accept", "application/xml")
	resp, err := a.http.Do(hreq)
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, a.http.Fail(resp, "")
	}
	return a.parse(resp.Body)
}

// serviceKey puts the key in the query once-encoded, whichever spelling was configured.
func serviceKey(k string) string {
	k = strings.TrimSpace(k)
	if strings.Contains(k, "%") {
		if decoded, err := url.PathUnescape(k); err == nil {
			k = decoded
		}
	}
	return url.QueryEscape(k)
}

func (a *Adapter) parse(body []byte) (*carriers.Result, error) {
	var env envelope
	if err := xml.Unmarshal(body, &env); err != nil {
		return nil, a.http.Error(carriers.KindFormat, fmt.Errorf("unexpected answer: %w", err))
	}
	switch env.XMLName.Local {
	case "OpenAPI_ServiceResponse":
		return nil, a.gatewayError(env.Header)
	case "response":
	default:
		return nil, a.http.Error(carriers.KindFormat, fmt.Errorf("unexpected XML root <%s>", env.XMLName.Local))
	}
	if env.Header.SuccessYN != "Y" {
		return nil, a.serviceError(env.Header)
	}
	return env.Body.result(), nil
}

// serviceError reads Korea Post's own refusal: no record means the number is unknown (yet).
func (a *Adapter) serviceError(h header) error {
	msg := strings.TrimSpace(h.ReturnCode + " " + h.ErrMsg)
	if strings.Contains(h.ErrMsg, "없습니다") || strings.Contains(h.ErrMsg, "없음") {
		return a.http.Error(carriers.KindNotFound, errors.New(msg))
	}
	return a.http.Error(carriers.KindUnavailable, errors.New(msg))
}

// gatewayError reads data.go.kr's gateway codes. The quota is per day and resets at
// midnight Korean time, so a rate-limited key waits until then.
func (a *Adapter) gatewayError(h header) error {
	msg := fmt.Errorf("data.go.kr %s %s", h.ReturnReasonCode, h.ReturnAuthMsg)
	switch h.ReturnReasonCode {
	case "22":
		e := a.http.Error(carriers.KindRateLimited, msg)
		e.RetryAfter = untilKoreanMidnight(a.http.Now())
		return e
	case "20", "30", "31", "32", "33":
		return a.http.Error(carriers.KindAuth, msg)
	case "10", "11":
		return a.http.Error(carriers.KindInvalidNumber, msg)
	}
	return a.http.Error(carriers.KindUnavailable, msg)
}

func untilKoreanMidnight(now time.Time) time.Duration {
	local := now.In(seoul)
	next := time.Date(local.Year(), local.Month(), local.Day()+1, 0, 0, 0, 0, seoul)
	return next.Sub(now)
}
