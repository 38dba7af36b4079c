// Package dhl tracks DHL shipments with the DHL Shipment Tracking - Unified API
// (GET /track/shipments), authenticated by an API key in the DHL-API-Key header: the
// organization's courier connection ("api_key") or the server's configuration.
package dhl

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

// Slug is the AfterShip slug this adapter serves (DHL Express).
const Slug = "dhl"

// DefaultBaseURL is DHL's API gateway.
const DefaultBaseURL = "https://api-eu.dhl.com"

// Config configures the adapter.
type Config struct {
	BaseURL    string
	APIKey     string
	HTTPClient *http.Client
	Now        func() time.Time
}

// Adapter is the DHL carrier adapter.
type Adapter struct {
	base   string
	server map[string]string
	http   *carrierhttp.Client
}

// New returns an adapter; an empty BaseURL means DHL's gateway.
func New(cfg Config) *Adapter {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	return &Adapter{
		base:   strings.TrimRight(cfg.BaseURL, "/"),
		server: map[string]string{"api_key": cfg.APIKey},
		http:   carrierhttp.New(Slug, cfg.HTTPClient, cfg.Now),
	}
}

// Configured reports whether an API key is available.
func (a *Adapter) Configured(req carriers.Request) bool {
	_, ok := carrierhttp.Credentials(req, a.server, "api_key")
	return ok
}

// Track fetches the shipment's events.
func (a *Adapter) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	creds, ok := carrierhttp.Credentials(req, a.server, "api_key")
	if !ok {
		return nil, a.http.Error(carriers.KindNotConfigured, errors.New("DHL API key is not configured"))
	}
	q := url.Values{"trackingNumber": {strings.TrimSpace(req.TrackingNumber)}, "language": {"en"}}
	if dest := req.Fields["tracking_destination_country"]; dest != "" {
		q.Set("requesterCountryCode", carriers.CountryISO2(dest))
	}
	if zip := req.Fields["tracking_postal_code"]; zip != "" {
		q.Set("recipientPostalCode", zip) // DHL shows full details only with it
	}
	hreq, err := a.http.NewRequest(ctx, http.MethodGet, a.base+"/track/shipments?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("DHL-API-Key", creds["api_key"])
	resp, err := a.http.Do(hreq)
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		var p problem
		_ = json.Unmarshal(resp.Body, &p)
		return nil, a.http.Fail(resp, strings.TrimSpace(p.Title+": "+p.Detail))
	}
	var body response
	if err := a.http.JSON(resp.Body, &body); err != nil {
		return nil, err
	}
	if body.Shipments == nil {
		return nil, a.http.Error(carriers.KindFormat, errors.New("answer has no shipments"))
	}
	if len(body.Shipments) == 0 {
		return nil, a.http.Error(carriers.KindNotFound, errors.New("DHL returned no shipment"))
	}
	return pick(body.Shipments).result(), nil
}
