package app

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/sandbox"
	"github.com/waypost/waypost/web/carriers/sendle"
	"github.com/waypost/waypost/web/carriers/usps"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/jobs"
	"github.com/waypost/waypost/web/shipping"
	"github.com/waypost/waypost/web/shipping/filestore"
	"github.com/waypost/waypost/web/shipping/labeldoc"
	"github.com/waypost/waypost/web/tracking"
)

// shippers is the shipping registry: the simulator when the sandbox is on, and the
// live USPS and Sendle adapters, which run on each shipper account's own credentials.
func shippers(cfg *config.Config, now func() time.Time) *carriers.ShipperRegistry {
	var sb carriers.Shipper
	if cfg.Sandbox {
		sb = sandbox.NewShipper(now)
	}
	r := carriers.NewShipperRegistry(sb)
	hc := &http.Client{Timeout: 30 * time.Second}
	r.Register(usps.Slug, usps.NewShipper(usps.Config{BaseURL: cfg.Carriers.USPS.BaseURL, HTTPClient: hc, Now: now}))
	r.Register(sendle.Slug, sendle.NewShipper(sendle.Config{BaseURL: cfg.Carriers.SendleBaseURL, HTTPClient: hc, Now: now}))
	return r
}

// newShipping builds the shipping service: files under the files directory, label
// fonts found at run time, labels tracked through the tracking service.
func newShipping(cfg *config.Config, log *slog.Logger, db *models.DB, trk *tracking.Service, q jobs.Inserter, now func() time.Time) (*shipping.Service, error) {
	files, err := filestore.NewDisk(cfg.FilesPath())
	if err != nil {
		return nil, fmt.Errorf("shipping files: %w", err)
	}
	render, err := labeldoc.NewRenderer(cfg.LabelFonts...)
	if err != nil {
		return nil, fmt.Errorf("label fonts: %w", err)
	}
	if !render.CoversHangul() {
		log.Warn("label font has no Hangul; Korean addresses will not print (install fonts-nanum or set WAYPOST_LABEL_FONTS)",
			"font", render.FontSource())
	}
	return shipping.New(shipping.Config{DB: db, Shippers: shippers(cfg, now), Files: files, Renderer: render,
		Tracker: shipping.TrackingTracker{Tracking: trk}, Queue: q, Logger: log, Now: now,
		BaseURL: strings.TrimRight(cfg.BaseURL.String(), "/")}), nil
}
