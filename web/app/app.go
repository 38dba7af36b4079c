// Package app wires Waypost together: database, services, carriers and jobs. The
// command and the tests build running instances through it.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"time"

	"github.com/waypost/waypost/handlers/api/aftership"
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/sandbox"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/detect"
	"github.com/waypost/waypost/web/jobs"
	"github.com/waypost/waypost/web/polling"
	"github.com/waypost/waypost/web/secretbox"
	"github.com/waypost/waypost/web/server"
	"github.com/waypost/waypost/web/shipping"
	"github.com/waypost/waypost/web/tracking"
	"github.com/waypost/waypost/web/webhooks"
)

// App is everything a running instance holds.
type App struct {
	Config   *config.Config
	Log      *slog.Logger
	DB       *models.DB
	Accounts *accounts.Service
	Tracking *tracking.Service
	Shipping *shipping.Service
	Polling  *polling.Service
	Registry *carriers.Registry
	Queue    jobs.Queue
	Webhooks *webhooks.Service
	// Now is the clock every service uses.
	Now func() time.Time
}

// OpenDB connects and, in embedded mode, prepares the data directory.
// now may be nil for the wall clock.
func OpenDB(ctx context.Context, cfg *config.Config, log *slog.Logger, now func() time.Time) (*models.DB, error) {
	if cfg.Mode == config.ModeEmbedded {
		if err := cfg.EnsureSessionKeys(); err != nil {
			return nil, fmt.Errorf("session keys: %w", err)
		}
		if err := cfg.EnsureDataKeys(); err != nil {
			return nil, fmt.Errorf("data keys: %w", err)
		}
	}
	box, err := secretbox.New(cfg.DataKeys)
	if err != nil {
		return nil, fmt.Errorf("data keys: %w", err)
	}
	db, err := models.Open(ctx, models.Options{DatabaseURL: cfg.DatabaseURL, SQLitePath: cfg.DBPath(), Logger: log, Now: now, Sealer: box})
	if err != nil {
		return nil, err
	}
	if err := db.Ping(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("database unreachable: %w", err)
	}
	return db, nil
}

// PrepareSchema migrates an embedded database and only checks a shared one:
// in cluster mode migrations are an explicit, locked step (waypost migrate).
func PrepareSchema(ctx context.Context, cfg *config.Config, db *models.DB, log *slog.Logger) error {
	if cfg.Mode == config.ModeEmbedded {
		applied, err := db.Migrate(ctx, func(ctx context.Context) error { return jobs.Migrate(ctx, db) })
		if len(applied) > 0 {
			log.Info("migrations applied", "versions", applied)
		}
		return err
	}
	if err := db.CheckSchema(ctx); err != nil {
		return stale(err)
	}
	if err := jobs.CheckMigrated(ctx, db); err != nil {
		return stale(err)
	}
	return nil
}

func stale(err error) error {
	if errors.Is(err, models.ErrStaleSchema) {
		return fmt.Errorf("%w; run `waypost migrate` with the same DATABASE_URL first", err)
	}
	return err
}

