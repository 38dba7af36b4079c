package tracking_test

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
