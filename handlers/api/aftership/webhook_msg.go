package aftership

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/waypost/waypost/web/tracking"
)

// WebhookMsg renders a tracking as the msg of a webhook payload, in the endpoint's API
// version: the same object GET /trackings/:id returns in that version (unwrapped).
func WebhookMsg(svc *tracking.Service, publicURL string) func(ctx context.Context, orgID, trackingID, version string) (json.RawMessage, error) {
	publicURL = strings.TrimSuffix(publicURL, "/")
	return func(ctx context.Context, orgID, trackingID, version string) (json.RawMessage, error) {
		t, err := svc.Get(ctx, orgID, trackingID)
		if err != nil {
			return nil, err
		}
		d, err := svc.Detail(ctx, t)
		if err != nil {
			return nil, err
		}
		var obj any
		switch version {
		case "2025-07":
			obj = newTracking2507(d, publicURL)
		case "v4":
			obj = newTrackingV4(d)
		default:
			obj = newTracking2404(d)
		}
		return json.Marshal(obj)
	}
}
