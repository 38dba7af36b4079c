package app

import (
	"net/http"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/cjlogistics"
	"github.com/waypost/waypost/web/carriers/dhl"
	"github.com/waypost/waypost/web/carriers/fedex"
	"github.com/waypost/waypost/web/carriers/kpost"
	"github.com/waypost/waypost/web/carriers/sendle"
	"github.com/waypost/waypost/web/carriers/ups"
	"github.com/waypost/waypost/web/carriers/usps"
	"github.com/waypost/waypost/web/config"
)

// registerLive installs the live carrier adapters. Adapters that need credentials are
// always installed: they serve a parcel when the server or the parcel's organization
// has credentials, and leave it to the sandbox (or "not configured") otherwise. CJ
// Logistics needs none, so it is installed only when switched on.
func registerLive(r *carriers.Registry, c config.Carriers, now func() time.Time) {
	hc := &http.Client{Timeout: 30 * time.Second}
	r.Register(usps.Slug, usps.New(usps.Config{BaseURL: c.USPS.BaseURL, ClientID: c.USPS.ClientID,
		ClientSecret: c.USPS.ClientSecret, HTTPClient: hc, Now: now}))
	r.Register(ups.Slug, ups.New(ups.Config{BaseURL: c.UPS.BaseURL, ClientID: c.UPS.ClientID,
		ClientSecret: c.UPS.ClientSecret, HTTPClient: hc, Now: now}))
	r.Register(fedex.Slug, fedex.New(fedex.Config{BaseURL: c.FedEx.BaseURL, ClientID: c.FedEx.ClientID,
		ClientSecret: c.FedEx.ClientSecret, HTTPClient: hc, Now: now}))
	r.Register(dhl.Slug, dhl.New(dhl.Config{BaseURL: c.DHLBaseURL, APIKey: c.DHLAPIKey, HTTPClient: hc, Now: now}))
	r.Register(sendle.Slug, sendle.New(sendle.Config{BaseURL: c.SendleBaseURL, SendleID: c.SendleID,
		APIKey: c.SendleAPIKey, HTTPClient: hc, Now: now}))
	r.Register(kpost.Slug, kpost.New(kpost.Config{BaseURL: c.KPostBaseURL, ServiceKey: c.KPostServiceKey, HTTPClient: hc, Now: now}))
	if c.CJLogisticsLive {
		r.Register(cjlogistics.Slug, cjlogistics.New(cjlogistics.Config{BaseURL: c.CJLogisticsBaseURL, HTTPClient: hc, Now: now}))
	}
}
