package polling

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func down() error { return carriers.NewError(carriers.KindUnavailable, "usps", errors.New("503")) }

// call goes through the breaker; it reports whether the carrier was called.
func call(bs *breakers, outcome error) (called bool, wait time.Duration) {
	leave, wait := bs.enter("usps")
	if leave == nil {
		return false, wait
	}
	leave(outcome)
	return true, 0
}

func TestBreakerOpensProbesAndCloses(t *testing.T) {
	clock := &fakeClock{t: t0}
	bs := newBreakers(CarrierLimits{BreakAfter: 3, Cooldown: time.Minute, MaxCooldown: 4 * time.Minute}, clock.now)
	for i := 0; i < 3; i++ {
		if called, _ := call(bs, down()); !called {
			t.Fatalf("call %d refused before the breaker opened", i)
		}
	}
	if called, wait := call(bs, nil); called || wait != time.Minute {
		t.Fatalf("open breaker let a call through (wait %v)", wait)
	}
	// An unknown number says nothing about the carrier's health.
	other := newBreakers(CarrierLimits{BreakAfter: 2}, clock.now)
	for i := 0; i < 5; i++ {
		if called, _ := call(other, carriers.NewError(carriers.KindNotFound, "usps", errors.New("?"))); !called {
			t.Fatal("not-found answers must not open the breaker")
		}
	}
	clock.add(time.Minute)
	// One probe; while it is out, others wait.
	leave, _ := bs.enter("usps")
	if leave == nil {
		t.Fatal("no probe after the pause")
	}
	if called, _ := call(bs, nil); called {
		t.Fatal("a second call went through during the probe")
	}
	leave(down()) // the probe fails: the pause doubles
	if _, wait := call(bs, nil); wait != 2*time.Minute {
		t.Fatalf("after a failed probe wait %v, want 2m", wait)
	}
	clock.add(2 * time.Minute)
	if called, _ := call(bs, nil); !called {
		t.Fatal("probe refused")
	}
	for i := 0; i < 3; i++ {
		if called, _ := call(bs, nil); !called {
			t.Fatal("a successful probe must close the breaker")
		}
	}
}

func TestRateLimitPausesTheCarrier(t *testing.T) {
	clock := &fakeClock{t: t0}
	bs := newBreakers(CarrierLimits{}, clock.now)
	e := carriers.NewError(carriers.KindRateLimited, "usps", errors.New("429"))
	e.RetryAfter = 90 * time.Second
	call(bs, e)
	if called, wait := call(bs, nil); called || wait != 90*time.Second {
		t.Fatalf("after a 429 with Retry-After 90s: called=%v wait=%v", called, wait)
	}
}

func TestConcurrencyIsBoundedPerCarrier(t *testing.T) {
	bs := newBreakers(CarrierLimits{Concurrent: 2, BusyWait: 10 * time.Millisecond}, nil)
	a, _ := bs.enter("ups")
	b, _ := bs.enter("ups")
	if a == nil || b == nil {
		t.Fatal("two slots expected")
	}
	if c, wait := bs.enter("ups"); c != nil || wait <= 0 {
		t.Fatal("a third concurrent call must be put off")
	}
	if c, _ := bs.enter("fedex"); c == nil {
		t.Fatal("carriers do not share slots")
	} else {
		c(nil)
	}
	a(nil)
	if c, _ := bs.enter("ups"); c == nil {
		t.Fatal("a freed slot must be reusable")
	} else {
		c(nil)
	}
	b(nil)
}
