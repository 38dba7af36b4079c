package polling_test

import (
	"context"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/tracking"
)

func TestMain(m *testing.M) { apptest.Main(m) }

var start = time.Date(2024, 4, 22, 9, 0, 0, 0, time.UTC)

type fixture struct {
	t   *testing.T
	in  *apptest.Instance
	ctx context.Context
	org string
}

func newFixture(t *testing.T, dialect string) *fixture {
	in := apptest.Start(t, dialect, apptest.Options{Start: start})
	return &fixture{t: t, in: in, ctx: context.Background(), org: in.OrgID(t)}
}

func (f *fixture) create(slug, number string) *models.Tracking {
	f.t.Helper()
	tr, err := f.in.App.Tracking.Create(f.ctx, f.org, tracking.CreateInput{Tracking: models.Tracking{Slug: slug, TrackingNumber: number}})
	if err != nil {
		f.t.Fatal(err)
	}
	return tr
}

// due runs the scheduled poll as a job would: the parcel counts as seen due now.
func (f *fixture) due(tr *models.Tracking) {
	f.t.Helper()
	if err := f.in.App.Polling.PollDue(f.ctx, tr.ParcelID, f.in.Clock.Now()); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) parcel(tr *models.Tracking) *models.Parcel {
	f.t.Helper()
	p, err := f.in.App.DB.ParcelByID(f.ctx, tr.ParcelID)
	if err != nil {
		f.t.Fatal(err)
	}
	return p
}

func (f *fixture) tracking(tr *models.Tracking) *models.Tracking {
	f.t.Helper()
	got, err := f.in.App.Tracking.Get(f.ctx, f.org, tr.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	return got
}

func (f *fixture) checkpoints(tr *models.Tracking) []models.Checkpoint {
	f.t.Helper()
	cps, err := f.in.App.DB.Checkpoints(f.ctx, tr.ParcelID)
	if err != nil {
		f.t.Fatal(err)
	}
	return cps
}

// A sandbox parcel (one story hour per minute) is polled, stores each event once,
// records its status changes, and after delivery is watched through the grace period
// and then dropped from the schedule.
func TestPollFollowsAParcelToDelivery(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		tr := f.create("usps", "9400100000000000000") // ends in 0: the delivered story
		f.in.Clock.Advance(7 * time.Minute)
		f.due(tr)
		p := f.parcel(tr)
		if n := len(f.checkpoints(tr)); n != 4 || p.Tag != "InTransit" || p.PollCount != 1 {
			t.Fatalf("after 7 steps: %d events, %s, %d polls", n, p.Tag, p.PollCount)
		}
		if p.LastPolledAt == nil || !p.LastPolledAt.Equal(f.in.Clock.Now()) || p.NextPollAt == nil || !p.NextPollAt.After(f.in.Clock.Now()) {
			t.Errorf("last polled %v, next %v", p.LastPolledAt, p.NextPollAt)
		}
		// A job for a parcel polled since it was queued does nothing.
		if err := f.in.App.Polling.PollDue(f.ctx, tr.ParcelID, f.in.Clock.Now().Add(-time.Second)); err != nil {
			t.Fatal(err)
		}
		// A forced refresh sees the same events again and stores none twice.
		if err := f.in.App.Polling.Poll(f.ctx, tr.ParcelID); err != nil {
			t.Fatal(err)
		}
		if p := f.parcel(tr); len(f.checkpoints(tr)) != 4 || p.PollCount != 2 {
			t.Errorf("repeat poll: %d events, %d polls", len(f.checkpoints(tr)), p.PollCount)
		}

		f.in.Clock.Advance(10 * time.Minute)
		f.due(tr)
		got := f.tracking(tr)
		p = f.parcel(tr)
		if got.Tag != "Delivered" || got.Active || p.Active || len(f.checkpoints(tr)) != 8 {
			t.Fatalf("delivered: tracking %s active=%v, parcel active=%v, %d events", got.Tag, got.Active, p.Active, len(f.checkpoints(tr)))
		}
		if p.NextPollAt == nil {
			t.Fatal("a delivered parcel is watched during its grace period")
		}
		ts, err := f.in.App.DB.ParcelTransitions(f.ctx, tr.ParcelID)
		if err != nil || len(ts) != 2 || ts[0].FromTag != "Pending" || ts[0].ToTag != "InTransit" || ts[1].ToTag != "Delivered" {
			t.Errorf("transitions = %+v %v", ts, err)
		}
		f.in.Clock.Advance(25 * time.Minute) // past 24 story hours after the delivery
		f.due(tr)
		if p := f.parcel(tr); p.NextPollAt != nil {
			t.Errorf("after the grace period the parcel is still scheduled for %v", p.NextPollAt)
		}
	})
}

// A number the carrier never knows expires after 30 (story) days without news, stops
// being polled, and a retrack takes it up again without expiring it at once.
func TestExpiryAndRetrack(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		tr := f.create("usps", "WP-EXPIRED-001")
		f.due(tr)
		if got := f.tracking(tr); got.Tag != "Pending" || got.Subtag != "Pending_005" || !got.Active {
			t.Fatalf("unknown number: %s %s active=%v", got.Tag, got.Subtag, got.Active)
		}
		f.in.Clock.Advance(12*time.Hour + time.Minute) // 30 story days
		f.due(tr)
		got, p := f.tracking(tr), f.parcel(tr)
		if got.Tag != "Expired" || got.Subtag != "Expired_001" || got.Active || p.NextPollAt != nil {
			t.Fatalf("expired: %s %s active=%v next=%v", got.Tag, got.Subtag, got.Active, p.NextPollAt)
		}
		f.in.Clock.Advance(time.Hour)
		if _, err := f.in.App.Tracking.Retrack(f.ctx, f.org, tr.ID); err != nil {
			t.Fatal(err)
		}
		f.due(tr)
		got, p = f.tracking(tr), f.parcel(tr)
		if !got.Active || got.Tag != "Pending" || p.NextPollAt == nil || p.ActiveSince == nil {
			t.Errorf("retracked: %s %s active=%v next=%v since=%v", got.Tag, got.Subtag, got.Active, p.NextPollAt, p.ActiveSince)
		}
	})
}
