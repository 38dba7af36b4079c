package jobs

import (
	"context"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/waypost/waypost/models"
)

// PollArgs asks for one parcel to be polled unless it was polled at or after Since.
// Only the parcel makes a job unique: a second request for a parcel whose poll is
// already waiting is dropped whatever its Since.
type PollArgs struct {
	ParcelID string    `json:"parcel_id" river:"unique"`
	Since    time.Time `json:"since"`
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
	return w.poller.PollDue(ctx, job.Args.ParcelID, job.Args.Since)
}

func (w *pollWorker) Timeout(*river.Job[PollArgs]) time.Duration { return time.Minute }

// ScheduleArgs runs the scheduler once.
type ScheduleArgs struct{}

// Kind names the job type.
func (ScheduleArgs) Kind() string { return "schedule_polls" }

var scheduleInsertOpts = &river.InsertOpts{MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: waitingOrRunning}}

type scheduleWorker struct {
	river.WorkerDefaults[ScheduleArgs]
	db        *models.DB
	enqueue   func(context.Context, []string, time.Time) error
	batch     int
	maxPerRun int
	lease     time.Duration
}

// Work enqueues a poll for every parcel that is due, batch by batch, and leases the
// parcels so the next batch (and the next run) moves on to others. Unique jobs make a
// parcel already queued (by this or another instance) a no-op, and each job's since
// makes a parcel polled in the meantime a no-op too.
func (w *scheduleWorker) Work(ctx context.Context, _ *river.Job[ScheduleArgs]) error {
	for done := 0; done < w.maxPerRun; {
		now := w.db.Now()
		ids, err := w.db.DueParcels(ctx, now, min(w.batch, w.maxPerRun-done))
		if err != nil || len(ids) == 0 {
			return err
		}
		if err := w.enqueue(ctx, ids, now); err != nil {
			return err
		}
		if err := w.db.LeaseParcels(ctx, ids, now, now.Add(w.lease)); err != nil {
			return err
		}
		done += len(ids)
	}
	return nil
}

func (w *scheduleWorker) Timeout(*river.Job[ScheduleArgs]) time.Duration { return time.Minute }
