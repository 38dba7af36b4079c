package main

import (
	"context"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// The benchmark's own machinery works: every seeded parcel is polled once through the
// real scheduler and queue, and the report adds up.
func TestRunPollBench(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{})
		rep, err := RunPollBench(context.Background(), PollBench{
			DB: in.App.DB, Poller: in.App.Polling, OrgID: in.OrgID(t), Parcels: 300, Workers: 20,
		})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Parcels != 300 || rep.Jobs < 300 || rep.Polls < 300 || rep.PerSecond <= 0 || rep.PeakHeapMB <= 0 {
			t.Errorf("report = %+v", rep)
		}
		p, err := in.App.DB.DueParcels(context.Background(), time.Now(), 1)
		if err != nil || len(p) != 0 {
			t.Errorf("after one poll each no parcel is due: %v %v", p, err)
		}
	})
}
