package main

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sync"
	"time"
)

// load is how hard and how long the generator drives one scenario.
type load struct {
	concurrency int
	warmup      time.Duration
	duration    time.Duration
	// profile, when set, is the file the measured window's CPU profile goes to.
	profile string
}

// sample is what one worker saw: every latency, and the errors among them.
type sample struct {
	latencies []time.Duration
	errors    int
	firstErr  error
}

// measure warms the scenario up, then drives it from every worker for the
// duration. Only operations that both start and finish inside the window count,
// so requests per second is completions over the window length.
func measure(ctx context.Context, op Op, l load) (Result, error) {
	if l.warmup > 0 {
		drive(ctx, op, l.concurrency, l.warmup)
	}
	stop, err := startProfile(l.profile)
	if err != nil {
		return Result{}, err
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	samples := drive(ctx, op, l.concurrency, l.duration)
	runtime.ReadMemStats(&after)
	stop()
	var all []time.Duration
	var r Result
	for _, s := range samples {
		all = append(all, s.latencies...)
		r.Errors += s.errors
		if r.FirstError == "" && s.firstErr != nil {
			r.FirstError = s.firstErr.Error()
		}
	}
	slices.Sort(all)
	r.Requests = len(all)
	r.Seconds = l.duration.Seconds()
	r.RPS = float64(len(all)) / r.Seconds
	r.P50, r.P99 = percentile(all, 0.50), percentile(all, 0.99)
	if r.Requests > 0 {
		r.AllocPerOp = float64(after.TotalAlloc-before.TotalAlloc) / float64(r.Requests)
	}
	return r, nil
}

// startProfile profiles the whole process, server and load generator alike,
// until the returned function is called.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func drive(ctx context.Context, op Op, workers int, d time.Duration) []sample {
	end := time.Now().Add(d)
	out := make([]sample, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { out[w] = work(ctx, op, end, uint64(w)) })
	}
	wg.Wait()
	return out
}

func work(ctx context.Context, op Op, end time.Time, id uint64) sample {
	rnd := rand.New(rand.NewPCG(id, uint64(time.Now().UnixNano())))
	var s sample
	for ctx.Err() == nil {
		start := time.Now()
		if !start.Before(end) {
			break
		}
		err := op(ctx, rnd)
		done := time.Now()
		if done.After(end) {
			break
		}
		s.latencies = append(s.latencies, done.Sub(start))
		if err != nil {
			s.errors++
			if s.firstErr == nil {
				s.firstErr = err
			}
		}
	}
	return s
}

// percentile is the nearest-rank percentile of sorted latencies.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[max(i, 0)]
}
