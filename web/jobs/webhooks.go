package jobs

import (
	"context"
	"time"

	"github.com/riverqueue/river"
)

// Claimed is a webhook delivery the dispatcher leased for a job.
type Claimed struct {
	OrgID, DeliveryID string
	Lease             int64
}

// Webhooks is what the webhook jobs need from the webhooks service: leasing due
// deliveries (each the head of its per-tracking line), one attempt of a delivery, and
// deleting events past their retention.
type Webhooks interface {
	ClaimDue(ctx context.Context, limit int) ([]Claimed, error)
	Deliver(ctx context.Context, orgID, deliveryID string) error
	Prune(ctx context.Context) (int64, error)
}

// DeliverArgs makes one attempt of one webhook delivery.
type DeliverArgs struct {
	OrgID      string `json:"org_id"`
	DeliveryID string `json:"delivery_id" river:"unique"`
	// Lease is the claim this job delivers: a new claim after a lost job is a new job.
	Lease int64 `json:"lease" river:"unique"`
}

// Kind names the job type.
func (DeliverArgs) Kind() string { return "deliver_webhook" }

// The delivery row holds the retry schedule; River's attempts only cover a job lost
// or failing to record its outcome.
var deliverInsertOpts = &river.InsertOpts{MaxAttempts: 3, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: waitingOrRunning}}

type deliverWorker struct {
	river.WorkerDefaults[DeliverArgs]
	hooks Webhooks
}

func (w *deliverWorker) Work(ctx context.Context, job *river.Job[DeliverArgs]) error {
	return w.hooks.Deliver(ctx, job.Args.OrgID, job.Args.DeliveryID)
}

func (w *deliverWorker) Timeout(*river.Job[DeliverArgs]) time.Duration { return time.Minute }

// DispatchArgs runs the webhook dispatcher once: due deliveries become jobs.
type DispatchArgs struct{}

// Kind names the job type.
func (DispatchArgs) Kind() string { return "dispatch_webhooks" }

type dispatchWorker struct {
	river.WorkerDefaults[DispatchArgs]
	hooks   Webhooks
	enqueue func(ctx context.Context, cs []Claimed) error
	batch   int
}

// Work drains what is due in batches, so a backlog does not wait for the next tick.
func (w *dispatchWorker) Work(ctx context.Context, _ *river.Job[DispatchArgs]) error {
	for range 20 {
		cs, err := w.hooks.ClaimDue(ctx, w.batch)
		if err != nil || len(cs) == 0 {
			return err
		}
		if err := w.enqueue(ctx, cs); err != nil {
			return err
		}
		if len(cs) < w.batch {
			return nil
		}
	}
	return nil
}

// PruneArgs deletes webhook events past their retention.
type PruneArgs struct{}

// Kind names the job type.
func (PruneArgs) Kind() string { return "prune_webhook_events" }

type pruneWorker struct {
	river.WorkerDefaults[PruneArgs]
	hooks Webhooks
}

func (w *pruneWorker) Work(ctx context.Context, _ *river.Job[PruneArgs]) error {
	_, err := w.hooks.Prune(ctx)
	return err
}

var singletonOpts = &river.InsertOpts{MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: waitingOrRunning}}

func addWebhookWorkers(workers *river.Workers, hooks Webhooks, enqueue func(context.Context, []Claimed) error) []*river.PeriodicJob {
	if hooks == nil {
		return nil
	}
	river.AddWorker(workers, &deliverWorker{hooks: hooks})
	river.AddWorker(workers, &dispatchWorker{hooks: hooks, enqueue: enqueue, batch: 500})
	river.AddWorker(workers, &pruneWorker{hooks: hooks})
	return []*river.PeriodicJob{
		river.NewPeriodicJob(river.PeriodicInterval(time.Second),
			func() (river.JobArgs, *river.InsertOpts) { return DispatchArgs{}, singletonOpts },
			&river.PeriodicJobOpts{RunOnStart: true, ID: "dispatch_webhooks"}),
		river.NewPeriodicJob(river.PeriodicInterval(time.Hour),
			func() (river.JobArgs, *river.InsertOpts) { return PruneArgs{}, singletonOpts },
			&river.PeriodicJobOpts{RunOnStart: true, ID: "prune_webhook_events"}),
	}
}

func (q *queue[TTx]) enqueueDeliveries(ctx context.Context, cs []Claimed) error {
	params := make([]river.InsertManyParams, len(cs))
	for i, c := range cs {
		params[i] = river.InsertManyParams{Args: DeliverArgs{OrgID: c.OrgID, DeliveryID: c.DeliveryID, Lease: c.Lease}, InsertOpts: deliverInsertOpts}
	}
	_, err := q.client.InsertMany(ctx, params)
	return err
}
