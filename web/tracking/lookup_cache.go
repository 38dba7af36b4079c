package tracking

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/waypost/waypost/models"
)

// LookupTTL is how long a public lookup is answered from memory. Shoppers reload
// tracking pages and merchants' sites call the tracker.delivery API for every page
// view; within this window neither reaches the database, and concurrent first
// views of a parcel make one carrier request between them.
const LookupTTL = 30 * time.Second

// lookupTimeout bounds a shared lookup, which outlives the request that started it.
const lookupTimeout = 45 * time.Second

// LookupCache answers Service.Lookup from a short-lived, size-bounded memory
// cache shared by the public pages and the tracker.delivery API.
type LookupCache struct {
	svc   *Service
	ttl   time.Duration
	max   int
	group singleflight.Group

	mu      sync.Mutex
	entries map[string]cached
}

type cached struct {
	pub *Public
	at  time.Time
}

// NewLookupCache caches up to max lookups for ttl each.
func NewLookupCache(s *Service, ttl time.Duration, max int) *LookupCache {
	return &LookupCache{svc: s, ttl: ttl, max: max, entries: map[string]cached{}}
}

// Lookup is Service.Lookup through the cache. Failures are not cached.
func (lc *LookupCache) Lookup(ctx context.Context, courierID, number string) (*Public, error) {
	c, ok := ResolveCourier(courierID)
	if !ok {
		return nil, fmt.Errorf("courier %q: %w", courierID, models.ErrNotFound)
	}
	number = NormalizeNumber(number)
	if err := ValidateNumber(number); err != nil {
		return nil, err
	}
	key := c.Slug + "\x00" + number
	if pub, ok := lc.get(key); ok {
		return pub, nil
	}
	v, err, _ := lc.group.Do(key, func() (any, error) {
		// The lookup is shared: one caller giving up must not fail the others.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), lookupTimeout)
		defer cancel()
		pub, err := lc.svc.Lookup(sctx, c.Slug, number)
		if err == nil {
			lc.put(key, pub)
		}
		return pub, err
	})
	if err != nil {
		return nil, err
	}
	return v.(*Public), nil
}

func (lc *LookupCache) get(key string) (*Public, bool) {
	lc.mu.Lock()
	defer lc.mu.Unlock()
	e, ok := lc.entries[key]
	if !ok || lc.svc.now().Sub(e.at) >= lc.ttl {
		return nil, false
	}
	return e.pub, true
}

func (lc *LookupCache) put(key string, pub *Public) {
	lc.mu.Lock()
	defer lc.mu.Unlock()
	now := lc.svc.now()
	if len(lc.entries) >= lc.max {
		lc.evict(now)
	}
	lc.entries[key] = cached{pub: pub, at: now}
}

// evict drops expired entries, and when none has expired, an arbitrary tenth:
// cheap, and a dropped entry only costs one database read.
func (lc *LookupCache) evict(now time.Time) {
	for k, e := range lc.entries {
		if now.Sub(e.at) >= lc.ttl {
			delete(lc.entries, k)
		}
	}
	drop := len(lc.entries) - lc.max + max(lc.max/10, 1)
	for k := range lc.entries {
		if drop <= 0 {
			break
		}
		delete(lc.entries, k)
		drop--
	}
}