// New wires services and the job queue over an open, migrated database. now may
// be nil for the wall clock.
func New(ctx context.Context, cfg *config.Config, log *slog.Logger, db *models.DB, now func() time.Time) (*App, error) {
	if now == nil {
		now = time.Now
	}
	if err := db.SyncCouriers(ctx, catalogRows()); err != nil {
		return nil, err
	}
	if n, err := db.ResealSecrets(ctx); err != nil {
		return nil, err
	} else if n > 0 {
		log.Info("secrets sealed under the newest data key", "values", n)
	}
	acc, err := accounts.NewService(ctx, db, runtime.NumCPU())
	if err != nil {
		return nil, err
	}
	var sb carriers.Tracker
	if cfg.Sandbox {
		sb = sandbox.New(now, cfg.SandboxStep)
	}
	registry := carriers.NewRegistry(sb)
	registerLive(registry, cfg.Carriers, now)
	cadence := polling.DefaultCadence()
	cadence.Sandbox = cfg.SandboxStep
	pol := polling.NewService(polling.Deps{
		DB: db, Registry: registry, Logger: log, Cadence: cadence, Now: now,
		Limits: polling.CarrierLimits{Concurrent: cfg.Carriers.Concurrency},
	})
	// Services queue jobs through an insert-only client, so the queue that runs the
	// jobs can be built last, on the services it calls.
	ins, err := jobs.NewInserter(db, 0)
	if err != nil {
		return nil, err
	}
	trk := tracking.NewService(tracking.Deps{DB: db, Detect: DetectSlugs, Fits: numberFits(cfg.Sandbox), Queue: ins, Poller: pol, Logger: log, Now: now})
	ship, err := newShipping(cfg, log, db, trk, ins, now)
	if err != nil {
		return nil, err
	}
	hooks := webhooks.NewService(webhooks.Deps{DB: db, Logger: log,
		Render:  aftership.WebhookMsg(trk, cfg.BaseURL.String()),
		Options: webhookOptions(cfg)})
	q, err := jobs.New(jobs.Options{DB: db, Poller: pol, Shipping: ship, Webhooks: webhookJobs{hooks}, Logger: log,
		ScheduleEvery: cfg.PollInterval, Workers: cfg.Carriers.Workers})
	if err != nil {
		return nil, err
	}
	return &App{Config: cfg, Log: log, DB: db, Accounts: acc, Tracking: trk, Shipping: ship, Polling: pol,
		Registry: registry, Queue: q, Webhooks: hooks, Now: now}, nil
}

// numberFits is detect.Fits for the tracking service: a carrier whose number
// forms are not known takes any number, and with the sandbox on so does a
// sandbox scenario number ("WP-CUSTOMS-001") for every carrier.
func numberFits(sandboxOn bool) tracking.NumberFits {
	return func(slug, number string) bool {
		if sandboxOn && sandbox.Keyworded(number) {
			return true
		}
		fits, _ := detect.Fits(slug, number)
		return fits
	}
}

// DetectSlugs adapts courier detection to the tracking service.
func DetectSlugs(number string, h tracking.DetectHints) []string {
	cands := detect.Detect(number, detect.Hints{
		Slugs: h.Slugs, SlugGroup: h.SlugGroup,
		OriginCountryISO3: h.OriginCountryISO3, DestinationCountryISO3: h.DestinationCountryISO3,
	})
	out := make([]string, 0, len(cands))
	for _, c := range cands {
		if _, ok := carriers.Lookup(c.Slug); ok {
			out = append(out, c.Slug)
		}
	}
	return out
}

func catalogRows() []models.Courier {
	var rows []models.Courier
	for _, c := range carriers.Catalog() {
		rows = append(rows, models.Courier{Slug: c.Slug, TrackerID: c.TrackerID, Name: c.Name,
			OtherName: c.OtherName, Phone: c.Phone, WebURL: c.WebURL})
	}
	return rows
}

// Bootstrap creates the configured (or demo) merchant and returns what was made.
func (a *App) Bootstrap(ctx context.Context) (*accounts.Bootstrap, error) {
	if a.Config.BootstrapEmail == "" && a.Config.Mode != config.ModeEmbedded {
		return &accounts.Bootstrap{}, nil
	}
	b, err := a.Accounts.EnsureBootstrap(ctx, a.Config.BootstrapEmail, a.Config.BootstrapPassword, a.Config.BootstrapAPIKey)
	if err != nil {
		return nil, fmt.Errorf("bootstrap merchant: %w", err)
	}
	return b, nil
}

// Handler builds the HTTP handler of this instance.
func (a *App) Handler() http.Handler {
	return server.New(a.Config, server.Deps{DB: a.DB, Accounts: a.Accounts, Logger: a.Log, Now: a.Now, Handlers: a.handlers()})
}
