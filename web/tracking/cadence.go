package tracking

import (
	"math/rand/v2"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Cadence decides when a parcel is polled next: often while it moves, rarely when
// it is quiet, never once it is done.
type Cadence struct {
	// Base is the interval for a parcel that moved recently.
	Base time.Duration
	// Max is the interval for a parcel quiet for long.
	Max time.Duration
	// Sandbox is the interval for simulated parcels (their clock runs fast).
	Sandbox time.Duration
	// ExpireAfter is how long a parcel may go without any information before it is Expired.
	ExpireAfter time.Duration
}

// DefaultCadence is the production cadence.
func DefaultCadence() Cadence {
	return Cadence{Base: 30 * time.Minute, Max: 12 * time.Hour, Sandbox: time.Minute, ExpireAfter: 30 * 24 * time.Hour}
}

// next returns when to poll the parcel again, or nil to stop polling.
func (c Cadence) next(p *models.Parcel, now time.Time) *time.Time {
	if !p.Active {
		return nil
	}
	var d time.Duration
	switch {
	case p.Sandbox:
		d = c.Sandbox
	case p.Tag == string(carriers.TagOutForDelivery):
		d = c.Base / 2
	case p.LastEventAt == nil:
		d = c.Base * 2
	default:
		quiet := now.Sub(*p.LastEventAt)
		d = min(max(c.Base, quiet/8), c.Max)
	}
	// Up to 10% jitter so parcels created together spread out.
	d += time.Duration(rand.Int64N(int64(d)/10 + 1))
	t := now.Add(d)
	return &t
}

// backoff returns when to retry a parcel after a failed poll.
func (c Cadence) backoff(failures int, retryAfter time.Duration, now time.Time) time.Time {
	d := c.Base
	if failures < 8 {
		d = min(time.Minute<<failures, c.Max)
	} else {
		d = c.Max
	}
	d = max(d, retryAfter)
	return now.Add(d + time.Duration(rand.Int64N(int64(d)/10+1)))
}
