// Package webhooks pushes an organization's events to the endpoints it registers:
// endpoints and their secrets, the outbox of events and deliveries (written by the
// change that causes them), signed delivery with retries, the delivery log and the
// replay of past events.
package webhooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/waypost/waypost/models"
)

// Renderer writes a tracking as the AfterShip API version names it: the msg of a
// tracking_update payload.
type Renderer func(ctx context.Context, orgID, trackingID, apiVersion string) (json.RawMessage, error)

// Options tunes delivery; zero values take the defaults.
type Options struct {
	// AllowPrivate lets endpoints target loopback and private networks.
	AllowPrivate bool
	// Timeout bounds one request; a 2xx within it is a success.
	Timeout time.Duration
	// MaxAttempts and FirstRetry shape the backoff: FirstRetry doubling per attempt,
	// capped at MaxRetryGap.
	MaxAttempts int
	FirstRetry  time.Duration
	MaxRetryGap time.Duration
	// DisableAfter disables an endpoint after this many deliveries in a row gave up.
	DisableAfter int
	// Retention is how long events are kept for replay.
	Retention time.Duration
	// RotationOverlap is how long a rotated-out secret still signs.
	RotationOverlap time.Duration
	// Lease is how long a claimed delivery stays off the dispatcher's list: if its job
	// is lost (the instance died mid-request), the delivery is claimed again then.
	Lease time.Duration
}

func (o Options) withDefaults() Options {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Timeout, 10*time.Second)
	def(&o.FirstRetry, time.Minute)
	def(&o.MaxRetryGap, 16*time.Hour)
	def(&o.Retention, 30*24*time.Hour)
	def(&o.RotationOverlap, 24*time.Hour)
	def(&o.Lease, 2*o.Timeout+time.Minute)
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 14
	}
	if o.DisableAfter <= 0 {
		o.DisableAfter = 20
	}
	return o
}

// Deps are what the service needs.
type Deps struct {
	DB      *models.DB
	Render  Renderer
	Logger  *slog.Logger
	Options Options
}

// Service manages endpoints and delivers events.
type Service struct {
	db     *models.DB
	render Renderer
	log    *slog.Logger
	opts   Options
	guard  guard
	client *http.Client
}

// NewService builds the service and its HTTP client, which checks every address it
// connects to and follows no redirect.
func NewService(d Deps) *Service {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	opts := d.Options.withDefaults()
	g := guard{allowPrivate: opts.AllowPrivate, resolver: net.DefaultResolver}
	dialer := &net.Dialer{Timeout: opts.Timeout, Control: g.control}
	transport := &http.Transport{DialContext: dialer.DialContext, MaxIdleConnsPerHost: 32,
		TLSHandshakeTimeout: opts.Timeout, ResponseHeaderTimeout: opts.Timeout}
	client := &http.Client{Transport: transport, Timeout: opts.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &Service{db: d.DB, render: d.Render, log: d.Logger, opts: opts, guard: g, client: client}
}

// backoff is the wait after the given number of failed attempts.
func (s *Service) backoff(failed int) time.Duration {
	d := s.opts.FirstRetry
	for i := 1; i < failed && d < s.opts.MaxRetryGap; i++ {
		d *= 2
	}
	return min(d, s.opts.MaxRetryGap)
}
