// Package shipping is the shipping service shared by the Postmen API and the console:
// shipper accounts, rates, labels and their files, cancellations, pickups, manifests
// and address validations. Carriers are reached through carriers.Shipper adapters
// (live or sandbox); storage is models'; documents are drawn by labeldoc.
package shipping

import (
	"context"
	"log/slog"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/filestore"
	"github.com/waypost/waypost/web/shipping/labeldoc"
)

// Tracker is what the service needs from the tracking service: a tracking for the
// number of a new label, so it appears in the Tracking API, the console and the
// public tracking page.
type Tracker interface {
	TrackLabel(ctx context.Context, orgID, slug, number, labelID string, meta TrackMeta) (trackingID string, err error)
}

// TrackMeta is what a label tells the tracking about the shipment.
type TrackMeta struct {
	OrderID, OrderNumber string
	Title                string
	CustomerName         string
	Emails, Phones       []string
	OriginCountry        string // ISO alpha-3
	DestinationCountry   string // ISO alpha-3
	DestinationPostal    string
	ShipDate             string // YYYY-MM-DD
}

// Queue schedules the asynchronous parts of the service; web/jobs implements it and
// its workers call FinishLabel and FinishRates.
type Queue interface {
	EnqueueLabel(ctx context.Context, orgID, labelID string) error
	EnqueueRates(ctx context.Context, orgID, quoteID string) error
}

// Config holds everything the Service uses; all of it is given at construction.
type Config struct {
	DB       *models.DB
	Shippers *carriers.ShipperRegistry
	Files    filestore.Store
	Renderer *labeldoc.Renderer
	Tracker  Tracker
	Queue    Queue
	Logger   *slog.Logger
	Now      func() time.Time
	// BaseURL is the public root file links are built on ("https://ship.example.com").
	BaseURL string
	// RateConcurrency bounds the accounts asked for rates at once (default 4).
	RateConcurrency int
}

// Service implements the shipping use cases.
type Service struct {
	db       *models.DB
	shippers *carriers.ShipperRegistry
	files    filestore.Store
	render   *labeldoc.Renderer
	tracker  Tracker
	queue    Queue
	log      *slog.Logger
	now      func() time.Time
	baseURL  string
	rateConc int
}

// New wires a Service.
func New(cfg Config) *Service {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.RateConcurrency <= 0 {
		cfg.RateConcurrency = 4
	}
	return &Service{db: cfg.DB, shippers: cfg.Shippers, files: cfg.Files, render: cfg.Renderer,
		tracker: cfg.Tracker, queue: cfg.Queue, log: cfg.Logger, now: cfg.Now,
		baseURL: cfg.BaseURL, rateConc: cfg.RateConcurrency}
}

// Couriers lists every carrier a shipper account can be created for.
func (s *Service) Couriers() []carriers.ShippingProfile { return carriers.ShippingProfiles() }
