package models_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
	"github.com/waypost/waypost/models"
)

// lockedBuffer collects log lines from concurrent writers.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// A duplicate create is an expected answer (the API's 4003), not a failed
// statement: it is ErrConflict, and nothing is logged, least of all the
// tracking number. (On PostgreSQL, ON CONFLICT also keeps the server's own log
// free of a unique-violation ERROR.)
func TestDuplicateTrackingLogsNothing(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			var logs lockedBuffer
			opts := models.Options{SQLitePath: filepath.Join(t.TempDir(), "w.db"),
				Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))}
			if dialect == "postgres" {
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
			org := account(t, db, "dup@example.com")
			first := track(t, db, org, "1Z0000000000000777")
			again := *first
			again.ID = ""
			err = db.CreateTracking(context.Background(), &again)
			if !errors.Is(err, models.ErrConflict) {
				t.Fatalf("duplicate create: %v, want ErrConflict", err)
			}
			// The same id again conflicts too.
			if err := db.CreateTracking(context.Background(), first); !errors.Is(err, models.ErrConflict) {
				t.Fatalf("create with a taken id: %v", err)
			}
			if out := logs.String(); strings.Contains(out, "1Z0000000000000777") || strings.Contains(out, "level=WARN") ||
				strings.Contains(out, "level=ERROR") {
				t.Errorf("a duplicate create was logged:\n%s", out)
			}
		})
	}
}
