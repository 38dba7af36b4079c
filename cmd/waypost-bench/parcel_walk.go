package main

import (
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"
)

// parcelWalk hands out seeded parcels in one shuffled pass after another,
// shared by every scenario that looks parcels up uncached. A parcel comes back
// only after all the others, so the public lookup cache cannot answer as long
// as a pass takes longer than an entry lives; a random pick would find a
// share of the cache's entries at any size.
type parcelWalk struct {
	order []int32
	next  atomic.Uint64
	// early counts passes that began sooner than ttl after the one before:
	// some of their lookups may have been answered from the cache.
	early atomic.Int64
	ttl   time.Duration

	mu        sync.Mutex
	passBegan time.Time
}

func newParcelWalk(n int, ttl time.Duration) *parcelWalk {
	w := &parcelWalk{order: make([]int32, n), ttl: ttl}
	for i := range w.order {
		w.order[i] = int32(i)
	}
	rand.Shuffle(n, func(i, j int) { w.order[i], w.order[j] = w.order[j], w.order[i] })
	return w
}

// Next is the index of the next parcel to look up.
func (w *parcelWalk) Next() int {
	k := w.next.Add(1) - 1
	i := k % uint64(len(w.order))
	if i == 0 {
		w.beginPass(k > 0)
	}
	return int(w.order[i])
}

func (w *parcelWalk) beginPass(again bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	if again && now.Sub(w.passBegan) < w.ttl {
		w.early.Add(1)
	}
	w.passBegan = now
}

// EarlyPasses is how many passes so far repeated parcels within the cache's
// lifetime.
func (w *parcelWalk) EarlyPasses() int64 { return w.early.Load() }
