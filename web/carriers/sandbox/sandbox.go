// Package sandbox simulates carriers so Waypost can be demonstrated and tested without
// carrier credentials. It implements carriers.Tracker and marks every Result as Sandbox.
//
// # Time
//
// A parcel's story unfolds in real time from Request.RegisteredAt: event i becomes visible
// once RegisteredAt + offset_i*step <= now(), and its checkpoint time is exactly that
// instant, shown in the local zone of the place it happened. step is the unit of the
// story: with time.Minute a demo moves visibly, with time.Hour it looks like real parcels.
// A zero RegisteredAt shows the whole story, ending at now().
//
// # Choosing a scenario
//
// The tracking number is upper-cased and stripped of everything but letters and digits.
//  1. If it contains a scenario keyword, that scenario is used (longest keyword first):
//     DELIVERED, INFORECEIVED, INTRANSIT, SIGNED, ATTEMPT, PICKUP, CUSTOMS, RETURNED,
//     DAMAGED, LOST, PENDING, EXPIRED, NOTFOUND, DOWN, RATELIMIT, INVALID.
//     Example: "WP-CUSTOMS-001".
//  2. Otherwise, if it ends with a digit, the digit picks:
//     0 delivered, 1 info_received, 2 in_transit, 3 delivered_signed,
//     4 attempt_then_delivered, 5 available_for_pickup, 6 customs_hold,
//     7 returned_to_sender, 8 damaged, 9 lost.
//  3. Otherwise a stable FNV-1a hash of the number picks a digit as in 2.
//
// The error scenarios (expired, not_found, carrier_down, rate_limited, invalid_number) and
// pending are reachable by keyword only, so ordinary-looking numbers never fail.
// Scenarios() lists all of them with an example number and final tag.
//
// # Carriers
//
// Korean couriers (kpost, cjlogistics, hanjin, lotte, logen, cupost, cvsnet, coupangls,
// chunilps, ...) speak Korean with Korean branch names and Asia/Seoul times; Korea Post
// has its own wording. US couriers use US cities and America/* zones; other couriers use
// English in their home country. Every checkpoint's tag comes from the carrier status
// tables applied to its raw status.
package sandbox

import (
	"context"
	"errors"
	"time"
	_ "time/tzdata" // checkpoint zones must not depend on the host's zoneinfo

	"github.com/waypost/waypost/web/carriers"
)

// Sandbox is the simulated carrier. It holds no state besides its clock, so one value
// serves every courier and goroutine.
type Sandbox struct {
	now  func() time.Time
	step time.Duration
}

// New returns a simulator reading time from now (time.Now when nil) whose stories move one
// offset unit per step (one hour when step is not positive).
func New(now func() time.Time, step time.Duration) *Sandbox {
	if now == nil {
		now = time.Now
	}
	if step <= 0 {
		step = time.Hour
	}
	return &Sandbox{now: now, step: step}
}

// Step is the time unit of the stories.
func (s *Sandbox) Step() time.Duration { return s.step }

// Track returns the part of the number's story that has happened by now().
func (s *Sandbox) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, carriers.NewError(carriers.KindUnavailable, req.Slug, err)
	}
	num := normalizeNumber(req.TrackingNumber)
	if num == "" {
		return nil, carriers.NewError(carriers.KindInvalidNumber, req.Slug, errors.New("sandbox: empty tracking number"))
	}
	sc := pick(num)
	now := s.now()
	base := s.baseOf(req.RegisteredAt, sc, now)
	if err := s.failure(req.Slug, sc, base, now); err != nil {
		return nil, err
	}
	p := newParcel(req.Slug, num, sc)
	res := &carriers.Result{}
	for _, tb := range sc.Beats {
		at := base.Add(time.Duration(tb.Offset) * s.step)
		if at.After(now) {
			break
		}
		res.Checkpoints = append(res.Checkpoints, p.checkpoint(tb.Beat, at))
	}
	p.facts(res, base, s.step)
	return res, nil
}

// baseOf is the instant the story starts: RegisteredAt, or for a zero RegisteredAt the
// instant that makes the last event happen now.
func (s *Sandbox) baseOf(registered time.Time, sc *scenario, now time.Time) time.Time {
	if !registered.IsZero() {
		return registered
	}
	last := sc.ErrSteps
	if n := len(sc.Beats); n > 0 && sc.Beats[n-1].Offset > last {
		last = sc.Beats[n-1].Offset
	}
	return now.Add(-time.Duration(last) * s.step)
}

// failure returns the scenario's carrier error while it lasts.
func (s *Sandbox) failure(slug string, sc *scenario, base, now time.Time) error {
	if sc.ErrKind == 0 {
		return nil
	}
	if sc.ErrSteps >= 0 && !now.Before(base.Add(time.Duration(sc.ErrSteps)*s.step)) {
		return nil
	}
	e := carriers.NewError(sc.ErrKind, slug, errors.New("sandbox scenario "+sc.Name))
	if sc.ErrKind == carriers.KindRateLimited || sc.ErrKind == carriers.KindUnavailable {
		e.RetryAfter = s.step
	}
	return e
}

var _ carriers.Tracker = (*Sandbox)(nil)
