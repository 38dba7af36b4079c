package shipping_test

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping"
)

func TestIdempotencyKeyBuysOneLabel(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, false)
		acct := f.usps("Main warehouse")
		first := f.label(acct, "order-1001")
		again := f.label(acct, "order-1001")
		if again.ID != first.ID || again.TrackingNumbers[0] != first.TrackingNumbers[0] {
			t.Errorf("retry bought another label: %s vs %s", again.ID, first.ID)
		}
		page, _ := f.svc.ListLabels(f.ctx, f.org, shipping.LabelFilter{})
		if page.Total != 1 {
			t.Errorf("%d labels after a retried request", page.Total)
		}
		_, err := f.svc.CreateLabel(f.ctx, f.org, shipping.LabelInput{ShipperAccountID: acct.ID,
			ServiceType: "usps-ground_advantage", Shipment: domestic()}, "order-1001")
		if !errors.Is(err, shipping.ErrKeyReused) || !errors.Is(err, models.ErrConflict) {
			t.Errorf("same key, other request: %v", err)
		}
		if other := f.label(acct, "order-1002"); other.ID == first.ID {
			t.Error("another key returned the first label")
		}
	})
}

func TestFailingAccountGivesARateWithItsError(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, false)
		good := f.usps("Main warehouse")
		bad := f.account("ups", "UPS unavailable", map[string]string{"client_id": "id", "client_secret": "secret", "account_number": "A1B2C3"})
		if !bad.Sandbox {
			t.Error("a carrier without a live adapter should give a sandbox account")
		}
		q, err := f.svc.CalculateRates(f.ctx, f.org, shipping.RateInput{Shipment: domestic()})
		if err != nil || q.Status != shipping.RateCalculated {
			t.Fatalf("rates: %+v %v", q, err)
		}
		var ok, failed int
		for _, r := range q.Rates {
			switch {
			case r.ShipperAccount.ID == good.ID && r.ErrorMessage == "" && r.TotalCharge.Amount > 0:
				ok++
			case r.ShipperAccount.ID == bad.ID && r.ErrorMessage != "" && r.TotalCharge.Amount == 0:
				failed++
			default:
				t.Errorf("unexpected rate %+v", r)
			}
		}
		if ok == 0 || failed != 1 {
			t.Errorf("%d good rates, %d failed", ok, failed)
		}
		if got, err := f.svc.Rate(f.ctx, f.org, q.ID); err != nil || len(got.Rates) != len(q.Rates) {
			t.Errorf("stored quote: %v", err)
		}
		only, _ := f.svc.CalculateRates(f.ctx, f.org, shipping.RateInput{ShipperAccountIDs: []string{bad.ID}, Shipment: domestic()})
		if only.Status != shipping.RateFailed {
			t.Errorf("every account failed, quote is %s", only.Status)
		}
	})
}

func TestAsyncLabelIsBoughtByAJob(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, true)
		acct := f.usps("Main warehouse")
		l, err := f.svc.CreateLabel(f.ctx, f.org, shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "usps-priority_mail",
			Shipment: domestic(), Async: true}, "")
		if err != nil || l.Status != shipping.LabelCreating || len(l.TrackingNumbers) != 0 {
			t.Fatalf("async label: %+v %v", l, err)
		}
		q, err := f.svc.CalculateRates(f.ctx, f.org, shipping.RateInput{Shipment: domestic(), Async: true})
		if err != nil || q.Status != shipping.RateCalculating {
			t.Fatalf("async rates: %+v %v", q, err)
		}
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			got, _ := f.svc.Label(f.ctx, f.org, l.ID)
			rates, _ := f.svc.Rate(f.ctx, f.org, q.ID)
			if got.Status != shipping.LabelCreating && rates.Status != shipping.RateCalculating {
				if got.Status != shipping.LabelCreated || got.Files.Label == nil || got.TrackingID == "" {
					t.Errorf("label after its job: %+v", got)
				}
				if rates.Status != shipping.RateCalculated || len(rates.Rates) == 0 {
					t.Errorf("rates after their job: %+v", rates)
				}
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatal("the async label or rates were never finished")
	})
}

