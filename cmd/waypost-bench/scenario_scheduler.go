package main

import (
	"context"
	"runtime"
)

// schedulerScenarios time background refreshes: the scheduler finding due
// parcels, River handing them to workers, and the polling service asking the
// sandbox carrier and storing what changed.
func schedulerScenarios() []Scenario {
	return []Scenario{{
		Name: "scheduler/poll",
		About: "-poll-parcels new sandbox parcels (each followed by a tracking of the merchant) due at once, " +
			"refreshed by the real scheduler, River queue and 100 workers for -poll-duration; refreshes per second, peak heap of the process",
		Unit:    "refreshes",
		Measure: measurePolls,
	}}
}

func measurePolls(ctx context.Context, env *Env) (Result, error) {
	// The heap before includes the instance and the seeded dataset's ids, so
	// the peak reads against it.
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	rep, err := RunPollBench(ctx, PollBench{
		DB: env.App.DB, Poller: env.App.Polling, OrgID: env.OrgID,
		Parcels: env.Poll.parcels, Duration: env.Poll.duration, Progress: env.Progress,
	})
	if err != nil {
		return Result{}, err
	}
	env.Notef("%d due parcels seeded in %.1f s; %d refreshes by %d poll jobs in %.1f s; peak heap %.0f MB (%.0f MB before), %.0f MB from the OS",
		rep.Parcels, rep.SeedSeconds, rep.Polls, rep.Jobs, rep.Seconds, rep.PeakHeapMB, float64(m.HeapInuse)/(1<<20), rep.PeakSysMB)
	if env.Poll.duration > 0 && rep.Polls >= int64(rep.Parcels) {
		env.Notef("every parcel was refreshed inside the window, which may have idled after: the rate is a lower bound " +
			"(raise -poll-parcels, or -poll-duration 0 to stop when each was refreshed once)")
	}
	return Result{
		Requests: int(rep.Polls), Seconds: rep.Seconds, RPS: rep.PerSecond, Rate: rep.PerSecond,
		HeapBeforeMB: float64(m.HeapInuse) / (1 << 20), PeakHeapMB: rep.PeakHeapMB, Poll: rep,
	}, nil
}
