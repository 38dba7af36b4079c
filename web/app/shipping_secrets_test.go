package app_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/secretbox"
	"github.com/waypost/waypost/web/shipping"
)

const shipperSecret = "sendle-api-key-5151"

// Shipper account credentials are sealed like courier credentials, never shown in
// full, and sealed again under a new data key at start.
func TestShipperCredentialsAreSealedAndResealed(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		oldKey, newKey := bytes.Repeat([]byte{0x11}, 32), bytes.Repeat([]byte{0x22}, 32)
		in := apptest.Start(t, dialect, apptest.Options{Env: map[string]string{"WAYPOST_DATA_KEYS": strings.Repeat("11", 32)}})
		ctx := context.Background()
		org := in.OrgID(t)
		acct, err := in.App.Shipping.CreateShipperAccount(ctx, org, shipping.ShipperAccountInput{Slug: "sendle",
			Credentials: map[string]string{"sendle_id": "shop-sendle", "api_key": shipperSecret}})
		if err != nil {
			t.Fatal(err)
		}
		if acct.CredentialHints["api_key"] != "****5151" {
			t.Errorf("hints %v", acct.CredentialHints)
		}
		stored := storedColumn(t, in, "SELECT credentials FROM shipper_accounts WHERE id = ?", acct.ID)
		if strings.Contains(stored, shipperSecret) || !strings.HasPrefix(stored, "sb1:") {
			t.Errorf("stored credentials %q", stored)
		}
		if dialect == "sqlite" {
			assertNotInFiles(t, in, shipperSecret)
		}
		rotated, _ := secretbox.New([][]byte{newKey, oldKey})
		db, err := models.Open(ctx, models.Options{DatabaseURL: in.App.Config.DatabaseURL, SQLitePath: in.App.Config.DBPath(), Sealer: rotated})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if n, err := db.ResealSecrets(ctx); err != nil || n != 1 {
			t.Fatalf("resealed %d values, %v; want 1", n, err)
		}
		newOnly, _ := secretbox.New([][]byte{newKey})
		creds, err := newOnly.Open(storedColumn(t, in, "SELECT credentials FROM shipper_accounts WHERE id = ?", acct.ID))
		if err != nil || !strings.Contains(string(creds), shipperSecret) {
			t.Errorf("credentials after resealing: %v", err)
		}
	})
}
