package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/sandbox"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/detect"
	"github.com/waypost/waypost/web/jobs"
	"github.com/waypost/waypost/web/tracking"
)

// app is everything a running instance holds.
type app struct {
	cfg      *config.Config
	log      *slog.Logger
	db       *models.DB
	accounts *accounts.Service
	tracking *tracking.Service
	queue    jobs.Queue
}

// openDB connects and, in embedded mode, prepares the data directory.
func openDB(ctx context.Context, cfg *config.Config, log *slog.Logger) (*models.DB, error) {
	if cfg.Mode == config.ModeEmbedded {
		if err := cfg.EnsureSessionKeys(); err != nil {
			return nil, fmt.Errorf("session keys: %w", err)
		}
	}
	db, err := models.Open(ctx, models.Options{DatabaseURL: cfg.DatabaseURL, SQLitePath: cfg.DBPath(), Logger: log})
	if err != nil {
		return nil, err
	}
	if err := db.Ping(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("database unreachable: %w", err)
	}
	return db, nil
}

// prepareSchema migrates an embedded database and only checks a shared one:
// in cluster mode migrations are an explicit, locked step (waypost migrate).
func prepareSchema(ctx context.Context, cfg *config.Config, db *models.DB, log *slog.Logger) error {
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

// newApp wires services and the job queue over an open, migrated database.
func newApp(ctx context.Context, cfg *config.Config, log *slog.Logger, db *models.DB) (*app, error) {
	if err := db.SyncCouriers(ctx, catalogRows()); err != nil {
		return nil, err
	}
	acc, err := accounts.NewService(ctx, db, runtime.NumCPU())
	if err != nil {
		return nil, err
	}
	var sb carriers.Tracker
	if cfg.Sandbox {
		sb = sandbox.New(time.Now, cfg.SandboxStep)
	}
	registry := carriers.NewRegistry(sb)
	cadence := tracking.DefaultCadence()
	cadence.Sandbox = cfg.SandboxStep
	trk := tracking.NewService(tracking.Deps{
		DB: db, Registry: registry, Detect: detectSlugs, Logger: log, Cadence: cadence,
	})
	q, err := jobs.New(jobs.Options{DB: db, Poller: trk, Logger: log, ScheduleEvery: cfg.PollInterval})
	if err != nil {
		return nil, err
	}
	trk.SetQueue(q)
	return &app{cfg: cfg, log: log, db: db, accounts: acc, tracking: trk, queue: q}, nil
}

// detectSlugs adapts courier detection to the tracking service.
func detectSlugs(number string, h tracking.DetectHints) []string {
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
