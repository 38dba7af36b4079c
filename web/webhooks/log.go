package webhooks

import (
	"context"

	"github.com/waypost/waypost/models"
)

// DeliveryLog is a delivery with its attempts.
type DeliveryLog struct {
	models.WebhookDelivery
	Attempts []models.WebhookAttempt
}

// Deliveries is an endpoint's recent deliveries with their attempts, newest first.
func (s *Service) Deliveries(ctx context.Context, orgID, endpointID string, limit int) ([]DeliveryLog, error) {
	if _, err := s.db.WebhookEndpoint(ctx, orgID, endpointID); err != nil {
		return nil, err
	}
	ds, err := s.db.WebhookDeliveries(ctx, orgID, endpointID, limit)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ds))
	for i := range ds {
		ids[i] = ds[i].ID
	}
	as, err := s.db.WebhookAttempts(ctx, ids)
	if err != nil {
		return nil, err
	}
	byDelivery := map[string][]models.WebhookAttempt{}
	for _, a := range as {
		byDelivery[a.DeliveryID] = append(byDelivery[a.DeliveryID], a)
	}
	out := make([]DeliveryLog, len(ds))
	for i, d := range ds {
		out[i] = DeliveryLog{WebhookDelivery: d, Attempts: byDelivery[d.ID]}
	}
	return out, nil
}

// Redeliver queues a delivery again with a fresh round of attempts.
func (s *Service) Redeliver(ctx context.Context, orgID, endpointID, deliveryID string) error {
	return s.db.RedeliverWebhook(ctx, orgID, endpointID, deliveryID)
}

// SendTest queues a test event to the endpoint alone.
func (s *Service) SendTest(ctx context.Context, orgID, endpointID string) (*models.WebhookDelivery, error) {
	var d *models.WebhookDelivery
	err := s.db.Tx(ctx, func(tx *models.DB) error {
		if _, err := tx.WebhookEndpoint(ctx, orgID, endpointID); err != nil {
			return err
		}
		ev := &models.WebhookEvent{ID: models.NewID(), OrganizationID: orgID, Event: "test", CreatedAt: tx.Now()}
		if err := tx.RecordEvent(ctx, ev, func(*models.WebhookEndpoint) bool { return false }); err != nil {
			return err
		}
		var err error
		d, err = tx.AddDelivery(ctx, ev, endpointID)
		return err
	})
	return d, err
}

// EventPage is a page of the replay log and the cursor of the next.
type EventPage struct {
	Events []Payload
	Next   int64
}

// Replay lists the organization's events after the cursor, oldest first, each as the
// payload a tracking_update sends (msg as the tracking reads now, in 2024-04).
func (s *Service) Replay(ctx context.Context, orgID string, since int64, limit int) (EventPage, error) {
	evs, err := s.db.Events(ctx, orgID, since, limit)
	if err != nil {
		return EventPage{}, err
	}
	page := EventPage{Events: make([]Payload, len(evs)), Next: since}
	for i := range evs {
		msg, err := s.msg(ctx, &evs[i], APIVersions[0])
		if err != nil {
			return EventPage{}, err
		}
		page.Events[i] = Payload{Event: evs[i].Event, EventID: evs[i].ID, IsTrackingFirstTag: evs[i].FirstTag,
			TS: evs[i].CreatedAt.Unix(), Msg: msg}
		page.Next = evs[i].Seq
	}
	return page, nil
}

// Prune deletes events past the retention period, with their deliveries.
func (s *Service) Prune(ctx context.Context) (int64, error) {
	return s.db.DeleteEventsBefore(ctx, s.db.Now().Add(-s.opts.Retention))
}
