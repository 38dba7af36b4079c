package sandbox

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// calls runs each Shipper method once for an account, so account triggers can be seen
// to fail all of them.
func calls(s *Shipper, acct carriers.Account) map[string]error {
	ctx := context.Background()
	sh := ship(addr("USA", "10001"), addr("USA", "90001"), lb(1))
	out := map[string]error{}
	_, out["rates"] = s.Rates(ctx, carriers.RateRequest{Account: acct, Shipment: sh})
	_, out["label"] = s.CreateLabel(ctx, carriers.LabelRequest{Account: acct, Shipment: sh, ServiceType: "usps-priority_mail"})
	out["cancel"] = s.CancelLabel(ctx, carriers.CancelRequest{Account: acct, CarrierRef: "sbx-usps-0123456789ab"})
	_, out["pickup"] = s.SchedulePickup(ctx, carriers.PickupRequest{Account: acct, Address: sh.ShipFrom, Date: wedMorning.AddDate(0, 0, 1), TrackingNumbers: []string{"1"}})
	out["cancel pickup"] = s.CancelPickup(ctx, carriers.CancelPickupRequest{Account: acct, ConfirmationNumber: "WTC12345678"})
	_, out["manifest"] = s.CloseManifest(ctx, carriers.ManifestRequest{Account: acct, TrackingNumbers: []string{"1"}})
	return out
}

func TestAccountTriggersFailEveryCall(t *testing.T) {
	tests := []struct {
		description string
		kind        carriers.ErrorKind
		retryAfter  time.Duration
	}{
		{"Warehouse 2 (unavailable)", carriers.KindUnavailable, time.Minute},
		{"bad credentials test", carriers.KindAuth, 0},
		{"Rate Limited account", carriers.KindRateLimited, 30 * time.Second},
	}
	s := shipperAt(wedMorning)
	for _, tt := range tests {
		acct := account("usps")
		acct.Description = tt.description
		for call, err := range calls(s, acct) {
			var ce *carriers.Error
			if carriers.KindOf(err) != tt.kind || !errors.As(err, &ce) || ce.RetryAfter != tt.retryAfter || !strings.Contains(err.Error(), "sandbox trigger") {
				t.Errorf("%q %s: err = %v", tt.description, call, err)
			}
		}
	}
	for call, err := range calls(s, account("usps")) {
		if err != nil {
			t.Errorf("plain account, %s: %v", call, err)
		}
	}
}

func TestShipmentTriggers(t *testing.T) {
	us := addr("USA", "10001")
	named := func(name string) carriers.Address {
		a := addr("USA", "90001")
		a.ContactName = name
		return a
	}
	tests := []struct {
		name     string
		sh       carriers.Shipment
		rateErr  string // "" when rates succeed
		labelErr string // "" when the label succeeds
	}{
		{"postal code 00000", ship(us, addr("USA", "00000"), lb(1)), "postal code 00000 does not exist", "postal code 00000 does not exist"},
		{"999 kg", ship(us, addr("USA", "90001"), kg(999)), "over weight", "over weight"},
		{"999 kg in grams", ship(us, addr("USA", "90001"), carriers.Parcel{Weight: carriers.Weight{Value: 999000, Unit: "g"}}), "over weight", "over weight"},
		{"FAIL RATE", ship(us, named("Fail Rate"), lb(1)), "returned no rate", ""},
		{"FAIL LABEL", ship(us, named("FAIL LABEL"), lb(1)), "", "refused to create the label"},
	}
	s := shipperAt(wedMorning)
	for _, tt := range tests {
		_, rateErr := s.Rates(context.Background(), carriers.RateRequest{Account: account("usps"), Shipment: tt.sh})
		_, labelErr := s.CreateLabel(context.Background(), carriers.LabelRequest{Account: account("usps"), Shipment: tt.sh, ServiceType: "usps-priority_mail"})
		checkTrigger(t, tt.name+" rates", rateErr, tt.rateErr)
		checkTrigger(t, tt.name+" label", labelErr, tt.labelErr)
	}
}

func checkTrigger(t *testing.T, name string, err error, want string) {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		return
	}
	if carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), want) {
		t.Errorf("%s: err = %v, want invalid_number with %q", name, err, want)
	}
}

func TestCancelTriggerMarksTheLabelScanned(t *testing.T) {
	s := shipperAt(wedMorning)
	req := carriers.LabelRequest{Account: account("usps"), Shipment: ship(addr("USA", "10001"), addr("USA", "90001"), lb(1)),
		ServiceType: "usps-priority_mail", References: []string{"order 7", "fail cancel"}}
	label, err := s.CreateLabel(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	err = s.CancelLabel(context.Background(), carriers.CancelRequest{Account: req.Account, CarrierRef: label.CarrierRef, TrackingNumbers: label.TrackingNumbers})
	if carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), "already scanned") {
		t.Errorf("cancel of a scanned label: %v", err)
	}
}

func TestCancelledContextIsUnavailable(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := shipperAt(wedMorning).Rates(ctx, carriers.RateRequest{Account: account("usps"), Shipment: ship(addr("USA", "10001"), addr("USA", "90001"), lb(1))})
	if carriers.KindOf(err) != carriers.KindUnavailable {
		t.Errorf("err = %v", err)
	}
}
