// Package tracking is the tracking service shared by the console, the public page
// and every API version: create, read, update, retrack and complete trackings. Polls
// of the carriers are web/polling's.
package tracking

import (
	"context"
	"log/slog"
	"time"

	"github.com/waypost/waypost/models"
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

// Poller asks the carrier about a parcel now, for a reader who must not see stale data.
type Poller interface {
	Poll(ctx context.Context, parcelID string) error
}

// Service implements the tracking use cases.
type Service struct {
	db     *models.DB
	detect Detector
	fits   NumberFits
	queue  Enqueuer
	poller Poller
	log    *slog.Logger
	now    func() time.Time
}

// Deps are the Service's collaborators.
type Deps struct {
	DB     *models.DB
	Detect Detector
	// Fits checks a number's shape for a carrier before a public lookup; nil
	// accepts every number.
	Fits   NumberFits
	Queue  Enqueuer
	Poller Poller
	Logger *slog.Logger
	Now    func() time.Time
}

// NumberFits reports whether number has a shape the carrier slug uses.
type NumberFits func(slug, number string) bool

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
	if d.Fits == nil {
		d.Fits = func(string, string) bool { return true }
	}
	return &Service{db: d.DB, detect: d.Detect, fits: d.Fits, queue: d.Queue, poller: d.Poller, log: d.Logger, now: d.Now}
}

// Detect proposes couriers for a number.
func (s *Service) Detect(number string, h DetectHints) []string { return s.detect(number, h) }

func (s *Service) enqueue(ctx context.Context, parcelID string) {
	// The parcel is already due in the database; the job only makes it sooner.
	if err := s.queue.PollParcel(ctx, parcelID); err != nil {
		s.log.WarnContext(ctx, "enqueue poll", "parcel", parcelID, "err", err)
	}
}
