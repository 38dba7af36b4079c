package models_test

import (
	"context"
	"encoding/base64"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/models/dbtest"
)

// testSealer is a reversible stand-in for the data key: enough to see that a column
// never holds the clear value.
type testSealer struct{}

func (testSealer) Seal(p []byte) (string, error) {
	return "t1:" + base64.StdEncoding.EncodeToString(p), nil
}
func (testSealer) Open(s string) ([]byte, error) {
	return base64.StdEncoding.DecodeString(strings.TrimPrefix(s, "t1:"))
}
func (testSealer) Sealed(v string) bool  { return strings.HasPrefix(v, "t1:") }
func (testSealer) Current(v string) bool { return strings.HasPrefix(v, "t1:") }

func eachSealed(t *testing.T, fn func(t *testing.T, db *models.DB)) {
	for _, d := range []string{"sqlite", "postgres"} {
		t.Run(d, func(t *testing.T) {
			clock := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
			opts := models.Options{SQLitePath: filepath.Join(t.TempDir(), "w.db"), Sealer: testSealer{},
				Now: func() time.Time { clock = clock.Add(time.Second); return clock }}
			if d == "postgres" {
				opts.DatabaseURL = dbtest.DSN(t)
			}
			db, err := models.Open(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(db.Close)
			if _, err := db.Migrate(context.Background(), nil); err != nil {
				t.Fatal(err)
			}
			fn(t, db)
		})
	}
}

func TestShipperAccountCredentialsAreSealedAndScoped(t *testing.T) {
	eachSealed(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a, b := account(t, db, "a@example.com"), account(t, db, "b@example.com")
		acc := &models.ShipperAccount{OrganizationID: a, Slug: "sendle", Status: "enabled", Type: "user", Timezone: "UTC",
			Credentials: map[string]string{"sendle_id": "me", "api_key": "s3cret-key"}}
		if err := db.CreateShipperAccount(ctx, acc); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(acc.StoredCredentials, "s3cret") {
			t.Errorf("credentials stored in clear: %q", acc.StoredCredentials)
		}
		got, err := db.ShipperAccountByID(ctx, a, acc.ID)
		if err != nil || got.Credentials["api_key"] != "s3cret-key" {
			t.Fatalf("read back: %+v %v", got, err)
		}
		if _, err := db.ShipperAccountByID(ctx, b, acc.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b read org a's account: %v", err)
		}
		if err := db.DeleteShipperAccount(ctx, b, acc.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b deleted org a's account: %v", err)
		}
		if list, total, err := db.ListShipperAccounts(ctx, a, models.ShippingFilter{Slug: "sendle", Limit: 10}); err != nil || total != 1 || len(list) != 1 {
			t.Errorf("list by slug: %d %v", total, err)
		}
		if list, total, _ := db.ListShipperAccounts(ctx, a, models.ShippingFilter{Slug: "usps", Limit: 10}); total != 0 || len(list) != 0 {
			t.Errorf("list by another slug: %d", total)
		}
		if err := db.UpdateShipperAccountCredentials(ctx, a, acc.ID, map[string]string{"sendle_id": "me", "api_key": "new"}, true); err != nil {
			t.Fatal(err)
		}
		if got, _ := db.ShipperAccountByID(ctx, a, acc.ID); got.Credentials["api_key"] != "new" || !got.Sandbox {
			t.Errorf("after update: %+v", got)
		}
	})
}

func newLabel(t *testing.T, db *models.DB, orgID, accountID, number, status string) *models.Label {
	t.Helper()
	l := &models.Label{OrganizationID: orgID, Status: status, ShipperAccountID: accountID, Slug: "usps",
		ServiceType: "usps-priority_mail", TrackingNumber: number, TrackingNumbers: []string{number},
		ShipDate: "2026-05-01", PaperSize: "4x6", FileType: "pdf", Request: "{}"}
	if err := db.CreateLabel(context.Background(), l); err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLabelListsFilterAndStayInTheirOrganization(t *testing.T) {
	eachSealed(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a, b := account(t, db, "a@example.com"), account(t, db, "b@example.com")
		first := newLabel(t, db, a, "acc1", "9400100000000000000001", "created")
		newLabel(t, db, a, "acc2", "9400100000000000000002", "created")
		third := newLabel(t, db, a, "acc1", "9400100000000000000003", "failed")
		cases := []struct {
			f    models.ShippingFilter
			want []string
		}{
			{models.ShippingFilter{Limit: 2}, []string{third.ID, ""}},
			{models.ShippingFilter{Status: "created", ShipperAccountID: "acc1", Limit: 10}, []string{first.ID}},
			{models.ShippingFilter{TrackingNumber: "9400100000000000000003", Limit: 10}, []string{third.ID}},
			{models.ShippingFilter{Limit: 10, After: &models.TrackingCursor{CreatedAt: third.CreatedAt, ID: third.ID}, Offset: 99}, []string{"", first.ID}},
		}
		for i, c := range cases {
			list, _, err := db.ListLabels(ctx, a, c.f)
			if err != nil || len(list) != len(c.want) {
				t.Errorf("case %d: %d labels, %v", i, len(list), err)
				continue
			}
			for j, id := range c.want {
				if id != "" && list[j].ID != id {
					t.Errorf("case %d: label %d is %s, want %s", i, j, list[j].ID, id)
				}
			}
		}
		if list, total, _ := db.ListLabels(ctx, b, models.ShippingFilter{Limit: 10}); total != 0 || len(list) != 0 {
			t.Errorf("org b sees %d labels", total)
		}
		if _, err := db.LabelByID(ctx, b, first.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("org b read org a's label: %v", err)
		}
		if moved, err := db.SetLabelStatusIf(ctx, a, first.ID, "created", "cancelling"); !moved || err != nil {
			t.Errorf("first move: %v %v", moved, err)
		}
		if moved, _ := db.SetLabelStatusIf(ctx, a, first.ID, "created", "cancelling"); moved {
			t.Error("a label left created twice")
		}
	})
}

