package polling_test

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
	"github.com/waypost/waypost/web/carriers/usps"
)

// liveUSPS is a USPS API replaying the adapter's fixtures; status decides the answer.
type liveUSPS struct {
	*ct.Carrier
	mu     sync.Mutex
	status int
}

func (f *fixture) liveUSPS() *liveUSPS {
	f.t.Helper()
	l := &liveUSPS{status: http.StatusOK}
	delivered := uspsFixture(f.t, "delivered.json")
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth2/v3/token", ct.Reply(200, "application/json", uspsFixture(f.t, "token.json")))
	mux.HandleFunc("GET /tracking/v3/tracking/{number}", func(w http.ResponseWriter, r *http.Request) {
		l.mu.Lock()
		status := l.status
		l.mu.Unlock()
		w.WriteHeader(status)
		if status == http.StatusOK {
			w.Write(delivered)
		}
	})
	l.Carrier = ct.NewCarrier(f.t, mux)
	// No server credentials: only organizations with a courier connection go live.
	f.in.App.Registry.Register(usps.Slug, usps.New(usps.Config{BaseURL: l.URL, HTTPClient: l.Client(), Now: f.in.Clock.Now}))
	return l
}

// uspsFixture reads the USPS adapter's fixtures, written from USPS's documentation.
func uspsFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "carriers", "usps", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (l *liveUSPS) answer(status int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.status = status
}

func (f *fixture) connect() {
	f.t.Helper()
	creds := map[string]any{"client_id": "org-client", "client_secret": "org-secret"}
	if _, err := f.in.App.Tracking.CreateConnection(f.ctx, f.org, "usps", creds); err != nil {
		f.t.Fatal(err)
	}
	f.in.Clock.Advance(time.Minute) // the poller notices new connections within 30 seconds
}

// Without credentials a live carrier falls back to the sandbox; once the organization
// connects its USPS account, the parcel is tracked live with that account and the
// simulated events give way to the real ones.
func TestOrganizationCredentialsTakeTheParcelLive(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		l := f.liveUSPS()
		tr := f.create("usps", "9400111899223197428490")
		f.in.Clock.Advance(5 * time.Minute)
		f.due(tr)
		if p := f.parcel(tr); !p.Sandbox || len(f.checkpoints(tr)) == 0 || len(l.Requests("/")) != 0 {
			t.Fatalf("without credentials: sandbox=%v events=%d carrier calls=%d", p.Sandbox, len(f.checkpoints(tr)), len(l.Requests("/")))
		}
		f.connect()
		f.due(tr)
		p := f.parcel(tr)
		cps := f.checkpoints(tr)
		if p.Sandbox || len(cps) != 7 || p.Tag != "Delivered" || p.SignedBy != "M SMITH" {
			t.Fatalf("live: sandbox=%v events=%d tag=%s signed=%q", p.Sandbox, len(cps), p.Tag, p.SignedBy)
		}
		if cps[0].RawTag != "GX" || cps[0].UTCOffset != -7*3600 || cps[6].RawStatus != "Delivered, In/At Mailbox" {
			t.Errorf("first %+v last %+v", cps[0], cps[6])
		}
		tok := l.Requests("/oauth2/")
		if len(tok) != 1 || !strings.Contains(tok[0].Body, `"client_id":"org-client"`) {
			t.Errorf("token request = %+v", tok)
		}
	})
}

// A carrier that keeps failing is left alone for a while: after five failures in a row
// the next polls are put off without calling it and without counting as polls.
func TestFailingCarrierTripsTheBreaker(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		l := f.liveUSPS()
		l.answer(http.StatusServiceUnavailable)
		f.connect()
		tr := f.create("usps", "9400111899223197428490")
		for i := 0; i < 5; i++ {
			f.due(tr)
			f.in.Clock.Advance(20 * time.Second) // inside the breaker's one-minute pause
		}
		calls := len(l.Requests("/tracking/"))
		p := f.parcel(tr)
		if calls != 5 || p.Failures != 5 || !strings.HasPrefix(p.LastError, "unavailable:") {
			t.Fatalf("after five failures: %d calls, %d failures, %q", calls, p.Failures, p.LastError)
		}
		f.due(tr)
		after := f.parcel(tr)
		if got := len(l.Requests("/tracking/")); got != 5 || after.PollCount != p.PollCount {
			t.Errorf("open breaker: %d calls, poll count %d -> %d", got, p.PollCount, after.PollCount)
		}
		if after.NextPollAt == nil || !after.NextPollAt.After(f.in.Clock.Now()) {
			t.Errorf("a put-off poll must be rescheduled: %v", after.NextPollAt)
		}
		// After the pause one probe goes through; the carrier is back, the breaker closes.
		l.answer(http.StatusOK)
		f.in.Clock.Advance(time.Minute)
		f.due(tr)
		if p := f.parcel(tr); len(l.Requests("/tracking/")) != 6 || p.Failures != 0 || p.Tag != "Delivered" {
			t.Errorf("after the pause: %d calls, %d failures, %s", len(l.Requests("/tracking/")), p.Failures, p.Tag)
		}
	})
}
