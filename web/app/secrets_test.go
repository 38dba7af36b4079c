package app_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/secretbox"
)

func TestMain(m *testing.M) { apptest.Main(m) }

// storedColumn reads a column as the database holds it, bypassing the models.
func storedColumn(t *testing.T, in *apptest.Instance, query, id string) string {
	t.Helper()
	ctx := context.Background()
	var v string
	var err error
	if in.App.DB.Pool != nil {
		err = in.App.DB.Pool.QueryRow(ctx, strings.ReplaceAll(query, "?", "$1"), id).Scan(&v)
	} else {
		err = in.App.DB.JobSQL.QueryRowContext(ctx, query, id).Scan(&v)
	}
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// execRaw writes a row the way an earlier version of Waypost would have.
func execRaw(t *testing.T, in *apptest.Instance, query string, args ...any) {
	t.Helper()
	ctx := context.Background()
	var err error
	if in.App.DB.Pool != nil {
		for i := range args {
			query = strings.Replace(query, "?", "$"+string(rune('1'+i)), 1)
		}
		_, err = in.App.DB.Pool.Exec(ctx, query, args...)
	} else {
		_, err = in.App.DB.JobSQL.ExecContext(ctx, query, args...)
	}
	if err != nil {
		t.Fatal(err)
	}
}

const carrierSecret = "usps-client-secret-4242"

func TestCourierCredentialsAreSealedAtRest(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{})
		ctx := context.Background()
		org := in.OrgID(t)
		cc, err := in.App.Tracking.CreateConnection(ctx, org, "usps",
			map[string]any{"client_id": "shop-1", "client_secret": carrierSecret})
		if err != nil {
			t.Fatal(err)
		}
		stored := storedColumn(t, in, "SELECT credentials FROM courier_connections WHERE id = ?", cc.ID)
		if strings.Contains(stored, carrierSecret) || strings.Contains(stored, "shop-1") || !strings.HasPrefix(stored, "sb1:") {
			t.Errorf("credentials stored as %q", stored)
		}
		got, err := in.App.Tracking.Connection(ctx, org, cc.ID)
		if err != nil || got.Credentials["client_secret"] != carrierSecret {
			t.Errorf("read back %v, %v", got, err)
		}
		if _, err := in.App.Tracking.UpdateConnection(ctx, org, cc.ID, map[string]any{"client_id": "shop-1", "client_secret": "rotated-secret-77"}); err != nil {
			t.Fatal(err)
		}
		if stored := storedColumn(t, in, "SELECT credentials FROM courier_connections WHERE id = ?", cc.ID); strings.Contains(stored, "rotated-secret-77") {
			t.Errorf("updated credentials stored in clear: %q", stored)
		}
		if dialect == "sqlite" {
			assertNotInFiles(t, in, carrierSecret, "rotated-secret-77")
		}
	})
}

// assertNotInFiles looks through the SQLite database and its write-ahead log.
func assertNotInFiles(t *testing.T, in *apptest.Instance, secrets ...string) {
	t.Helper()
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(in.App.Config.DBPath() + suffix)
		if err != nil && suffix == "" {
			t.Fatal(err)
		}
		for _, s := range secrets {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%q is in clear in %s", s, in.App.Config.DBPath()+suffix)
			}
		}
	}
}

