// Package jobs runs Waypost's background work on River: parcel polls and the
// periodic scheduler that finds parcels due a refresh. The same workers run on
// PostgreSQL (several instances, one leader for periodic jobs) and on SQLite.
package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/waypost/waypost/models"
)

// Poller is what the workers need from the tracking service.
type Poller interface {
	Poll(ctx context.Context, parcelID string) error
}

// Options configures the queue.
type Options struct {
	DB     *models.DB
	Poller Poller
	Logger *slog.Logger
	// ScheduleEvery is how often the scheduler looks for due parcels.
	ScheduleEvery time.Duration
	// Workers bounds concurrent polls on this instance.
	Workers int
	// BatchSize bounds how many due parcels one scheduler run enqueues.
	BatchSize int
}

// Queue is the running job system.
type Queue interface {
	// PollParcel enqueues a poll of one parcel unless one is already queued.
	PollParcel(ctx context.Context, parcelID string) error
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Migrate applies River's own migrations to the database.
func Migrate(ctx context.Context, db *models.DB) error {
	var err error
	if db.Dialect() == models.Postgres {
		err = migrate(ctx, riverpgxv5.New(db.Pool))
	} else {
		err = migrate(ctx, riversqlite.New(db.JobSQL))
	}
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	return nil
}

func migrate[TTx any](ctx context.Context, d riverdriver.Driver[TTx]) error {
	m, err := rivermigrate.New(d, nil)
	if err != nil {
		return err
	}
	_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	return err
}

// CheckMigrated returns models.ErrStaleSchema when River's tables are behind.
func CheckMigrated(ctx context.Context, db *models.DB) error {
	if db.Dialect() == models.Postgres {
		return checkMigrated(ctx, riverpgxv5.New(db.Pool))
	}
	return checkMigrated(ctx, riversqlite.New(db.JobSQL))
}

func checkMigrated[TTx any](ctx context.Context, d riverdriver.Driver[TTx]) error {
	m, err := rivermigrate.New(d, nil)
	if err != nil {
		return err
	}
	res, err := m.Migrate(ctx, rivermigrate.DirectionUp, &rivermigrate.MigrateOpts{DryRun: true})
	if err != nil {
		return err
	}
	if len(res.Versions) > 0 {
		return fmt.Errorf("%w: %d River migrations pending", models.ErrStaleSchema, len(res.Versions))
	}
	return nil
}

// New builds the queue for the database's dialect.
func New(opts Options) (Queue, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.ScheduleEvery <= 0 {
		opts.ScheduleEvery = 15 * time.Second
	}
	if opts.Workers <= 0 {
		opts.Workers = 20
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 1000
	}
	if opts.DB.Dialect() == models.Postgres {
		return newQueue(riverpgxv5.New(opts.DB.Pool), opts)
	}
	return newQueue(riversqlite.New(opts.DB.JobSQL), opts)
}

type queue[TTx any] struct {
	client *river.Client[TTx]
}

func newQueue[TTx any](d riverdriver.Driver[TTx], opts Options) (*queue[TTx], error) {
	q := &queue[TTx]{}
	workers := river.NewWorkers()
	river.AddWorker(workers, &pollWorker{poller: opts.Poller})
	river.AddWorker(workers, &scheduleWorker{db: opts.DB, enqueue: q.enqueueMany, batch: opts.BatchSize})
	client, err := river.NewClient(d, &river.Config{
		Logger:  opts.Logger.With("component", "jobs"),
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opts.Workers}},
		Workers: workers,
		PeriodicJobs: []*river.PeriodicJob{
			river.NewPeriodicJob(river.PeriodicInterval(opts.ScheduleEvery),
				func() (river.JobArgs, *river.InsertOpts) { return ScheduleArgs{}, scheduleInsertOpts }, &river.PeriodicJobOpts{RunOnStart: true, ID: "schedule_polls"}),
		},
		JobTimeout:                  2 * time.Minute,
		CompletedJobRetentionPeriod: time.Hour,
	})
	if err != nil {
		return nil, fmt.Errorf("river client: %w", err)
	}
	q.client = client
	return q, nil
}

func (q *queue[TTx]) Start(ctx context.Context) error { return q.client.Start(ctx) }

func (q *queue[TTx]) Stop(ctx context.Context) error {
	err := q.client.Stop(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		return q.client.StopAndCancel(context.WithoutCancel(ctx))
	}
	return err
}

func (q *queue[TTx]) PollParcel(ctx context.Context, parcelID string) error {
	_, err := q.client.Insert(ctx, PollArgs{ParcelID: parcelID}, pollInsertOpts)
	return err
}

func (q *queue[TTx]) enqueueMany(ctx context.Context, ids []string) error {
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: PollArgs{ParcelID: id}, InsertOpts: pollInsertOpts}
	}
	_, err := q.client.InsertMany(ctx, params)
	return err
}
