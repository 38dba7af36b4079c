package shipping_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/shipping"
)

// A merchant adds an account, compares rates, buys a label that is tracked, books a
// pickup, closes the day, and cannot cancel what was handed over.
func TestShippingFlow(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, false)
		acct := f.usps("Main warehouse")
		if !acct.Sandbox || acct.Status != shipping.AccountEnabled || acct.CredentialHints["client_secret"] != "****1234" {
			t.Errorf("account = %+v", acct)
		}
		quote, err := f.svc.CalculateRates(f.ctx, f.org, shipping.RateInput{ShipperAccountIDs: []string{acct.ID}, Shipment: domestic()})
		if err != nil || quote.Status != shipping.RateCalculated || len(quote.Rates) == 0 {
			t.Fatalf("rates: %+v %v", quote, err)
		}
		l := f.label(acct, "")
		if l.Status != shipping.LabelCreated || len(l.TrackingNumbers) != 1 || !strings.HasPrefix(l.TrackingNumbers[0], "94") {
			t.Fatalf("label = %+v", l)
		}
		if l.Rate == nil || l.Rate.TotalCharge.Amount <= 0 || l.ShipDate != "2026-05-04" || l.ServiceName == "" {
			t.Errorf("label rate %+v, ship date %s", l.Rate, l.ShipDate)
		}
		ct, data := f.fileAt(l.Files.Label)
		if ct != "application/pdf" || !bytes.HasPrefix(data, []byte("%PDF")) || l.Files.Invoice != nil {
			t.Errorf("label file %s, %d bytes, invoice %v", ct, len(data), l.Files.Invoice)
		}
		tr, err := f.in.App.Tracking.Get(f.ctx, f.org, l.TrackingID)
		if err != nil || tr.TrackingNumber != l.TrackingNumbers[0] || tr.Slug != "usps" {
			t.Fatalf("tracking of the label: %+v %v", tr, err)
		}
		if back, err := f.svc.LabelForTracking(f.ctx, f.org, tr.ID); err != nil || back.ID != l.ID {
			t.Errorf("label for tracking: %v %v", back, err)
		}
		p, err := f.svc.CreatePickup(f.ctx, f.org, shipping.PickupInput{LabelIDs: []string{l.ID}, StartTime: "12:00", EndTime: "17:00"}, "")
		if err != nil || p.Status != shipping.PickupCreated || p.ConfirmationNumber == "" || p.PickupDate != "2026-05-04" ||
			p.StartTime != "12:00:00" || p.Address == nil || p.Address.PostalCode != "10118" {
			t.Fatalf("pickup: %+v %v", p, err)
		}
		m, err := f.svc.CreateManifest(f.ctx, f.org, acct.ID, "")
		if err != nil || m.Status != shipping.ManifestManifested || len(m.LabelIDs) != 1 || m.LabelIDs[0] != l.ID {
			t.Fatalf("manifest: %+v %v", m, err)
		}
		if ct, data := f.fileAt(m.File); ct != "application/pdf" || !bytes.HasPrefix(data, []byte("%PDF")) {
			t.Errorf("manifest file %s", ct)
		}
		if got, _ := f.svc.Label(f.ctx, f.org, l.ID); got.Status != shipping.LabelManifested || got.Files.Manifest == nil ||
			got.Files.Manifest.URL != m.File.URL {
			t.Errorf("label after manifest: %s, files %+v", got.Status, got.Files)
		}
		if _, err := f.svc.CreateManifest(f.ctx, f.org, acct.ID, ""); !isFieldError(err, "shipper_account.id") {
			t.Errorf("second manifest with no open label: %v", err)
		}
		if _, err := f.svc.CancelLabel(f.ctx, f.org, l.ID, ""); !isFieldError(err, "label.id") {
			t.Errorf("cancel a manifested label: %v", err)
		}
		if _, err := f.svc.CancelLabel(f.ctx, f.org, "nosuchlabel", ""); !isFieldError(err, "label.id") {
			t.Errorf("cancel an unknown label: %v", err)
		}
	})
}