func TestCredentialsWrittenInClearStayReadableUntilSealed(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{})
		ctx := context.Background()
		org := in.OrgID(t)
		at := in.App.DB.Now().Format("2006-01-02T15:04:05.000000Z07:00")
		execRaw(t, in, "INSERT INTO courier_connections (id, organization_id, courier_slug, credentials, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
			"legacy-1", org, "usps", `{"client_id":"old","client_secret":"`+carrierSecret+`","account":123456789}`, at, at)
		got, err := in.App.Tracking.Connection(ctx, org, "legacy-1")
		if err != nil || got.Credentials["client_secret"] != carrierSecret {
			t.Fatalf("a row written in clear is unreadable: %v, %v", got, err)
		}
		n, err := in.App.DB.ResealSecrets(ctx)
		if err != nil || n != 1 {
			t.Fatalf("sealed %d rows, %v; want 1", n, err)
		}
		if stored := storedColumn(t, in, "SELECT credentials FROM courier_connections WHERE id = ?", "legacy-1"); strings.Contains(stored, carrierSecret) {
			t.Errorf("still in clear after the sealing pass: %q", stored)
		}
		got, err = in.App.Tracking.Connection(ctx, org, "legacy-1")
		if err != nil || got.Credentials["client_secret"] != carrierSecret || got.Credentials["account"] != float64(123456789) {
			t.Errorf("after sealing: %v, %v", got, err)
		}
		if n, err := in.App.DB.ResealSecrets(ctx); err != nil || n != 0 {
			t.Errorf("second pass sealed %d, %v; want 0", n, err)
		}
	})
}

func TestAPIKeySecretsAreSealedAtRest(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{})
		ctx := context.Background()
		key, secret, k, err := in.App.Accounts.NewSignatureAPIKey(ctx, in.OrgID(t), "signed")
		if err != nil {
			t.Fatal(err)
		}
		stored := storedColumn(t, in, "SELECT secret_sealed FROM api_keys WHERE id = ?", k.ID)
		if strings.Contains(stored, secret) || !strings.HasPrefix(stored, "sb1:") {
			t.Errorf("secret stored as %q", stored)
		}
		got, err := in.App.Accounts.Authenticate(ctx, key)
		if err != nil || got.Secret != secret {
			t.Errorf("secret read back as %q, %v", got.Secret, err)
		}
		if dialect == "sqlite" {
			assertNotInFiles(t, in, secret)
		}
	})
}

func TestRotatedDataKeysResealEverySecret(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		oldKey, newKey := bytes.Repeat([]byte{0x11}, 32), bytes.Repeat([]byte{0x22}, 32)
		in := apptest.Start(t, dialect, apptest.Options{Env: map[string]string{"WAYPOST_DATA_KEYS": strings.Repeat("11", 32)}})
		ctx := context.Background()
		org := in.OrgID(t)
		cc, err := in.App.Tracking.CreateConnection(ctx, org, "usps", map[string]any{"client_id": "a", "client_secret": carrierSecret})
		if err != nil {
			t.Fatal(err)
		}
		_, secret, k, err := in.App.Accounts.NewSignatureAPIKey(ctx, org, "signed")
		if err != nil {
			t.Fatal(err)
		}
		// The same database opened with a new key in front of the old one.
		rotated, _ := secretbox.New([][]byte{newKey, oldKey})
		db, err := models.Open(ctx, models.Options{DatabaseURL: in.App.Config.DatabaseURL, SQLitePath: in.App.Config.DBPath(), Sealer: rotated})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if got, err := db.CourierConnectionByID(ctx, org, cc.ID); err != nil || got.Credentials["client_secret"] != carrierSecret {
			t.Fatalf("old key no longer opens credentials: %v, %v", got, err)
		}
		if n, err := db.ResealSecrets(ctx); err != nil || n != 2 {
			t.Fatalf("resealed %d values, %v; want 2", n, err)
		}
		newOnly, _ := secretbox.New([][]byte{newKey})
		creds, err := newOnly.Open(storedColumn(t, in, "SELECT credentials FROM courier_connections WHERE id = ?", cc.ID))
		if err != nil || !strings.Contains(string(creds), carrierSecret) {
			t.Errorf("credentials after resealing: %s, %v", creds, err)
		}
		if got, err := newOnly.Open(storedColumn(t, in, "SELECT secret_sealed FROM api_keys WHERE id = ?", k.ID)); err != nil || string(got) != secret {
			t.Errorf("api key secret after resealing: %v", err)
		}
		if n, err := db.ResealSecrets(ctx); err != nil || n != 0 {
			t.Errorf("second pass resealed %d, %v; want 0", n, err)
		}
	})
}
