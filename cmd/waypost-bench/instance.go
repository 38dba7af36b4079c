package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/app"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/jobs"
)

// instance is a Waypost built the way `waypost serve` builds it, serving its
// handler over loopback TCP. Background jobs stay off so that only the
// requests being measured use the machine.
type instance struct {
	app    *app.App
	url    string
	srv    *http.Server
	orgID  string
	apiKey string
}

// unlimited is a rate limit no benchmark reaches.
const unlimited = "1000000000"

func startInstance(ctx context.Context, b *backend) (*instance, error) {
	cfg, err := config.Load(instanceEnv(b))
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	// Request logs are formatted as in production but not written: the
	// terminal would otherwise become part of what is measured.
	log := slog.New(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: cfg.LogLevel}))
	db, err := app.OpenDB(ctx, cfg, log, nil)
	if err != nil {
		return nil, err
	}
	if cfg.Mode == config.ModeCluster {
		// What `waypost migrate` does before cluster instances start.
		if _, err := db.Migrate(ctx, func(ctx context.Context) error { return jobs.Migrate(ctx, db) }); err != nil {
			db.Close()
			return nil, fmt.Errorf("migrate: %w", err)
		}
	}
	if err := app.PrepareSchema(ctx, cfg, db, log); err != nil {
		db.Close()
		return nil, err
	}
	a, err := app.New(ctx, cfg, log, db, nil)
	if err != nil {
		db.Close()
		return nil, err
	}
	in := &instance{app: a}
	if err := in.createMerchant(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := in.listen(); err != nil {
		db.Close()
		return nil, err
	}
	return in, nil
}

func instanceEnv(b *backend) config.Getenv {
	env := map[string]string{
		"WAYPOST_DATA_DIR":          b.dataDir,
		"WAYPOST_SANDBOX":           "true",
		"WAYPOST_API_RATE_LIMIT":    unlimited,
		"WAYPOST_PUBLIC_RATE_LIMIT": unlimited,
		// The webhook scenario delivers to a receiver on loopback.
		"WAYPOST_ALLOW_PRIVATE_WEBHOOKS": "true",
	}
	if b.dsn != "" {
		env["DATABASE_URL"] = b.dsn
		env["WAYPOST_SESSION_KEYS"] = randomHex(32) + ":" + randomHex(32)
		env["WAYPOST_DATA_KEYS"] = randomHex(32)
	}
	return func(k string) string { return env[k] }
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// createMerchant signs up the organization that owns the seeded trackings and
// gives it an API key.
func (in *instance) createMerchant(ctx context.Context) error {
	sess, err := in.app.Accounts.Signup(ctx, accounts.SignupInput{
		OrganizationName: "Benchmark Store", Email: "bench@example.com", Password: randomHex(16),
	})
	if err != nil {
		return fmt.Errorf("create merchant: %w", err)
	}
	in.orgID = sess.Organization.ID
	in.apiKey, _, err = in.app.Accounts.NewAPIKey(ctx, in.orgID, "benchmark")
	if err != nil {
		return fmt.Errorf("create api key: %w", err)
	}
	return nil
}

// listen serves the app with the server settings of `waypost serve`.
func (in *instance) listen() error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	in.srv = &http.Server{
		Handler: in.app.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 1 << 20,
	}
	in.url = "http://" + ln.Addr().String()
	go in.srv.Serve(ln)
	return nil
}

// Close stops serving and closes the database.
func (in *instance) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	in.srv.Shutdown(ctx)
	in.app.DB.Close()
}
