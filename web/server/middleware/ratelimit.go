package middleware

import (
	"math"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
)

// Limiter is a fixed-window request counter per key (API key, IP, email).
// Windows are aligned to the clock so X-RateLimit-Reset is the same for everyone.
type Limiter struct {
	limit  int
	window time.Duration
	now    func() time.Time

	mu     sync.Mutex
	start  time.Time
	counts map[string]int
}

// NewLimiter allows limit requests per window per key.
func NewLimiter(limit int, window time.Duration, now func() time.Time) *Limiter {
	if now == nil {
		now = time.Now
	}
	return &Limiter{limit: limit, window: window, now: now, counts: map[string]int{}}
}

// Decision is the outcome of one Allow call.
type Decision struct {
	Allowed   bool
	Limit     int
	Remaining int
	Reset     time.Time
}

// Allow counts one request for key.
func (l *Limiter) Allow(key string) Decision {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	start := now.Truncate(l.window)
	if !start.Equal(l.start) {
		// A new window: forget every key at once, which also bounds memory.
		l.start, l.counts = start, map[string]int{}
	}
	n := l.counts[key] + 1
	l.counts[key] = n
	return Decision{Allowed: n <= l.limit, Limit: l.limit, Remaining: max(l.limit-n, 0), Reset: start.Add(l.window)}
}

// Peek reports whether key is already over the limit, without counting.
func (l *Limiter) Peek(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.now().Truncate(l.window).Equal(l.start) {
		return false
	}
	return l.counts[key] >= l.limit
}

// SetHeaders writes the X-RateLimit-* headers AfterShip clients read.
func (d Decision) SetHeaders(c *gin.Context) {
	c.Header("X-RateLimit-Limit", strconv.Itoa(d.Limit))
	c.Header("X-RateLimit-Remaining", strconv.Itoa(d.Remaining))
	c.Header("X-RateLimit-Reset", strconv.FormatInt(d.Reset.Unix(), 10))
	if !d.Allowed {
		secs := int(math.Ceil(time.Until(d.Reset).Seconds()))
		c.Header("Retry-After", strconv.Itoa(max(secs, 1)))
	}
}
