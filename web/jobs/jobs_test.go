package jobs_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/jobs"
	"github.com/waypost/waypost/web/tracking"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// carrier is a USPS API that counts tracking calls and answers slowly, so that two
// instances racing for one parcel overlap.
type carrier struct {
	*ct.Carrier
	calls atomic.Int32
}

func newCarrier(t *testing.T) *carrier {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "carriers", "usps", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	c := &carrier{}
	held := read("international.json")
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth2/v3/token", ct.Reply(200, "application/json", read("token.json")))
	mux.HandleFunc("GET /tracking/v3/tracking/{n}", func(w http.ResponseWriter, r *http.Request) {
		c.calls.Add(1)
		time.Sleep(150 * time.Millisecond)
		w.Write(held)
	})
	c.Carrier = ct.NewCarrier(t, mux)
	return c
}

// now is the instances' clock: the day the parcel was held in customs, so it stays on
// the schedule after its poll.
func now() time.Time { return time.Date(2024, 5, 2, 12, 0, 0, 0, time.UTC) }

// instance starts a Waypost on the shared database the way `waypost serve` does, with
// the USPS adapter pointed at the fake carrier.
func instance(t *testing.T, dsn string, c *carrier) *app.App {
	t.Helper()
	env := map[string]string{
		"DATABASE_URL":               dsn,
		"WAYPOST_SESSION_KEYS":       "0000000000000000000000000000000000000000000000000000000000000001:0000000000000000000000000000000000000000000000000000000000000002",
		"WAYPOST_DATA_KEYS":          "0000000000000000000000000000000000000000000000000000000000000003",
		"WAYPOST_POLL_INTERVAL":      "100ms",
		"WAYPOST_BOOTSTRAP_EMAIL":    "ops@example.com",
		"WAYPOST_BOOTSTRAP_PASSWORD": "correct horse battery",
		"WAYPOST_USPS_CLIENT_ID":     "server-client",
		"WAYPOST_USPS_CLIENT_SECRET": "server-secret",
		"WAYPOST_USPS_BASE_URL":      c.URL,
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	db, err := app.OpenDB(ctx, cfg, log, now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.Close)
	if _, err := db.Migrate(ctx, func(ctx context.Context) error { return jobs.Migrate(ctx, db) }); err != nil {
		t.Fatal(err)
	}
	a, err := app.New(ctx, cfg, log, db, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Bootstrap(ctx); err != nil {
		t.Fatal(err)
	}
	return a
}

func start(t *testing.T, a *app.App) {
	t.Helper()
	if err := a.Queue.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		a.Queue.Stop(ctx)
	})
}

// Two instances share one PostgreSQL: both are asked to poll the same parcel, again and
// again, both run schedulers and workers, and one was not running when its job was queued
// (as after a restart). The carrier is called once and the parcel is polled once.
func TestTwoInstancesPollAParcelOnce(t *testing.T) {
	dsn := dbtest.DSN(t)
	c := newCarrier(t)
	a1, a2 := instance(t, dsn, c), instance(t, dsn, c)
	ctx := context.Background()
	u, err := a1.DB.UserByEmail(ctx, "ops@example.com")
	if err != nil {
		t.Fatal(err)
	}
	m, err := a1.DB.FirstMembership(ctx, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Created on the first instance, whose queue is not running: its poll job waits in
	// the database.
	tr, err := a1.Tracking.Create(ctx, m.OrganizationID, tracking.CreateInput{Tracking: models.Tracking{Slug: "usps", TrackingNumber: "9400111899223197428490"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := a2.Queue.PollParcel(ctx, tr.ParcelID); err != nil {
		t.Fatal(err)
	}
	start(t, a2) // the job queued by the first instance is worked by the second
	start(t, a1)
	var p *models.Parcel
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if p, err = a1.DB.ParcelByID(ctx, tr.ParcelID); err != nil {
			t.Fatal(err)
		}
		if p.PollCount > 0 {
			break
		}
	}
	// More organizations start tracking the parcel on both instances right after the
	// poll: their "poll soon" requests find it fresh.
	for _, a := range []*app.App{a1, a2, a1, a2} {
		if err := a.Queue.PollParcel(ctx, tr.ParcelID); err != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Second) // ten scheduler runs on each instance
	if p, err = a2.DB.ParcelByID(ctx, tr.ParcelID); err != nil {
		t.Fatal(err)
	}
	if got := c.calls.Load(); got != 1 || p.PollCount != 1 {
		t.Fatalf("carrier calls = %d, polls = %d; want one of each", got, p.PollCount)
	}
	if p.Subtag != "Exception_004" || p.Sandbox || p.NextPollAt == nil {
		t.Errorf("parcel = %s sandbox=%v next=%v", p.Subtag, p.Sandbox, p.NextPollAt)
	}
}
