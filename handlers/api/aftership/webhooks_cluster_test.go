package aftership_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/webhooks"
)

// Two instances on one PostgreSQL, both running jobs: every event reaches the
// receiver once, not once per instance.
func TestTwoInstancesDeliverEachEventOnce(t *testing.T) {
	env := map[string]string{"WAYPOST_ALLOW_PRIVATE_WEBHOOKS": "true"}
	in1 := apptest.Start(t, "postgres", apptest.Options{Env: env, Jobs: true})
	env2 := map[string]string{"WAYPOST_ALLOW_PRIVATE_WEBHOOKS": "true", "DATABASE_URL": in1.App.Config.DatabaseURL}
	in2 := apptest.Start(t, "postgres", apptest.Options{Env: env2, Jobs: true})
	var mu sync.Mutex
	got := map[string]int{}
	recv := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var p webhooks.Payload
		json.Unmarshal(body, &p)
		mu.Lock()
		got[p.EventID]++
		mu.Unlock()
	}))
	t.Cleanup(recv.Close)
	hooks := newASClient(t, in1, "/api/v1")
	id := hooks.expect(hooks.do("POST", "/webhooks", map[string]any{"url": recv.URL}), 201, 201).obj(t, "")["id"].(string)
	hooks2 := newASClient(t, in2, "/api/v1")
	const events = 30
	for i := range events {
		h := hooks
		if i%2 == 1 {
			h = hooks2
		}
		h.expect(h.do("POST", "/webhooks/"+id+"/test", nil), 202, 202)
	}
	waitFor(t, "every event", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(got) == events
	})
	time.Sleep(2 * time.Second) // room for a duplicate to arrive
	mu.Lock()
	defer mu.Unlock()
	for ev, n := range got {
		if n != 1 {
			t.Errorf("event %s delivered %d times", ev, n)
		}
	}
}
