package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/jobs"
)

// PollBench describes a measurement of the scheduler's throughput: Parcels parcels,
// each followed by one tracking of OrgID, all due at once, refreshed by the real
// scheduler, River queue and workers through Poller (the polling service). With no
// credentials for Slug the sandbox answers, so the carrier costs nothing and what is
// measured is Waypost.
type PollBench struct {
	DB      *models.DB
	Poller  jobs.Poller
	OrgID   string
	Parcels int
	// Slug is the carrier of the parcels (default "usps").
	Slug string
	// Age is how long before now the parcels were created, which decides how much of
	// each sandbox story has happened by the first poll (default 10 minutes).
	Age time.Duration
	// Duration is the measuring window; 0 measures until every parcel was polled once.
	Duration time.Duration
	// Workers bounds concurrent polls (default 100).
	Workers int
	// Progress, when set, receives a line every few seconds.
	Progress io.Writer
}

// PollReport is what a PollBench measured.
type PollReport struct {
	Parcels     int     `json:"parcels"`
	SeedSeconds float64 `json:"seed_seconds"`
	// Jobs is how many poll jobs ran; Polls how many reached the carrier and were stored.
	Jobs       int64   `json:"jobs"`
	Polls      int64   `json:"polls"`
	Seconds    float64 `json:"seconds"`
	PerSecond  float64 `json:"polls_per_second"`
	PeakHeapMB float64 `json:"peak_heap_mb"`
	PeakSysMB  float64 `json:"peak_sys_mb"`
}

// countingPoller counts the poll jobs the workers finish.
type countingPoller struct {
	jobs.Poller
	done atomic.Int64
}

func (c *countingPoller) PollDue(ctx context.Context, parcelID string, since time.Time) error {
	err := c.Poller.PollDue(ctx, parcelID, since)
	if err == nil {
		c.done.Add(1)
	}
	return err
}

// RunPollBench seeds the parcels, runs a queue of its own until the window closes, and
// reports polls per second and the process's peak memory. Run it on an instance whose
// own queue is not started.
func RunPollBench(ctx context.Context, b PollBench) (*PollReport, error) {
	b = b.withDefaults()
	prefix := fmt.Sprintf("9400%06d", rand.IntN(1_000_000))
	seedStart := time.Now()
	if err := seedDue(ctx, b, prefix); err != nil {
		return nil, err
	}
	rep := &PollReport{Parcels: b.Parcels, SeedSeconds: time.Since(seedStart).Seconds()}
	counter := &countingPoller{Poller: b.Poller}
	q, err := jobs.New(jobs.Options{DB: b.DB, Poller: counter, Workers: b.Workers, ScheduleEvery: 500 * time.Millisecond,
		BatchSize: 2000, MaxPerRun: 100 * b.Workers})
	if err != nil {
		return nil, err
	}
	mem := sampleMemory()
	began := time.Now()
	if err := q.Start(ctx); err != nil {
		return nil, err
	}
	waitFor(ctx, b, counter, began)
	rep.Seconds = time.Since(began).Seconds()
	rep.Jobs = counter.done.Load()
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := q.Stop(stopCtx); err != nil {
		return nil, err
	}
	rep.PeakHeapMB, rep.PeakSysMB = mem()
	if rep.Polls, err = b.DB.PollCountOf(ctx, b.Slug, prefix); err != nil {
		return nil, err
	}
	rep.PerSecond = float64(rep.Polls) / rep.Seconds
	return rep, nil
}

func (b PollBench) withDefaults() PollBench {
	if b.Slug == "" {
		b.Slug = "usps"
	}
	if b.Age <= 0 {
		b.Age = 10 * time.Minute
	}
	if b.Workers <= 0 {
		b.Workers = 100
	}
	if b.Progress == nil {
		b.Progress = io.Discard
	}
	return b
}

// seedDue writes the parcels due now, in chunks so memory stays flat at a million.
func seedDue(ctx context.Context, b PollBench, prefix string) error {
	now := b.DB.Now().UTC()
	created := now.Add(-b.Age)
	const chunk = 10_000
	ps := make([]models.Parcel, 0, chunk)
	for lo := 0; lo < b.Parcels; lo += chunk {
		ps = ps[:0]
		for i := lo; i < min(lo+chunk, b.Parcels); i++ {
			ps = append(ps, models.Parcel{Slug: b.Slug, TrackingNumber: fmt.Sprintf("%s%012d", prefix, i),
				Tag: "Pending", Subtag: "Pending_001", Active: true, NextPollAt: &now, CreatedAt: created, UpdatedAt: created})
		}
		if err := b.DB.InsertFollowedParcels(ctx, b.OrgID, ps); err != nil {
			return err
		}
		fmt.Fprintf(b.Progress, "  seeded %d/%d parcels\n", min(lo+chunk, b.Parcels), b.Parcels)
	}
	return nil
}

// waitFor returns when the window closes, or when every parcel had its poll.
func waitFor(ctx context.Context, b PollBench, c *countingPoller, began time.Time) {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	check := time.NewTicker(50 * time.Millisecond)
	defer check.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			el := time.Since(began)
			fmt.Fprintf(b.Progress, "  %d polls in %s (%.0f/s)\n", c.done.Load(), el.Round(time.Second), float64(c.done.Load())/el.Seconds())
		case <-check.C:
			if b.Duration > 0 && time.Since(began) >= b.Duration {
				return
			}
			if b.Duration == 0 && c.done.Load() >= int64(b.Parcels) {
				return
			}
		}
	}
}

// sampleMemory watches the heap until the returned function is called, which reports
// the peaks in MiB.
func sampleMemory() func() (heapMB, sysMB float64) {
	var mu sync.Mutex
	var heap, sys uint64
	stop := make(chan struct{})
	read := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		mu.Lock()
		heap, sys = max(heap, m.HeapInuse), max(sys, m.Sys)
		mu.Unlock()
	}
	go func() {
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() (float64, float64) {
		close(stop)
		read()
		mu.Lock()
		defer mu.Unlock()
		return float64(heap) / (1 << 20), float64(sys) / (1 << 20)
	}
}
