package config

import "time"

// Webhooks tunes webhook delivery.
type Webhooks struct {
	// Timeout bounds one request; a 2xx within it is a success.
	Timeout time.Duration
	// MaxAttempts is how many attempts a delivery gets; FirstRetry is the first wait,
	// doubling per attempt (capped at 16 h): 14 attempts from 1 min span about 3 days.
	MaxAttempts int
	FirstRetry  time.Duration
	// DisableAfter disables an endpoint after this many deliveries in a row gave up.
	DisableAfter int
	// Retention is how long events stay readable for replay.
	Retention time.Duration
	// RotationOverlap is how long a rotated-out secret still signs.
	RotationOverlap time.Duration
	// Lease is how long a claimed delivery waits before it is claimed again when its
	// job was lost (0: twice the timeout plus a minute).
	Lease time.Duration
}

func (r *reader) webhooks() Webhooks {
	return Webhooks{
		Timeout:         r.duration("WAYPOST_WEBHOOK_TIMEOUT", 10*time.Second),
		MaxAttempts:     r.integer("WAYPOST_WEBHOOK_MAX_ATTEMPTS", 14),
		FirstRetry:      r.duration("WAYPOST_WEBHOOK_FIRST_RETRY", time.Minute),
		DisableAfter:    r.integer("WAYPOST_WEBHOOK_DISABLE_AFTER", 20),
		Retention:       r.duration("WAYPOST_WEBHOOK_RETENTION", 30*24*time.Hour),
		RotationOverlap: r.duration("WAYPOST_WEBHOOK_ROTATION_OVERLAP", 24*time.Hour),
		Lease:           r.duration("WAYPOST_WEBHOOK_LEASE", 0),
	}
}
