package shipping_test

import (
	"sync"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/shipping"
)

// Retries that arrive together with one key still buy one label.
func TestConcurrentRetriesBuyOneLabel(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, false)
		acct := f.usps("Main warehouse")
		in := shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "usps-priority_mail", Shipment: domestic()}
		ids := make([]string, 4)
		var wg sync.WaitGroup
		for i := range ids {
			wg.Go(func() {
				l, err := f.svc.CreateLabel(f.ctx, f.org, in, "same-key")
				if err != nil {
					t.Errorf("request %d: %v", i, err)
					return
				}
				ids[i] = l.ID
			})
		}
		wg.Wait()
		for _, id := range ids {
			if id != ids[0] {
				t.Errorf("labels %v", ids)
				break
			}
		}
		if page, _ := f.svc.ListLabels(f.ctx, f.org, shipping.LabelFilter{}); page.Total != 1 {
			t.Errorf("%d labels bought", page.Total)
		}
	})
}
