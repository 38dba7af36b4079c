package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/waypost/waypost/models"
)

// Payload is what an endpoint receives, in AfterShip's shape.
type Payload struct {
	Event              string          `json:"event"`
	EventID            string          `json:"event_id"`
	IsTrackingFirstTag bool            `json:"is_tracking_first_tag"`
	TS                 int64           `json:"ts"`
	Msg                json.RawMessage `json:"msg"`
}

// Claimed is a delivery leased for one job.
type Claimed struct {
	OrganizationID string
	DeliveryID     string
	// Lease tells one claim of a delivery from the next, so a job lost with its
	// instance does not stop the delivery being queued again.
	Lease int64
}

// ClaimDue leases due deliveries, each the head of its line (event order per tracking
// and endpoint), for jobs to deliver.
func (s *Service) ClaimDue(ctx context.Context, limit int) ([]Claimed, error) {
	ds, err := s.db.ClaimDueDeliveries(ctx, limit, s.opts.Lease)
	if err != nil {
		return nil, err
	}
	out := make([]Claimed, len(ds))
	for i, d := range ds {
		out[i] = Claimed{OrganizationID: d.OrganizationID, DeliveryID: d.ID, Lease: s.db.Now().UnixNano()}
	}
	return out, nil
}

// Deliver makes one attempt of a delivery and records it: delivered on a 2xx, retried
// with backoff otherwise, given up after MaxAttempts.
func (s *Service) Deliver(ctx context.Context, orgID, deliveryID string) error {
	d, err := s.db.WebhookDelivery(ctx, orgID, deliveryID)
	if errors.Is(err, models.ErrNotFound) {
		return nil // the endpoint or the event is gone
	}
	if err != nil || d.Status != models.DeliveryPending {
		return err
	}
	e, err := s.db.WebhookEndpointWithSecrets(ctx, orgID, d.EndpointID)
	if errors.Is(err, models.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if d.Body == "" {
		if err := s.fillBody(ctx, d, e); err != nil {
			return err
		}
	}
	a := s.send(ctx, e, []byte(d.Body))
	o := models.AttemptOutcome{Attempt: a, Delivered: a.StatusCode >= 200 && a.StatusCode < 300,
		DisableAfter: s.opts.DisableAfter}
	if !o.Delivered {
		o.GiveUp = d.Attempts+1 >= s.opts.MaxAttempts
		o.Next = s.db.Now().Add(s.backoff(d.Attempts + 1))
	}
	disabled, err := s.db.FinishAttempt(ctx, d, o)
	if disabled {
		s.log.Warn("webhook endpoint disabled after repeated failures", "endpoint", e.ID, "organization", orgID)
	}
	return err
}

// fillBody renders the payload once, on the first attempt; every retry sends the same bytes.
func (s *Service) fillBody(ctx context.Context, d *models.WebhookDelivery, e *models.WebhookEndpoint) error {
	ev, err := s.db.EventBySeq(ctx, d.OrganizationID, d.EventSeq)
	if err != nil {
		return err
	}
	msg, err := s.msg(ctx, ev, e.APIVersion)
	if err != nil {
		return err
	}
	b, err := json.Marshal(Payload{Event: ev.Event, EventID: ev.ID, IsTrackingFirstTag: ev.FirstTag,
		TS: ev.CreatedAt.Unix(), Msg: msg})
	if err != nil {
		return err
	}
	return s.db.SetDeliveryBody(ctx, d, string(b))
}

func (s *Service) msg(ctx context.Context, ev *models.WebhookEvent, version string) (json.RawMessage, error) {
	if ev.TrackingID == "" || s.render == nil {
		return json.RawMessage(`{"message":"This is a test event from Waypost."}`), nil
	}
	msg, err := s.render(ctx, ev.OrganizationID, ev.TrackingID, version)
	if errors.Is(err, models.ErrNotFound) {
		return json.RawMessage(`{"id":` + quote(ev.TrackingID) + `,"tag":` + quote(ev.Tag) + `}`), nil
	}
	return msg, err
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// send makes the request and reports what came back.
func (s *Service) send(ctx context.Context, e *models.WebhookEndpoint, body []byte) models.WebhookAttempt {
	now := s.db.Now()
	headers := map[string]string{"Content-Type": "application/json", "User-Agent": "Waypost-Webhooks/1",
		"aftership-hmac-sha256": AfterShipSignature(e.Secret, body)}
	secrets := []string{e.Secret}
	if e.PreviousSecret != "" && e.PreviousUntil != nil && now.Before(*e.PreviousUntil) {
		secrets = append(secrets, e.PreviousSecret)
	}
	headers["waypost-signature"] = WaypostSignature(time.Now(), body, secrets...)
	for k, v := range e.Headers {
		headers[k] = v
	}
	a := models.WebhookAttempt{RequestHeaders: map[string]string{"Content-Type": headers["Content-Type"]}}
	ctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.URL, bytes.NewReader(body))
	if err != nil {
		a.Error = err.Error()
		return a
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	start := time.Now()
	res, err := s.client.Do(req)
	a.DurationMS = time.Since(start).Milliseconds()
	if err != nil {
		a.Error = err.Error()
		return a
	}
	defer res.Body.Close()
	excerpt, _ := io.ReadAll(io.LimitReader(res.Body, 1024))
	io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
	a.StatusCode = res.StatusCode
	if utf8.Valid(excerpt) {
		a.ResponseExcerpt = string(excerpt)
	}
	return a
}
