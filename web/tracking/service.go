// Package tracking is the tracking service shared by the console, the public page
// and every API version: create, read, update, retrack and complete trackings, and
// apply carrier polls to parcels.
package tracking

import (
	"context"
	"log/slog"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Detector proposes courier slugs for a tracking number, best first.
type Detector func(number string, hints DetectHints) []string

// DetectHints narrow detection.
type DetectHints struct {
	Slugs                  []string
	SlugGroup              string
	OriginCountryISO3      string
	DestinationCountryISO3 string
}

// Enqueuer schedules a poll of a parcel soon, outside the request.
type Enqueuer interface {
	PollParcel(ctx context.Context, parcelID string) error
}

// Service implements the tracking use cases.
type Service struct {
	db       *models.DB
	registry *carriers.Registry
	detect   Detector
	queue    Enqueuer
	log      *slog.Logger
	now      func() time.Time
	cadence  Cadence
	gates    *gates
	// connected caches which carriers have courier connections.
	connected connected
}

// Deps are the Service's collaborators.
type Deps struct {
	DB       *models.DB
	Registry *carriers.Registry
	Detect   Detector
	Queue    Enqueuer
	Logger   *slog.Logger
	Now      func() time.Time
	Cadence  Cadence
	// Limits bound how hard live carriers are called; zero values take defaults.
	Limits CarrierLimits
}

// NewService wires a Service.
func NewService(d Deps) *Service {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Detect == nil {
		d.Detect = func(string, DetectHints) []string { return nil }
	}
	if d.Cadence.Base == 0 {
		d.Cadence = DefaultCadence()
	}
	return &Service{db: d.DB, registry: d.Registry, detect: d.Detect, queue: d.Queue,
		log: d.Logger, now: d.Now, cadence: d.Cadence, gates: newGates(d.Limits, d.Now)}
}

// SetQueue installs the job queue once it exists (the queue's workers need the
// service, so one of them must be wired after the other).
func (s *Service) SetQueue(q Enqueuer) { s.queue = q }

// Detect proposes couriers for a number.
func (s *Service) Detect(number string, h DetectHints) []string { return s.detect(number, h) }

func (s *Service) enqueue(ctx context.Context, parcelID string) {
	if s.queue == nil {
		return
	}
	// The parcel is already due in the database; the job only makes it sooner.
	if err := s.queue.PollParcel(ctx, parcelID); err != nil {
		s.log.WarnContext(ctx, "enqueue poll", "parcel", parcelID, "err", err)
	}
}
