package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/webhooks"
)

// webhookEvents is how many tracking_update events the delivery scenario queues.
const webhookEvents = 5000

// webhookScenarios time webhook delivery to a local receiver.
func webhookScenarios() []Scenario {
	return []Scenario{{
		Name: "webhooks/deliver",
		About: fmt.Sprintf("%d tracking_update events of seeded trackings queued in the outbox, then leased by the dispatcher "+
			"and delivered (rendered, signed, POSTed) by 64 workers to a local receiver; deliveries per second", webhookEvents),
		Unit:    "deliveries",
		Measure: measureWebhookDeliveries,
	}}
}

func measureWebhookDeliveries(ctx context.Context, env *Env) (Result, error) {
	var got atomic.Int64
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { got.Add(1) }))
	defer recv.Close()
	url := recv.URL
	e, err := env.App.Webhooks.Create(ctx, env.OrgID, webhooks.EndpointInput{URL: &url})
	if err != nil {
		return Result{}, err
	}
	defer env.App.Webhooks.Delete(context.WithoutCancel(ctx), env.OrgID, e.ID)
	for i := range webhookEvents {
		ev := &models.WebhookEvent{ID: models.NewID(), OrganizationID: env.OrgID, Event: models.EventTrackingUpdate,
			TrackingID: env.Data.TrackingIDs[i%len(env.Data.TrackingIDs)], Tag: "InTransit"}
		if err := env.App.DB.RecordEvent(ctx, ev, func(*models.WebhookEndpoint) bool { return true }); err != nil {
			return Result{}, err
		}
	}
	start := time.Now()
	work := make(chan webhooks.Claimed, 1000)
	var wg sync.WaitGroup
	var failed atomic.Int64
	for range 64 {
		wg.Go(func() {
			for c := range work {
				if env.App.Webhooks.Deliver(ctx, c.OrganizationID, c.DeliveryID) != nil {
					failed.Add(1)
				}
			}
		})
	}
	for got.Load() < webhookEvents && time.Since(start) < 2*time.Minute {
		cs, err := env.App.Webhooks.ClaimDue(ctx, 500)
		if err != nil {
			close(work)
			return Result{}, err
		}
		for _, c := range cs {
			work <- c
		}
		if len(cs) == 0 {
			time.Sleep(5 * time.Millisecond)
		}
	}
	close(work)
	wg.Wait()
	secs := time.Since(start).Seconds()
	n := got.Load()
	env.Notef("%d deliveries received in %.1f s (%d failed attempts); the dispatcher leases and the workers deliver in-process, River's hand-off is not timed",
		n, secs, failed.Load())
	return Result{Requests: int(n), Errors: int(failed.Load()), Seconds: secs, RPS: float64(n) / secs, Rate: float64(n) / secs}, nil
}
