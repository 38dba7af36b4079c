// Package apptest starts complete Waypost instances for tests: a real database
// (a SQLite file or a throwaway PostgreSQL), the real services and jobs, and an
// httptest server in front of the real handler.
package apptest

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
	"github.com/waypost/waypost/web/app"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/jobs"
)

// Credentials of the merchant every instance starts with.
const (
	Email    = "merchant@example.com"
	Password = "correct horse battery"
	APIKey   = "wp_test_0123456789abcdefghijklmnop"
)

// Dialects are the databases every storage-facing test runs on.
var Dialects = []string{"sqlite", "postgres"}

// Instance is a running Waypost.
type Instance struct {
	URL    string
	App    *app.App
	Server *httptest.Server
	Clock  *Clock
}

// Options tune an instance.
type Options struct {
	// Env adds or overrides environment variables.
	Env map[string]string
	// Jobs starts the River workers (polling); off by default so tests drive polls.
	Jobs bool
	// Start sets the fake clock's start; zero means the wall clock is used.
	Start time.Time
}

// Start runs an instance on the named dialect ("sqlite" or "postgres").
func Start(tb testing.TB, dialect string, o Options) *Instance {
	tb.Helper()
	ctx := context.Background()
	env := map[string]string{
		"WAYPOST_BOOTSTRAP_EMAIL":    Email,
		"WAYPOST_BOOTSTRAP_PASSWORD": Password,
		"WAYPOST_BOOTSTRAP_API_KEY":  APIKey,
		"WAYPOST_SANDBOX":            "true",
		"WAYPOST_DATA_DIR":           tb.TempDir(),
		"WAYPOST_POLL_INTERVAL":      "1s",
	}
	if dialect == "postgres" {
		env["DATABASE_URL"] = dbtest.DSN(tb)
		env["WAYPOST_SESSION_KEYS"] = "0000000000000000000000000000000000000000000000000000000000000001:0000000000000000000000000000000000000000000000000000000000000002"
		env["WAYPOST_DATA_KEYS"] = "0000000000000000000000000000000000000000000000000000000000000003"
	}
	for k, v := range o.Env {
		env[k] = v
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		tb.Fatalf("config: %v", err)
	}
	clock := &Clock{}
	if !o.Start.IsZero() {
		clock.Set(o.Start)
	}
	log := slog.New(slog.NewTextHandler(testWriter{tb}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := app.OpenDB(ctx, cfg, log, clock.Now)
	if err != nil {
		tb.Fatalf("open db: %v", err)
	}
	tb.Cleanup(db.Close)
	if _, err := db.Migrate(ctx, func(ctx context.Context) error { return jobs.Migrate(ctx, db) }); err != nil {
		tb.Fatalf("migrate: %v", err)
	}
	a, err := app.New(ctx, cfg, log, db, clock.Now)
	if err != nil {
		tb.Fatalf("app: %v", err)
	}
	if _, err := a.Bootstrap(ctx); err != nil {
		tb.Fatalf("bootstrap: %v", err)
	}
	if o.Jobs {
		if err := a.Queue.Start(ctx); err != nil {
			tb.Fatalf("start jobs: %v", err)
		}
		tb.Cleanup(func() {
			stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
			defer cancel()
			a.Queue.Stop(stopCtx)
		})
	}
	srv := httptest.NewServer(a.Handler())
	tb.Cleanup(srv.Close)
	return &Instance{URL: srv.URL, App: a, Server: srv, Clock: clock}
}

// Each runs fn once per dialect as subtests.
func Each(t *testing.T, fn func(t *testing.T, dialect string)) {
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) { fn(t, d) })
	}
}

// Client returns an HTTP client with a cookie jar that does not follow redirects.
func (in *Instance) Client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// Clock is a settable clock; unset, it follows the wall clock.
type Clock struct {
	mu  sync.Mutex
	set time.Time
}

// Now returns the fake time, or the wall time when none is set.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.set.IsZero() {
		return time.Now()
	}
	return c.set
}

// Set fixes the time.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.set = t
}

// Advance moves a fixed clock forward.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.set.IsZero() {
		c.set = time.Now()
	}
	c.set = c.set.Add(d)
}

type testWriter struct{ tb testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.tb.Log(string(p))
	return len(p), nil
}

// Main is a TestMain body that stops the shared PostgreSQL after the tests.
func Main(m *testing.M) {
	code := m.Run()
	dbtest.StopShared()
	os.Exit(code)
}

// SQLitePath is where an instance's SQLite file lives.
func SQLitePath(dir string) string { return filepath.Join(dir, "waypost.db") }

// OrgID is the bootstrap merchant's organization.
func (in *Instance) OrgID(tb testing.TB) string {
	tb.Helper()
	ctx := context.Background()
	u, err := in.App.DB.UserByEmail(ctx, Email)
	if err != nil {
		tb.Fatal(err)
	}
	m, err := in.App.DB.FirstMembership(ctx, u.ID)
	if err != nil {
		tb.Fatal(err)
	}
	return m.OrganizationID
}
