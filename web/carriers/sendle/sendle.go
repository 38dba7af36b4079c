// Package sendle tracks Sendle parcels with Sendle's tracking API (GET /api/tracking/{ref}),
// authenticated with HTTP Basic: the Sendle ID and API key of the organization's courier
// connection ("sendle_id", "api_key") or of the server's configuration.
package sendle

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// Slug is the AfterShip slug this adapter serves.
const Slug = "sendle"

// DefaultBaseURL is production; https://sandbox.sendle.com is Sendle's own sandbox.
const DefaultBaseURL = "https://api.sendle.com"

// Config configures the adapter.
type Config struct {
	BaseURL    string
	SendleID   string
	APIKey     string
	HTTPClient *http.Client
	Now        func() time.Time
}

// Adapter is the Sendle carrier adapter.
type Adapter struct {
	base   string
	server map[string]string
	http   *carrierhttp.Client
}

var credentialKeys = []string{"sendle_id", "api_key"}

// New returns an adapter; an empty BaseURL means production.
func New(cfg Config) *Adapter {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	return &Adapter{
		base:   strings.TrimRight(cfg.BaseURL, "/"),
		server: map[string]string{"sendle_id": cfg.SendleID, "api_key": cfg.APIKey},
		http:   carrierhttp.New(Slug, cfg.HTTPClient, cfg.Now),
	}
}

// Configured reports whether credentials are available.
func (a *Adapter) Configured(req carriers.Request) bool {
	_, ok := carrierhttp.Credentials(req, a.server, credentialKeys...)
	return ok
}

// Track fetches the parcel's events.
func (a *Adapter) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	creds, ok := carrierhttp.Credentials(req, a.server, credentialKeys...)
	if !ok {
		return nil, a.http.Error(carriers.KindNotConfigured, errors.New("Sendle ID and API key are not configured"))
	}
	ref := strings.ToUpper(strings.TrimSpace(req.TrackingNumber))
	hreq, err := a.http.NewRequest(ctx, http.MethodGet, a.base+"/api/tracking/"+url.PathEscape(ref), nil)
	if err != nil {
		return nil, err
	}
	hreq.SetBasicAuth(creds["sendle_id"], creds["api_key"])
	resp, err := a.http.Do(hreq)
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		var e apiError
		_ = json.Unmarshal(resp.Body, &e)
		return nil, a.http.Fail(resp, strings.TrimSpace(e.Error+": "+e.Description))
	}
	var body tracking
	if err := a.http.JSON(resp.Body, &body); err != nil {
		return nil, err
	}
	if body.State == "" && body.Events == nil {
		return nil, a.http.Error(carriers.KindFormat, errors.New("answer has neither state nor tracking_events"))
	}
	return body.result(), nil
}
