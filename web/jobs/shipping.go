package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"

	"github.com/waypost/waypost/models"
)

// Shipping is what the shipping workers need from the shipping service: finishing
// the labels and rate quotes it created asynchronously. Both do nothing for a record
// already finished, so a retried job is harmless.
type Shipping interface {
	FinishLabel(ctx context.Context, orgID, labelID string) error
	FinishRates(ctx context.Context, orgID, quoteID string) error
}

// LabelArgs buys one label created with async.
type LabelArgs struct {
	OrgID   string `json:"org_id"`
	LabelID string `json:"label_id" river:"unique"`
}

// Kind names the job type.
func (LabelArgs) Kind() string { return "create_label" }

// RatesArgs calculates one rate quote created with async.
type RatesArgs struct {
	OrgID   string `json:"org_id"`
	QuoteID string `json:"quote_id" river:"unique"`
}

// Kind names the job type.
func (RatesArgs) Kind() string { return "calculate_rates" }

var shippingInsertOpts = &river.InsertOpts{MaxAttempts: 5, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: waitingOrRunning}}

type labelWorker struct {
	river.WorkerDefaults[LabelArgs]
	shipping Shipping
}

func (w *labelWorker) Work(ctx context.Context, job *river.Job[LabelArgs]) error {
	return w.shipping.FinishLabel(ctx, job.Args.OrgID, job.Args.LabelID)
}

func (w *labelWorker) Timeout(*river.Job[LabelArgs]) time.Duration { return time.Minute }

type ratesWorker struct {
	river.WorkerDefaults[RatesArgs]
	shipping Shipping
}

func (w *ratesWorker) Work(ctx context.Context, job *river.Job[RatesArgs]) error {
	return w.shipping.FinishRates(ctx, job.Args.OrgID, job.Args.QuoteID)
}

func (w *ratesWorker) Timeout(*river.Job[RatesArgs]) time.Duration { return time.Minute }

func addShippingWorkers(workers *river.Workers, s Shipping) {
	if s == nil {
		return
	}
	river.AddWorker(workers, &labelWorker{shipping: s})
	river.AddWorker(workers, &ratesWorker{shipping: s})
}

// EnqueueLabel queues the purchase of an async label.
func (q *queue[TTx]) EnqueueLabel(ctx context.Context, orgID, labelID string) error {
	_, err := q.client.Insert(ctx, LabelArgs{OrgID: orgID, LabelID: labelID}, shippingInsertOpts)
	return err
}

// EnqueueRates queues the calculation of an async rate quote.
func (q *queue[TTx]) EnqueueRates(ctx context.Context, orgID, quoteID string) error {
	_, err := q.client.Insert(ctx, RatesArgs{OrgID: orgID, QuoteID: quoteID}, shippingInsertOpts)
	return err
}

// Inserter queues jobs without running any: the services take it at construction,
// before the queue that runs their jobs (and needs the services) is built.
type Inserter interface {
	PollParcel(ctx context.Context, parcelID string) error
	EnqueueLabel(ctx context.Context, orgID, labelID string) error
	EnqueueRates(ctx context.Context, orgID, quoteID string) error
}

// NewInserter builds an insert-only client on the database's dialect.
func NewInserter(db *models.DB, minGap time.Duration) (Inserter, error) {
	if minGap <= 0 {
		minGap = Options{}.withDefaults().MinGap
	}
	if db.Dialect() == models.Postgres {
		return newInserter(riverpgxv5.New(db.Pool), db, minGap)
	}
	return newInserter(riversqlite.New(db.JobSQL), db, minGap)
}

func newInserter[TTx any](d riverdriver.Driver[TTx], db *models.DB, minGap time.Duration) (*queue[TTx], error) {
	client, err := river.NewClient(d, &river.Config{})
	if err != nil {
		return nil, fmt.Errorf("river insert client: %w", err)
	}
	return &queue[TTx]{client: client, db: db, minGap: minGap}, nil
}