func TestInternationalLabelHasAnInvoice(t *testing.T) {
	f := newFixture(t, "sqlite", false)
	acct := f.usps("Main warehouse")
	sh := domestic()
	sh.ShipTo = carriers.Address{ContactName: "Kim Minsu", Street1: "396 Sejong-daero", City: "Seoul", PostalCode: "04524",
		Country: "KOR", Phone: "+82 2 555 0100"}
	in := shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "usps-priority_mail_international", Shipment: sh}
	if _, err := f.svc.CreateLabel(f.ctx, f.org, in, ""); !isFieldError(err, "customs.purpose") {
		t.Errorf("goods abroad without customs: %v", err)
	}
	in.Customs = &carriers.Customs{Purpose: "merchandise", TermsOfTrade: "ddu"}
	l, err := f.svc.CreateLabel(f.ctx, f.org, in, "")
	if err != nil || l.Files.Invoice == nil {
		t.Fatalf("international label: %+v %v", l, err)
	}
	if ct, data := f.fileAt(l.Files.Invoice); ct != "application/pdf" || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Errorf("invoice %s", ct)
	}
}

func TestRequestsAreCheckedField(t *testing.T) {
	f := newFixture(t, "sqlite", false)
	_, err := f.svc.CreateShipperAccount(f.ctx, f.org, shipping.ShipperAccountInput{Slug: "usps",
		Credentials: map[string]string{"client_id": "k", "client_secret": "s", "crid": "12", "mid": "901234567", "account_number": "1"}})
	if !isFieldError(err, "credentials.crid") || isFieldError(err, "credentials.mid") {
		t.Errorf("bad crid: %v", err)
	}
	if _, err := f.svc.CreateShipperAccount(f.ctx, f.org, shipping.ShipperAccountInput{Slug: "hanjin"}); !isFieldError(err, "slug") {
		t.Errorf("not a shipping carrier: %v", err)
	}
	if _, err := f.svc.CreateShipperAccount(f.ctx, f.org, shipping.ShipperAccountInput{Slug: "usps", Timezone: "Mars/Base",
		Credentials: uspsCredentials()}); !isFieldError(err, "timezone") {
		t.Errorf("bad timezone: %v", err)
	}
	live := f.account("usps", "Live", map[string]string{"client_id": "k", "client_secret": "s", "crid": "12345678",
		"mid": "901234567", "account_number": "1000123456"})
	if live.Sandbox {
		t.Error("a USPS account without the sandbox credential should be live")
	}
	if l, sb := f.svc.AccountModes("usps"); !l || !sb {
		t.Errorf("usps modes: live %v, sandbox %v", l, sb)
	}
	kr, err := f.svc.CreateShipperAccount(f.ctx, f.org, shipping.ShipperAccountInput{Slug: "cjlogistics",
		Credentials: map[string]string{"customer_id": "30224130", "business_number": "123-45-67890", "api_key": "k"}})
	if err != nil || kr.Timezone != "Asia/Seoul" || !kr.Sandbox {
		t.Errorf("account without a time zone: %+v %v", kr, err)
	}
	if l, _ := f.svc.AccountModes("ups"); l {
		t.Error("ups has no live shipping adapter")
	}
	acct := f.usps("Main warehouse")
	bad := domestic()
	bad.ShipTo.PostalCode = ""
	bad.Parcels[0].Weight.Unit = "stone"
	_, err = f.svc.CreateLabel(f.ctx, f.org, shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "ups-ground",
		PaperSize: "A3", FileType: "gif", Shipment: bad}, "")
	for _, path := range []string{"service_type", "paper_size", "file_type", "shipment.ship_to.postal_code", "shipment.parcels.0.weight.unit"} {
		if !isFieldError(err, path) {
			t.Errorf("no error on %s: %v", path, err)
		}
	}
	if page, _ := f.svc.ListLabels(f.ctx, f.org, shipping.LabelFilter{}); page.Total != 0 {
		t.Errorf("a refused request stored %d labels", page.Total)
	}
	if _, err := f.svc.CreateLabel(f.ctx, f.org, shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "usps-priority_mail",
		PaperSize: "A4", FileType: "zpl", Shipment: domestic()}, ""); !isFieldError(err, "paper_size") {
		t.Errorf("zpl on A4: %v", err)
	}
	disabled, _ := f.svc.SetShipperAccountStatus(f.ctx, f.org, acct.ID, shipping.AccountDisabled)
	if disabled.Status != shipping.AccountDisabled {
		t.Errorf("status %s", disabled.Status)
	}
	if _, err := f.svc.CreateLabel(f.ctx, f.org, shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "usps-priority_mail",
		Shipment: domestic()}, ""); !isFieldError(err, "shipper_account.id") {
		t.Errorf("label on a disabled account: %v", err)
	}
}

