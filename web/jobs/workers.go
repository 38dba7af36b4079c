package jobs

import (
	"context"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/waypost/waypost/models"
)

// PollArgs asks for one parcel to be polled.
type PollArgs struct {
	ParcelID string `json:"parcel_id"`
}

// Kind names the job type.
func (PollArgs) Kind() string { return "poll_parcel" }

// A parcel has at most one poll waiting or running, whichever instance enqueued
// it. Completed polls are left out so the next one can be queued at once.
var pollInsertOpts = &river.InsertOpts{MaxAttempts: 3, UniqueOpts: river.UniqueOpts{
	ByArgs:  true,
	ByState: waitingOrRunning,
}}

var waitingOrRunning = []rivertype.JobState{
	rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable,
	rivertype.JobStateRunning, rivertype.JobStateScheduled,
}

type pollWorker struct {
	river.WorkerDefaults[PollArgs]
	poller Poller
}

func (w *pollWorker) Work(ctx context.Context, job *river.Job[PollArgs]) error {
	return w.poller.Poll(ctx, job.Args.ParcelID)
}

func (w *pollWorker) Timeout(*river.Job[PollArgs]) time.Duration { return time.Minute }

// ScheduleArgs runs the scheduler once.
type ScheduleArgs struct{}

// Kind names the job type.
func (ScheduleArgs) Kind() string { return "schedule_polls" }

var scheduleInsertOpts = &river.InsertOpts{MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: waitingOrRunning}}

type scheduleWorker struct {
	river.WorkerDefaults[ScheduleArgs]
	db      *models.DB
	enqueue func(context.Context, []string) error
	batch   int
}

// Work enqueues a poll for every parcel that is due. Unique jobs make a parcel
// already queued (by this or another instance) a no-op.
func (w *scheduleWorker) Work(ctx context.Context, _ *river.Job[ScheduleArgs]) error {
	ids, err := w.db.DueParcels(ctx, w.db.Now(), w.batch)
	if err != nil || len(ids) == 0 {
		return err
	}
	return w.enqueue(ctx, ids)
}
