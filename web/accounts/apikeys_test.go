package accounts_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
)

func TestMain(m *testing.M) { apptest.Main(m) }

var keysStart = time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)

// lastUsed is when the console would say the bootstrap key was last used.
func lastUsed(t *testing.T, in *apptest.Instance) *time.Time {
	t.Helper()
	keys, err := in.App.Accounts.APIKeys(context.Background(), in.OrgID(t))
	if err != nil || len(keys) != 1 {
		t.Fatalf("keys %v, %v", keys, err)
	}
	return keys[0].LastUsedAt
}

func TestAPIKeyLastUse(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: keysStart})
		ctx := context.Background()
		if got := lastUsed(t, in); got != nil {
			t.Fatalf("unused key last used at %v", got)
		}
		steps := []struct {
			advance time.Duration
			want    time.Time
		}{
			{0, keysStart},
			{30 * time.Second, keysStart},
			{29 * time.Second, keysStart},
			{2 * time.Second, keysStart.Add(61 * time.Second)},
			{time.Hour, keysStart.Add(time.Hour + 61*time.Second)},
		}
		for i, s := range steps {
			in.Clock.Advance(s.advance)
			if _, err := in.App.Accounts.Authenticate(ctx, apptest.APIKey); err != nil {
				t.Fatal(err)
			}
			if got := lastUsed(t, in); got == nil || !got.Equal(s.want) {
				t.Errorf("use %d: last used %v, want %v", i, got, s.want)
			}
		}
	})
}

// A key used within the last minute is accepted without writing, so API
// requests do not queue behind a long write on SQLite's single writer.
func TestAPIKeyUseDoesNotWaitForWriter(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: keysStart})
	ctx := context.Background()
	if _, err := in.App.Accounts.Authenticate(ctx, apptest.APIKey); err != nil {
		t.Fatal(err)
	}
	org := in.OrgID(t)
	locked, release, done := make(chan struct{}), make(chan struct{}), make(chan error)
	go func() {
		done <- in.App.DB.Tx(ctx, func(tx *models.DB) error {
			k := &models.APIKey{OrganizationID: org, Name: "held", Prefix: "wp_held", Hash: "held"}
			if err := tx.CreateAPIKey(ctx, k); err != nil {
				return err
			}
			close(locked)
			<-release
			return errors.New("roll back")
		})
	}()
	<-locked
	in.Clock.Advance(30 * time.Second)
	reqCtx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	_, err := in.App.Accounts.Authenticate(reqCtx, apptest.APIKey)
	waited := reqCtx.Err()
	close(release)
	<-done
	if err != nil || waited != nil {
		t.Errorf("key checked while another request writes: err %v, waited for the writer: %v", err, waited)
	}
}