func TestManifestsClaimOpenLabelsOnce(t *testing.T) {
	eachSealed(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a := account(t, db, "a@example.com")
		l1 := newLabel(t, db, a, "acc", "9400100000000000000011", "created")
		newLabel(t, db, a, "acc", "9400100000000000000012", "cancelled")
		open, err := db.OpenLabels(ctx, a, "acc")
		if err != nil || len(open) != 1 || open[0].ID != l1.ID {
			t.Fatalf("open labels: %v %v", open, err)
		}
		m := &models.Manifest{OrganizationID: a, Status: "manifesting", ShipperAccountID: "acc", Slug: "usps", LabelIDs: []string{l1.ID}}
		if err := db.CreateManifest(ctx, m); err != nil {
			t.Fatal(err)
		}
		if open, _ := db.OpenLabels(ctx, a, "acc"); len(open) != 0 {
			t.Errorf("a manifested label is still open: %v", open)
		}
		err = db.Tx(ctx, func(tx *models.DB) error {
			return tx.CreateManifest(ctx, &models.Manifest{OrganizationID: a, Status: "manifesting", ShipperAccountID: "acc", Slug: "usps", LabelIDs: []string{l1.ID}})
		})
		if !errors.Is(err, models.ErrConflict) {
			t.Errorf("a label on two manifests: %v", err)
		}
		if err := db.SetManifestLabelsStatus(ctx, a, m.ID, "manifested"); err != nil {
			t.Fatal(err)
		}
		got, _ := db.ManifestByID(ctx, a, m.ID)
		l, _ := db.LabelByID(ctx, a, l1.ID)
		if len(got.LabelIDs) != 1 || l.Status != "manifested" {
			t.Errorf("manifest %v, label %s", got.LabelIDs, l.Status)
		}
	})
}

func TestIdempotencyKeyIsClaimedOnce(t *testing.T) {
	eachSealed(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a, b := account(t, db, "a@example.com"), account(t, db, "b@example.com")
		k := func(org, result string) *models.IdempotencyKey {
			return &models.IdempotencyKey{OrganizationID: org, Operation: "label", IdemKey: "k1", RequestHash: "h", ResultID: result}
		}
		if _, claimed, err := db.ClaimIdempotencyKey(ctx, k(a, "first")); !claimed || err != nil {
			t.Fatalf("first claim: %v %v", claimed, err)
		}
		existing, claimed, err := db.ClaimIdempotencyKey(ctx, k(a, "second"))
		if claimed || err != nil || existing.ResultID != "first" {
			t.Errorf("second claim: %+v %v %v", existing, claimed, err)
		}
		if _, claimed, _ := db.ClaimIdempotencyKey(ctx, k(b, "other")); !claimed {
			t.Error("another organization's key blocked this one")
		}
		if err := db.ReleaseIdempotencyKey(ctx, a, "label", "k1"); err != nil {
			t.Fatal(err)
		}
		if _, claimed, _ := db.ClaimIdempotencyKey(ctx, k(a, "third")); !claimed {
			t.Error("a released key was not claimable")
		}
	})
}

func TestShippingFileByToken(t *testing.T) {
	eachSealed(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a := account(t, db, "a@example.com")
		f := &models.ShippingFile{Token: models.NewID(), OrganizationID: a, Name: "labels/x.pdf", FileName: "label.pdf", ContentType: "application/pdf"}
		if err := db.CreateShippingFile(ctx, f); err != nil {
			t.Fatal(err)
		}
		if got, err := db.ShippingFileByToken(ctx, f.Token); err != nil || got.Name != "labels/x.pdf" {
			t.Errorf("by token: %+v %v", got, err)
		}
		if _, err := db.ShippingFileByToken(ctx, "nope"); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("unknown token: %v", err)
		}
	})
}
