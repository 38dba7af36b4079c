package shipping_test

import (
	"context"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping"
)

func TestMain(m *testing.M) { apptest.Main(m) }

// monday is Monday 4 May 2026, 10:00 in New York: before every US cut-off.
var monday = time.Date(2026, 5, 4, 14, 0, 0, 0, time.UTC)

type fixture struct {
	t   *testing.T
	in  *apptest.Instance
	svc *shipping.Service
	ctx context.Context
	org string
}

func newFixture(t *testing.T, dialect string, jobs bool) *fixture {
	in := apptest.Start(t, dialect, apptest.Options{Start: monday, Jobs: jobs})
	return &fixture{t: t, in: in, svc: in.App.Shipping, ctx: context.Background(), org: in.OrgID(t)}
}

// otherOrg is a second merchant on the same instance.
func (f *fixture) otherOrg() string {
	f.t.Helper()
	org := &models.Organization{Name: "Other", Slug: models.NewID()}
	if err := f.in.App.DB.CreateAccount(f.ctx, org, &models.User{Email: models.NewID() + "@example.com", PasswordHash: "x"}); err != nil {
		f.t.Fatal(err)
	}
	return org.ID
}

// uspsCredentials are well-formed USPS credentials that ask for the sandbox.
func uspsCredentials() map[string]string {
	return map[string]string{"client_id": "consumer-key", "client_secret": "consumer-secret-1234",
		"crid": "12345678", "mid": "901234567", "account_number": "1000123456", "sandbox": "true"}
}

func (f *fixture) account(slug, description string, creds map[string]string) *shipping.ShipperAccount {
	f.t.Helper()
	a, err := f.svc.CreateShipperAccount(f.ctx, f.org, shipping.ShipperAccountInput{Slug: slug, Description: description,
		Timezone: "America/New_York", Credentials: creds})
	if err != nil {
		f.t.Fatalf("create %s account: %v", slug, err)
	}
	return a
}

func (f *fixture) usps(description string) *shipping.ShipperAccount {
	return f.account("usps", description, uspsCredentials())
}

func newYorkAddress() carriers.Address {
	return carriers.Address{ContactName: "Ada Shipper", CompanyName: "Waypost Goods", Street1: "350 5th Ave",
		City: "New York", State: "NY", PostalCode: "10118", Country: "USA", Phone: "+1 212 555 0100", Email: "ship@example.com"}
}

func californiaAddress() carriers.Address {
	return carriers.Address{ContactName: "Grace Buyer", Street1: "1 Infinite Loop", City: "Cupertino", State: "CA",
		PostalCode: "95014", Country: "USA", Phone: "+1 408 555 0100", Email: "buyer@example.com"}
}

func domestic() carriers.Shipment {
	return carriers.Shipment{ShipFrom: newYorkAddress(), ShipTo: californiaAddress(), Parcels: []carriers.Parcel{{
		BoxType: "custom", Weight: carriers.Weight{Value: 2, Unit: "lb"},
		Dimension: carriers.Dimension{Width: 10, Height: 8, Depth: 4, Unit: "in"},
		Items: []carriers.Item{{Description: "Book", Quantity: 1, Price: carriers.Money{Amount: 20, Currency: "USD"},
			Weight: carriers.Weight{Value: 2, Unit: "lb"}}}}}}
}

func (f *fixture) label(acct *shipping.ShipperAccount, key string) *shipping.Label {
	f.t.Helper()
	l, err := f.svc.CreateLabel(f.ctx, f.org, shipping.LabelInput{ShipperAccountID: acct.ID, ServiceType: "usps-priority_mail",
		Shipment: domestic(), References: []string{"order 1001"}, OrderNumber: "1001"}, key)
	if err != nil {
		f.t.Fatalf("create label: %v", err)
	}
	return l
}

// fileAt reads a stored file back through its public URL's token.
func (f *fixture) fileAt(ref *shipping.FileRef) (string, []byte) {
	f.t.Helper()
	if ref == nil {
		f.t.Fatal("no file")
	}
	token := ref.URL[len(f.in.App.Config.BaseURL.String())+len("/files/"):]
	_, ct, data, err := f.svc.File(f.ctx, token)
	if err != nil {
		f.t.Fatalf("file %s: %v", ref.URL, err)
	}
	return ct, data
}
