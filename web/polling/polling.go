// Package polling asks carriers about parcels and stores what they say: new events,
// the status they give, and when to ask again. It bounds how hard each live carrier is
// called and rests carriers that keep failing. The job workers run its scheduled polls;
// the tracking service runs the public page's refreshes and uses its parcel-state
// helpers so a tracking change and a poll move a parcel the same way.
package polling

import (
	"log/slog"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Service polls parcels.
type Service struct {
	db       *models.DB
	registry *carriers.Registry
	log      *slog.Logger
	now      func() time.Time
	cadence  Cadence
	breakers *breakers
	// connected caches which carriers have courier connections.
	connected connected
}

// Deps are the Service's collaborators.
type Deps struct {
	DB       *models.DB
	Registry *carriers.Registry
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
	if d.Cadence.Base == 0 {
		d.Cadence = DefaultCadence()
	}
	return &Service{db: d.DB, registry: d.Registry, log: d.Logger, now: d.Now,
		cadence: d.Cadence, breakers: newBreakers(d.Limits, d.Now)}
}
