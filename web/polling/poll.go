package polling

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// callTimeout bounds one carrier call, token requests included.
const callTimeout = 30 * time.Second

// Poll asks the carrier about a parcel now and stores what is new; the public page uses
// it to refresh stale data. Carrier failures are recorded on the parcel and scheduled for
// retry; only storage failures are returned.
func (s *Service) Poll(ctx context.Context, parcelID string) error {
	p, err := s.db.ParcelByID(ctx, parcelID)
	if errors.Is(err, models.ErrNotFound) || (err == nil && !p.Active) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.poll(ctx, p)
}

// PollDue is the scheduled poll. It does nothing when the parcel was polled at or after
// since - by another instance, or by a visitor of the public page - or has left the
// schedule, so however many jobs name a parcel it is polled once.
func (s *Service) PollDue(ctx context.Context, parcelID string, since time.Time) error {
	p, err := s.db.ParcelByID(ctx, parcelID)
	if errors.Is(err, models.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if p.NextPollAt == nil || (p.LastPolledAt != nil && !p.LastPolledAt.Before(since)) {
		return nil
	}
	return s.poll(ctx, p)
}

func (s *Service) poll(ctx context.Context, p *models.Parcel) error {
	if p.Active && p.Tag == string(carriers.TagExpired) {
		// Retracked after it expired.
		if err := Reopen(ctx, s.db, p, s.now().UTC()); err != nil {
			return err
		}
	}
	req, err := s.request(ctx, p)
	if err != nil {
		return err
	}
	tr, live, err := s.registry.For(req)
	if err != nil {
		return s.pollFailed(ctx, p, err)
	}
	if !live {
		if !p.Sandbox && p.LastEventAt != nil {
			// Real events are never continued with simulated ones.
			return s.pollFailed(ctx, p, carriers.NewError(carriers.KindNotConfigured, p.Slug,
				errors.New("the carrier's credentials are gone; simulated events would mix with real ones")))
		}
		p.Sandbox = true // even a failed poll follows the simulator's clock
		res, err := s.call(ctx, tr, req)
		return s.record(ctx, p, res, err)
	}
	leave, wait := s.breakers.enter(p.Slug)
	if leave == nil {
		// The carrier is busy or resting after failures: try later, without a failure.
		return s.db.DeferParcel(ctx, p.ID, s.now().Add(jitter(wait)))
	}
	res, err := s.call(ctx, tr, req)
	leave(err)
	return s.record(ctx, p, res, err)
}

// request builds the carrier request; an organization's own credentials are looked up
// only for carriers with a live adapter.
func (s *Service) request(ctx context.Context, p *models.Parcel) (carriers.Request, error) {
	req := carriers.Request{Slug: p.Slug, TrackingNumber: p.TrackingNumber, Fields: p.Fields, RegisteredAt: p.CreatedAt}
	if !s.registry.Live(p.Slug) {
		return req, nil
	}
	if ok, err := s.hasConnections(ctx, p.Slug); !ok || err != nil {
		return req, err
	}
	creds, err := s.db.ParcelCredentials(ctx, p.ID, p.Slug)
	req.Credentials = creds
	return req, err
}

func (s *Service) call(ctx context.Context, tr carriers.Tracker, req carriers.Request) (*carriers.Result, error) {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	return tr.Track(ctx, req)
}

func (s *Service) record(ctx context.Context, p *models.Parcel, res *carriers.Result, err error) error {
	if err != nil {
		return s.pollFailed(ctx, p, err)
	}
	return s.applyResult(ctx, p, res)
}

// pollFailed records a failed poll. A parcel with no events yet shows why in its Pending
// subtag; unknown numbers follow the quiet cadence (carriers learn labels late), other
// retryable failures back off, final ones wait the longest interval for a retrack or a
// new credential.
func (s *Service) pollFailed(ctx context.Context, p *models.Parcel, err error) error {
	now := s.now().UTC()
	kind := carriers.KindOf(err)
	var ce *carriers.Error
	retryAfter := time.Duration(0)
	if errors.As(err, &ce) {
		retryAfter = ce.RetryAfter
	}
	oldTag, oldSubtag, oldActive := p.Tag, p.Subtag, p.Active
	p.LastPolledAt, p.PollCount = &now, p.PollCount+1
	p.LastError = fmt.Sprintf("%s: %v", kind, err)
	p.Failures++
	switch {
	case kind == carriers.KindNotFound:
		p.NextPollAt = s.cadence.next(p, now)
	case kind.Retryable():
		next := s.cadence.backoff(p, retryAfter, now)
		p.NextPollAt = &next
	default:
		next := now.Add(jitter(s.cadence.scaled(p.Sandbox).Max))
		p.NextPollAt = &next
	}
	s.log.InfoContext(ctx, "poll failed", "parcel", p.ID, "slug", p.Slug, "kind", kind.String(), "err", err)
	return s.db.Tx(ctx, func(tx *models.DB) error {
		status, subtag := p.Tag, p.Subtag
		if p.LastEventAt == nil && carriers.Tag(p.Tag) == carriers.TagPending {
			subtag = carriers.PendingSubtagOf(kind)
		}
		if s.cadence.expired(p, status, subtag, now) {
			status, subtag = string(carriers.TagExpired), "Expired_001"
			p.Active, p.NextPollAt = false, nil
		}
		if err := setStatus(ctx, tx, p, status, subtag); err != nil {
			return err
		}
		return SaveParcel(ctx, tx, p, oldTag != p.Tag || oldSubtag != p.Subtag || oldActive != p.Active)
	})
}
