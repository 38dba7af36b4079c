package aftership_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/webhooks"
)

// An instance that dies mid-request leaves the delivery leased with no outcome; the
// next instance on the same database claims it again when the lease ends and the
// receiver gets the event under the same event_id.
func TestDeliveryLostWithItsInstanceIsDeliveredAfterRestart(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		env := map[string]string{"WAYPOST_ALLOW_PRIVATE_WEBHOOKS": "true", "WAYPOST_WEBHOOK_TIMEOUT": "1s",
			"WAYPOST_WEBHOOK_LEASE": "2s", "WAYPOST_WEBHOOK_FIRST_RETRY": "100ms"}
		in1 := apptest.Start(t, dialect, apptest.Options{Env: env, Jobs: true})
		inflight := make(chan struct{})
		var once sync.Once
		var mu sync.Mutex
		var delivered []string
		recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			first := false
			once.Do(func() { first = true })
			if first {
				close(inflight)
				<-r.Context().Done() // hangs until the instance is gone
				return
			}
			var p webhooks.Payload
			json.Unmarshal(body, &p)
			mu.Lock()
			delivered = append(delivered, p.EventID)
			mu.Unlock()
		}))
		t.Cleanup(recv.Close)
		hooks := newASClient(t, in1, "/api/v1")
		id := hooks.expect(hooks.do("POST", "/webhooks", map[string]any{"url": recv.URL}), 201, 201).obj(t, "")["id"].(string)
		hooks.expect(hooks.do("POST", "/webhooks/"+id+"/test", nil), 202, 202)
		<-inflight
		cancelled, cancel := context.WithCancel(context.Background())
		cancel()
		in1.App.Queue.Stop(cancelled) // workers cancelled mid-request, as by kill -9
		in1.Server.Close()

		env2 := map[string]string{"WAYPOST_DATA_DIR": in1.App.Config.DataDir}
		if dialect == "postgres" {
			env2["DATABASE_URL"] = in1.App.Config.DatabaseURL
		}
		for k, v := range env {
			env2[k] = v
		}
		in2 := apptest.Start(t, dialect, apptest.Options{Env: env2, Jobs: true})
		hooks2 := newASClient(t, in2, "/api/v1")
		evs := hooks2.expect(hooks2.do("GET", "/events", nil), 200, 200).obj(t, "")["events"].([]any)
		if len(evs) != 1 {
			t.Fatalf("events after restart: %v", evs)
		}
		want := evs[0].(map[string]any)["event_id"].(string)
		waitFor(t, "the event after restart", func() bool {
			mu.Lock()
			defer mu.Unlock()
			return len(delivered) > 0
		})
		mu.Lock()
		defer mu.Unlock()
		if delivered[0] != want {
			t.Fatalf("delivered %v, want event %s", delivered, want)
		}
	})
}
