package polling

import (
	"math/rand/v2"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Cadence decides when a parcel is polled next: often while it is fresh or moving,
// less as it goes quiet, a few more times after delivery (carriers correct delivery
// scans and add signatures), never once it is done.
type Cadence struct {
	// Base is the interval for a parcel that moved recently or has just been created.
	Base time.Duration
	// LastMile is the interval while a parcel is out for delivery, after a failed
	// attempt, or waiting at a pickup point: the moments a recipient watches.
	LastMile time.Duration
	// Max is the interval for a parcel quiet for long.
	Max time.Duration
	// Grace is how long a delivered (or returned, or lost) parcel is still watched.
	Grace time.Duration
	// ExpireAfter is how long a parcel may go without any news before it is Expired.
	ExpireAfter time.Duration
	// Sandbox is the simulator's step. Simulated stories unfold one step per story
	// hour, so every interval above is scaled by Sandbox/hour for sandbox parcels.
	Sandbox time.Duration
}

// DefaultCadence is the production cadence.
func DefaultCadence() Cadence {
	return Cadence{
		Base: 30 * time.Minute, LastMile: 15 * time.Minute, Max: 12 * time.Hour,
		Grace: 24 * time.Hour, ExpireAfter: 30 * 24 * time.Hour, Sandbox: time.Minute,
	}
}

// scaled returns the cadence of a parcel: sandbox parcels run on story time.
func (c Cadence) scaled(sandbox bool) Cadence {
	if !sandbox || c.Sandbox <= 0 || c.Sandbox == time.Hour {
		return c
	}
	f := func(d time.Duration) time.Duration {
		return max(time.Duration(float64(d)*float64(c.Sandbox)/float64(time.Hour)), time.Second)
	}
	return Cadence{Base: f(c.Base), LastMile: f(c.LastMile), Max: f(c.Max), Grace: f(c.Grace),
		ExpireAfter: f(c.ExpireAfter), Sandbox: c.Sandbox}
}

// next returns when to poll the parcel again, or nil to stop polling it.
func (c Cadence) next(p *models.Parcel, now time.Time) *time.Time {
	c = c.scaled(p.Sandbox)
	var d time.Duration
	switch carriers.Tag(p.Tag) {
	case carriers.TagExpired:
		return nil
	case carriers.TagOutForDelivery, carriers.TagAttemptFail, carriers.TagAvailableForPickup:
		d = c.LastMile
	default:
		if terminal(p.Tag, p.Subtag) {
			return c.grace(p, now)
		}
		d = c.quietInterval(p, now)
	}
	t := now.Add(jitter(d))
	return &t
}

// quietInterval grows with the time since the parcel's last news: a quarter of the
// silence, between Base and Max. A parcel with no events yet counts from its creation.
func (c Cadence) quietInterval(p *models.Parcel, now time.Time) time.Duration {
	since := p.CreatedAt
	if p.LastEventAt != nil {
		since = *p.LastEventAt
	}
	return min(max(now.Sub(since)/4, c.Base), c.Max)
}

// grace keeps a finished parcel on a slow schedule until Grace after its last event.
func (c Cadence) grace(p *models.Parcel, now time.Time) *time.Time {
	if p.LastEventAt == nil {
		return nil
	}
	end := p.LastEventAt.Add(c.Grace)
	if !now.Before(end) {
		return nil
	}
	t := now.Add(jitter(c.Grace / 4))
	if t.After(end) {
		t = end
	}
	return &t
}

// expired reports whether a parcel whose journey is not over has gone ExpireAfter
// without news: no event since it was created or retracked, or its last event that long
// ago.
func (c Cadence) expired(p *models.Parcel, tag, subtag string, now time.Time) bool {
	if terminal(tag, subtag) && tag != string(carriers.TagExpired) {
		return false
	}
	since := p.CreatedAt
	for _, t := range []*time.Time{p.ActiveSince, p.LastEventAt} {
		if t != nil && t.After(since) {
			since = *t
		}
	}
	return now.Sub(since) > c.scaled(p.Sandbox).ExpireAfter
}

// backoff returns when to retry a parcel after failures in a row: a minute, doubling up
// to Max, and never sooner than the carrier asked.
func (c Cadence) backoff(p *models.Parcel, retryAfter time.Duration, now time.Time) time.Time {
	c = c.scaled(p.Sandbox)
	d := c.Max
	if p.Failures < 16 {
		d = min(c.unit()<<max(p.Failures-1, 0), c.Max)
	}
	return now.Add(jitter(max(d, retryAfter)))
}

// unit is the first retry delay: a minute of (story) time.
func (c Cadence) unit() time.Duration {
	return max(c.Base/30, time.Second)
}

// jitter spreads polls by up to 10% so parcels created together do not stay in step.
func jitter(d time.Duration) time.Duration {
	return d + time.Duration(rand.Int64N(int64(d)/10+1))
}
