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

// Poller is what the workers need from the polling service: a poll that does nothing
// when the parcel was already polled at or after since.
type Poller interface {
	PollDue(ctx context.Context, parcelID string, since time.Time) error
}

// Options configures the queue.
type Options struct {
	DB     *models.DB
	Poller Poller
	// Shipping finishes async labels and rate quotes; nil runs no shipping jobs.
	Shipping Shipping
	// Webhooks delivers webhook events; nil runs no webhook jobs.
	Webhooks Webhooks
	Logger   *slog.Logger
	// ScheduleEvery is how often the scheduler looks for due parcels.
	ScheduleEvery time.Duration
	// Workers bounds concurrent polls on this instance.
	Workers int
	// BatchSize is how many due parcels the scheduler reads and enqueues at a time.
	BatchSize int
	// MaxPerRun bounds the polls one scheduler run enqueues, so a backlog drains at the
	// pace the workers keep rather than flooding the job table.
	MaxPerRun int
	// Lease is how long a parcel handed to the queue stays off the scheduler's list; if
	// its poll is lost (an instance died mid-job and River gave up), it comes back then.
	Lease time.Duration
	// MinGap is how recent a poll makes an explicit "poll soon" request a no-op.
	MinGap time.Duration
}

// Queue is the running job system.
type Queue interface {
	Inserter
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
	opts = opts.withDefaults()
	if opts.DB.Dialect() == models.Postgres {
		return newQueue(riverpgxv5.New(opts.DB.Pool), opts)
	}
	return newQueue(riversqlite.New(opts.DB.JobSQL), opts)
}

func (o Options) withDefaults() Options {
	if o.ScheduleEvery <= 0 {
		o.ScheduleEvery = 15 * time.Second
	}
	if o.Workers <= 0 {
		o.Workers = 20
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 1000
	}
	if o.MaxPerRun <= 0 {
		o.MaxPerRun = 20 * o.BatchSize
	}
	if o.Lease <= 0 {
		o.Lease = 10 * time.Minute
	}
	if o.MinGap <= 0 {
		o.MinGap = time.Minute
	}
	return o
}

type queue[TTx any] struct {
	client *river.Client[TTx]
	db     *models.DB
	minGap time.Duration
}

func newQueue[TTx any](d riverdriver.Driver[TTx], opts Options) (*queue[TTx], error) {
	q := &queue[TTx]{db: opts.DB, minGap: opts.MinGap}
	workers := river.NewWorkers()
	river.AddWorker(workers, &pollWorker{poller: opts.Poller})
	addShippingWorkers(workers, opts.Shipping)
	hookJobs := addWebhookWorkers(workers, opts.Webhooks, q.enqueueDeliveries)
	river.AddWorker(workers, &scheduleWorker{db: opts.DB, enqueue: q.enqueueMany,
		batch: opts.BatchSize, maxPerRun: opts.MaxPerRun, lease: opts.Lease})
	client, err := river.NewClient(d, &river.Config{
		Logger:  opts.Logger.With("component", "jobs"),
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opts.Workers}},
		Workers: workers,
		PeriodicJobs: append([]*river.PeriodicJob{
			river.NewPeriodicJob(river.PeriodicInterval(opts.ScheduleEvery),
				func() (river.JobArgs, *river.InsertOpts) { return ScheduleArgs{}, scheduleInsertOpts }, &river.PeriodicJobOpts{RunOnStart: true, ID: "schedule_polls"}),
		}, hookJobs...),
		// River fetches at most Workers jobs per fetch and waits FetchCooldown between
		// fetches, which caps throughput at Workers/FetchCooldown: 20ms keeps a hundred
		// workers fed at thousands of polls a second, and the idle poll stays cheap.
		FetchCooldown:     20 * time.Millisecond,
		FetchPollInterval: 250 * time.Millisecond,
		JobTimeout:        2 * time.Minute,
		// A finished poll job is worth nothing: the parcel row holds its outcome.
		CompletedJobRetentionPeriod: 5 * time.Minute,
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

// PollParcel asks for a poll soon, unless the parcel was polled within MinGap: several
// organizations starting to track one parcel together cause one poll.
func (q *queue[TTx]) PollParcel(ctx context.Context, parcelID string) error {
	since := q.db.Now().Add(-q.minGap)
	_, err := q.client.Insert(ctx, PollArgs{ParcelID: parcelID, Since: since}, pollInsertOpts)
	return err
}

func (q *queue[TTx]) enqueueMany(ctx context.Context, ids []string, since time.Time) error {
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: PollArgs{ParcelID: id, Since: since}, InsertOpts: pollInsertOpts}
	}
	_, err := q.client.InsertMany(ctx, params)
	return err
}