func TestCancelLabelOnceAndPickupOnce(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, false)
		acct := f.usps("Main warehouse")
		l := f.label(acct, "")
		c, err := f.svc.CancelLabel(f.ctx, f.org, l.ID, "")
		if err != nil || c.Status != shipping.CancelDone || c.LabelID != l.ID {
			t.Fatalf("cancel: %+v %v", c, err)
		}
		if got, _ := f.svc.Label(f.ctx, f.org, l.ID); got.Status != shipping.LabelCancelled {
			t.Errorf("label after cancel: %s", got.Status)
		}
		if _, err := f.svc.CancelLabel(f.ctx, f.org, l.ID, ""); !isFieldError(err, "label.id") {
			t.Errorf("cancel twice: %v", err)
		}
		if _, err := f.svc.CreateManifest(f.ctx, f.org, acct.ID, ""); !isFieldError(err, "shipper_account.id") {
			t.Errorf("a cancelled label was manifested: %v", err)
		}
		list, err := f.svc.ListCancelLabels(f.ctx, f.org, shipping.ListFilter{})
		if err != nil || list.Total != 1 {
			t.Errorf("cancellations: %+v %v", list, err)
		}
		addr := newYorkAddress()
		p, err := f.svc.CreatePickup(f.ctx, f.org, shipping.PickupInput{ShipperAccountID: acct.ID, Address: &addr,
			Parcels: domestic().Parcels, StartTime: "12:00", EndTime: "17:00"}, "")
		if err != nil || p.Status != shipping.PickupCreated {
			t.Fatalf("pickup of parcels: %+v %v", p, err)
		}
		cp, err := f.svc.CancelPickup(f.ctx, f.org, p.ID, "")
		if err != nil || cp.Status != shipping.CancelDone {
			t.Fatalf("cancel pickup: %+v %v", cp, err)
		}
		if _, err := f.svc.CancelPickup(f.ctx, f.org, p.ID, ""); !isFieldError(err, "pickup.id") {
			t.Errorf("cancel a pickup twice: %v", err)
		}
	})
}

func isFieldError(err error, path string) bool {
	var fe shipping.FieldErrors
	if !errors.As(err, &fe) {
		return false
	}
	for _, e := range fe {
		if e.Path == path {
			return true
		}
	}
	return false
}

func TestTenantsSeeOnlyTheirOwnShipping(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, false)
		acct := f.usps("Main warehouse")
		l := f.label(acct, "")
		other := f.otherOrg()
		if _, err := f.svc.Label(f.ctx, other, l.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b read org a's label: %v", err)
		}
		if page, err := f.svc.ListLabels(f.ctx, other, shipping.LabelFilter{}); err != nil || page.Total != 0 || len(page.Items) != 0 {
			t.Errorf("org b lists %d labels, %v", page.Total, err)
		}
		if _, err := f.svc.ShipperAccount(f.ctx, other, acct.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b read org a's account: %v", err)
		}
		if _, err := f.svc.CreateLabel(f.ctx, other, shipping.LabelInput{ShipperAccountID: acct.ID,
			ServiceType: "usps-priority_mail", Shipment: domestic()}, ""); !isFieldError(err, "shipper_account.id") {
			t.Errorf("org b bought on org a's account: %v", err)
		}
		if _, err := f.svc.CancelLabel(f.ctx, other, l.ID, ""); !isFieldError(err, "label.id") {
			t.Errorf("org b cancelled org a's label: %v", err)
		}
		if _, err := f.svc.LabelForTracking(f.ctx, other, l.TrackingID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b found org a's label by tracking: %v", err)
		}
		if page, _ := f.svc.ListLabels(f.ctx, f.org, shipping.LabelFilter{TrackingNumber: l.TrackingNumbers[0]}); page.Total != 1 {
			t.Errorf("org a lists %d labels by number", page.Total)
		}
	})
}
