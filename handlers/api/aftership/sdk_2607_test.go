package aftership_test

import (
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// The newest official SDK, 17.0.0 (API 2026-07), runs unchanged as 15.0.1 does,
// and sees the 2026-07 tracking object: every member its model names is there,
// null where Waypost cannot know it.
func TestOfficialTrackingSDK2607(t *testing.T) {
	requireSDKs(t)
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		steps := runSDK(t, in, "tracking-2026-07.js")
		checkTrackingSDK2507(t, steps)
		created := steps["create"].obj(t, "create")
		if created["shipment_direction"] != "return" {
			t.Errorf("shipment_direction: %v", created["shipment_direction"])
		}
		promised, _ := created["order_promised_delivery_date"].(map[string]any)
		if promised["promised_delivery_date"] != "2026-07-20" {
			t.Errorf("order_promised_delivery_date: %v", created["order_promised_delivery_date"])
		}
		customers, _ := created["customers"].([]any)
		if len(customers) != 1 || customers[0].(map[string]any)["id"] != "cust-7" {
			t.Errorf("customers: %v", created["customers"])
		}
		for _, name := range []string{"proof_of_delivery", "multi_piece_info", "forward_shipment", "return_shipment", "shipment_dimensions"} {
			if v, ok := created[name]; !ok || v != nil {
				t.Errorf("%s: %v (present %v), want null", name, v, ok)
			}
		}
		if _, ok := created["checkpoints"]; !ok {
			t.Error("no checkpoints member")
		}
		if up := steps["update"].obj(t, "update"); up["shipment_direction"] != "forward" {
			t.Errorf("update shipment_direction: %v", up["shipment_direction"])
		}
	})
}
