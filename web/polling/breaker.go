package polling

import (
	"errors"
	"sync"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// CarrierLimits bound how hard this instance calls each live carrier.
type CarrierLimits struct {
	// Concurrent is the most calls in flight to one carrier (default 8).
	Concurrent int
	// BreakAfter consecutive failures of a carrier stop calls to it (default 5).
	BreakAfter int
	// Cooldown is the first pause of a broken carrier; it doubles while the carrier
	// keeps failing, up to MaxCooldown (defaults 1 and 15 minutes).
	Cooldown    time.Duration
	MaxCooldown time.Duration
	// BusyWait is how long a poll waits for a free slot before it is put off (default 2s).
	BusyWait time.Duration
}

func (l CarrierLimits) withDefaults() CarrierLimits {
	if l.Concurrent <= 0 {
		l.Concurrent = 8
	}
	if l.BreakAfter <= 0 {
		l.BreakAfter = 5
	}
	if l.Cooldown <= 0 {
		l.Cooldown = time.Minute
	}
	if l.MaxCooldown < l.Cooldown {
		l.MaxCooldown = max(15*time.Minute, l.Cooldown)
	}
	if l.BusyWait <= 0 {
		l.BusyWait = 2 * time.Second
	}
	return l
}

// breakers hold one breaker per live carrier.
type breakers struct {
	limits CarrierLimits
	now    func() time.Time
	mu     sync.Mutex
	m      map[string]*breaker
}

// breaker is a carrier's semaphore and circuit breaker. The breaker opens after BreakAfter
// consecutive failures that say the carrier itself is unwell (down, garbage answers) or
// at once on a 429, which limits the whole account rather than one parcel; while open,
// polls are put off instead of piling onto the carrier. When the pause ends one call is
// let through: its success closes the breaker, its failure reopens it for twice as long.
type breaker struct {
	slots     chan struct{}
	failures  int
	openUntil time.Time
	cooldown  time.Duration
	probing   bool
}

func newBreakers(l CarrierLimits, now func() time.Time) *breakers {
	if now == nil {
		now = time.Now
	}
	return &breakers{limits: l.withDefaults(), now: now, m: map[string]*breaker{}}
}

func (bs *breakers) of(slug string) *breaker {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	br, ok := bs.m[slug]
	if !ok {
		br = &breaker{slots: make(chan struct{}, bs.limits.Concurrent), cooldown: bs.limits.Cooldown}
		bs.m[slug] = br
	}
	return br
}

// enter asks to call a carrier. It returns a leave function to report the call's outcome,
// or, when the call must not happen now, how long to put the poll off.
func (bs *breakers) enter(slug string) (leave func(error), wait time.Duration) {
	br := bs.of(slug)
	wait, probe := bs.closedFor(br)
	if wait > 0 {
		return nil, wait
	}
	if !bs.acquire(br) {
		if probe {
			bs.mu.Lock()
			br.probing = false
			bs.mu.Unlock()
		}
		return nil, bs.limits.BusyWait * 5
	}
	return func(err error) {
		<-br.slots
		bs.report(br, err)
	}, 0
}

// acquire takes a call slot, waiting up to BusyWait for one: a short wait smooths bursts,
// a long one would tie up workers that other carriers' parcels need.
func (bs *breakers) acquire(br *breaker) bool {
	select {
	case br.slots <- struct{}{}:
		return true
	default:
	}
	timer := time.NewTimer(bs.limits.BusyWait)
	defer timer.Stop()
	select {
	case br.slots <- struct{}{}:
		return true
	case <-timer.C:
		return false
	}
}

// closedFor is how long the breaker stays open; 0 lets the call through, as the single
// probe (probe true) when a pause has just ended.
func (bs *breakers) closedFor(br *breaker) (wait time.Duration, probe bool) {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	now := bs.now()
	switch {
	case now.Before(br.openUntil):
		return br.openUntil.Sub(now), false
	case br.probing:
		return bs.limits.BusyWait, false // one probe at a time
	case !br.openUntil.IsZero():
		br.probing = true
		return 0, true
	}
	return 0, false
}

func (bs *breakers) report(br *breaker, err error) {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	kind := carriers.KindOf(err)
	switch {
	case err == nil || (kind != carriers.KindUnavailable && kind != carriers.KindFormat && kind != carriers.KindRateLimited):
		// Success, or a failure about this parcel only (unknown number...): the carrier is fine.
		br.failures, br.openUntil, br.probing, br.cooldown = 0, time.Time{}, false, bs.limits.Cooldown
	case kind == carriers.KindRateLimited:
		pause := bs.limits.Cooldown
		var ce *carriers.Error
		if errors.As(err, &ce) && ce.RetryAfter > 0 {
			pause = ce.RetryAfter
		}
		br.openUntil, br.probing, br.failures = bs.now().Add(pause), false, 0
	default:
		br.failures++
		if br.probing || br.failures >= bs.limits.BreakAfter {
			if br.probing {
				br.cooldown = min(br.cooldown*2, bs.limits.MaxCooldown)
			}
			br.openUntil, br.probing, br.failures = bs.now().Add(br.cooldown), false, 0
		}
	}
}