func TestCarrierRefusalFailsTheLabel(t *testing.T) {
	f := newFixture(t, "sqlite", false)
	acct := f.usps("Main warehouse")
	sh := domestic()
	sh.ShipTo.ContactName = "FAIL LABEL"
	l, err := f.svc.CreateLabel(f.ctx, f.org, shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "usps-priority_mail", Shipment: sh}, "k1")
	var ce *shipping.CarrierError
	if !errors.As(err, &ce) || ce.Retryable || l == nil || l.Status != shipping.LabelFailed || l.ErrorMessage == "" {
		t.Fatalf("refused label: %+v %v", l, err)
	}
	// The refused request bought nothing, so its key can be used again.
	if ok := f.label(acct, "k1"); ok.Status != shipping.LabelCreated {
		t.Errorf("retry after a refusal: %+v", ok)
	}
}

func TestAddressValidation(t *testing.T) {
	f := newFixture(t, "sqlite", false)
	v, err := f.svc.ValidateAddress(f.ctx, f.org, carriers.Address{Street1: "350 5th ave", City: "new york", State: "ny",
		PostalCode: "10118", Country: "US"})
	if err != nil || v.Status != "valid" || v.Address.Country != "USA" {
		t.Fatalf("valid address: %+v %v", v, err)
	}
	bad, err := f.svc.ValidateAddress(f.ctx, f.org, carriers.Address{Street1: "1 Main St", City: "Boston", State: "MA",
		PostalCode: "1234", Country: "USA"})
	if err != nil || bad.Status == "valid" || len(bad.Issues) == 0 {
		t.Errorf("bad postal code: %+v %v", bad, err)
	}
	if _, err := f.svc.ValidateAddress(f.ctx, f.org, carriers.Address{Street1: "1 Main St", Country: "USA"}); !isFieldError(err, "address.city") {
		t.Errorf("missing city: %v", err)
	}
	if page, _ := f.svc.ListAddressValidations(f.ctx, f.org, shipping.ListFilter{}); page.Total != 2 {
		t.Errorf("%d validations stored", page.Total)
	}
	if got, err := f.svc.AddressValidation(f.ctx, f.org, v.ID); err != nil || got.Status != "valid" {
		t.Errorf("read back: %v", err)
	}
	if _, _, _, err := f.svc.File(f.ctx, "../../etc/passwd"); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("a path as a file token: %v", err)
	}
}

func TestListsPageWithTokens(t *testing.T) {
	f := newFixture(t, "sqlite", false)
	acct := f.usps("Main warehouse")
	var ids []string
	for range 3 {
		f.in.Clock.Advance(time.Second)
		ids = append(ids, f.label(acct, "").ID)
	}
	first, err := f.svc.ListLabels(f.ctx, f.org, shipping.LabelFilter{Limit: 2})
	if err != nil || len(first.Items) != 2 || first.Total != 3 || first.NextToken == "" || first.Items[0].ID != ids[2] {
		t.Fatalf("first page: %+v %v", first, err)
	}
	next, err := f.svc.ListLabels(f.ctx, f.org, shipping.LabelFilter{Limit: 2, NextToken: first.NextToken})
	if err != nil || len(next.Items) != 1 || next.Items[0].ID != ids[0] || next.NextToken != "" {
		t.Errorf("next page: %+v %v", next, err)
	}
	if _, err := f.svc.ListLabels(f.ctx, f.org, shipping.LabelFilter{NextToken: "garbage"}); !isFieldError(err, "next_token") {
		t.Errorf("bad token: %v", err)
	}
}
