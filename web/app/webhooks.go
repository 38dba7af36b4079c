package app

import (
	"context"

	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/jobs"
	"github.com/waypost/waypost/web/webhooks"
)

func webhookOptions(cfg *config.Config) webhooks.Options {
	w := cfg.Webhooks
	return webhooks.Options{AllowPrivate: cfg.AllowPrivateWebhooks, Timeout: w.Timeout, MaxAttempts: w.MaxAttempts,
		FirstRetry: w.FirstRetry, DisableAfter: w.DisableAfter, Retention: w.Retention, RotationOverlap: w.RotationOverlap, Lease: w.Lease}
}

// webhookJobs adapts the webhooks service to the queue's workers.
type webhookJobs struct{ *webhooks.Service }

func (w webhookJobs) ClaimDue(ctx context.Context, limit int) ([]jobs.Claimed, error) {
	cs, err := w.Service.ClaimDue(ctx, limit)
	out := make([]jobs.Claimed, len(cs))
	for i, c := range cs {
		out[i] = jobs.Claimed{OrgID: c.OrganizationID, DeliveryID: c.DeliveryID, Lease: c.Lease}
	}
	return out, err
}
