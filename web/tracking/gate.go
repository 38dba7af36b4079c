package tracking

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

// gates hold one gate per live carrier.
type gates struct {
	limits CarrierLimits
	now    func() time.Time
	mu     sync.Mutex
	m      map[string]*gate
}

// gate is a carrier's semaphore and circuit breaker. The breaker opens after BreakAfter
// consecutive failures that say the carrier itself is unwell (down, garbage answers) or
// at once on a 429, which limits the whole account rather than one parcel; while open,
// polls are put off instead of piling onto the carrier. When the pause ends one call is
// let through: its success closes the breaker, its failure reopens it for twice as long.
type gate struct {
	slots     chan struct{}
	failures  int
	openUntil time.Time
	cooldown  time.Duration
	probing   bool
}

func newGates(l CarrierLimits, now func() time.Time) *gates {
	if now == nil {
		now = time.Now
	}
	return &gates{limits: l.withDefaults(), now: now, m: map[string]*gate{}}
}

func (g *gates) of(slug string) *gate {
	g.mu.Lock()
	defer g.mu.Unlock()
	gt, ok := g.m[slug]
	if !ok {
		gt = &gate{slots: make(chan struct{}, g.limits.Concurrent), cooldown: g.limits.Cooldown}
		g.m[slug] = gt
	}
	return gt
}

// enter asks to call a carrier. It returns a leave function to report the call's outcome,
// or, when the call must not happen now, how long to put the poll off.
func (g *gates) enter(slug string) (leave func(error), wait time.Duration) {
	gt := g.of(slug)
	wait, probe := g.closedFor(gt)
	if wait > 0 {
		return nil, wait
	}
	if !g.acquire(gt) {
		if probe {
			g.mu.Lock()
			gt.probing = false
			g.mu.Unlock()
		}
		return nil, g.limits.BusyWait * 5
	}
	return func(err error) {
		<-gt.slots
		g.report(gt, err)
	}, 0
}

// acquire takes a call slot, waiting up to BusyWait for one: a short wait smooths bursts,
// a long one would tie up workers that other carriers' parcels need.
func (g *gates) acquire(gt *gate) bool {
	select {
	case gt.slots <- struct{}{}:
		return true
	default:
	}
	timer := time.NewTimer(g.limits.BusyWait)
	defer timer.Stop()
	select {
	case gt.slots <- struct{}{}:
		return true
	case <-timer.C:
		return false
	}
}

// closedFor is how long the breaker stays open; 0 lets the call through, as the single
// probe (probe true) when a pause has just ended.
func (g *gates) closedFor(gt *gate) (wait time.Duration, probe bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	switch {
	case now.Before(gt.openUntil):
		return gt.openUntil.Sub(now), false
	case gt.probing:
		return g.limits.BusyWait, false // one probe at a time
	case !gt.openUntil.IsZero():
		gt.probing = true
		return 0, true
	}
	return 0, false
}

func (g *gates) report(gt *gate, err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	kind := carriers.KindOf(err)
	switch {
	case err == nil || (kind != carriers.KindUnavailable && kind != carriers.KindFormat && kind != carriers.KindRateLimited):
		// Success, or a failure about this parcel only (unknown number...): the carrier is fine.
		gt.failures, gt.openUntil, gt.probing, gt.cooldown = 0, time.Time{}, false, g.limits.Cooldown
	case kind == carriers.KindRateLimited:
		pause := g.limits.Cooldown
		var ce *carriers.Error
		if errors.As(err, &ce) && ce.RetryAfter > 0 {
			pause = ce.RetryAfter
		}
		gt.openUntil, gt.probing, gt.failures = g.now().Add(pause), false, 0
	default:
		gt.failures++
		if gt.probing || gt.failures >= g.limits.BreakAfter {
			if gt.probing {
				gt.cooldown = min(gt.cooldown*2, g.limits.MaxCooldown)
			}
			gt.openUntil, gt.probing, gt.failures = g.now().Add(gt.cooldown), false, 0
		}
	}
}
