package aftership_test

import (
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/webhooks"
)

func TestRotatedSecretSignsBesideTheNewOne(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, allowPrivate)
		recv := newReceiver(t, hookSecret, 0)
		hooks := newASClient(t, in, "/api/v1")
		id := hooks.expect(hooks.do("POST", "/webhooks", map[string]any{"url": recv.srv.URL, "secret": hookSecret}),
			201, 201).obj(t, "")["id"].(string)
		rotated := hooks.expect(hooks.do("POST", "/webhooks/"+id+"/rotate-secret", nil), 200, 200).obj(t, "")
		newSecret := rotated["secret"].(string)
		if newSecret == "" || newSecret == hookSecret {
			t.Fatalf("rotate answered %v", rotated)
		}
		recv.mu.Lock()
		recv.secret = newSecret // AfterShip's header carries the new secret's signature
		recv.mu.Unlock()
		hooks.expect(hooks.do("POST", "/webhooks/"+id+"/test", nil), 202, 202)
		waitFor(t, "the test event", func() bool { return len(recv.delivered()) == 1 })
		got := recv.delivered()[0]
		sig := got.Header.Get("waypost-signature")
		if strings.Count(sig, "v1=") != 2 {
			t.Fatalf("waypost-signature %q, want a v1 per secret during the overlap", sig)
		}
		for _, s := range []string{hookSecret, newSecret} {
			if !webhooks.VerifyWaypostSignature(sig, got.Body, s, time.Now(), 5*time.Minute) {
				t.Fatalf("signature does not verify with %s", s)
			}
		}
		if got.Payload.Event != "test" {
			t.Fatalf("payload %s", got.Body)
		}
	})
}

func TestFailingEndpointIsDisabledAndRedeliverSendsAgain(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		opts := allowPrivate
		opts.Env = map[string]string{"WAYPOST_ALLOW_PRIVATE_WEBHOOKS": "true", "WAYPOST_WEBHOOK_FIRST_RETRY": "50ms",
			"WAYPOST_WEBHOOK_MAX_ATTEMPTS": "2", "WAYPOST_WEBHOOK_DISABLE_AFTER": "2"}
		in := apptest.Start(t, dialect, opts)
		recv := newReceiver(t, hookSecret, 4)
		hooks := newASClient(t, in, "/api/v1")
		id := hooks.expect(hooks.do("POST", "/webhooks", map[string]any{"url": recv.srv.URL, "secret": hookSecret}),
			201, 201).obj(t, "")["id"].(string)
		hooks.expect(hooks.do("POST", "/webhooks/"+id+"/test", nil), 202, 202)
		hooks.expect(hooks.do("POST", "/webhooks/"+id+"/test", nil), 202, 202)
		waitFor(t, "the endpoint disabled", func() bool {
			return hooks.do("GET", "/webhooks/"+id, nil).obj(t, "")["enabled"] == false
		})
		if n := len(recv.all()); n != 4 {
			t.Fatalf("receiver got %d requests, want 2 events × 2 attempts", n)
		}
		logs := hooks.expect(hooks.do("GET", "/webhooks/"+id+"/deliveries", nil), 200, 200).obj(t, "")["deliveries"].([]any)
		first := logs[0].(map[string]any)
		if first["status"] != "failed" || first["attempts"].([]any)[0].(map[string]any)["response_status"] != float64(503) {
			t.Fatalf("delivery log %v", first)
		}
		hooks.expect(hooks.do("PATCH", "/webhooks/"+id, map[string]any{"enabled": true}), 200, 200)
		hooks.expect(hooks.do("POST", "/webhooks/"+id+"/deliveries/"+first["id"].(string)+"/redeliver", nil), 202, 202)
		waitFor(t, "the redelivery", func() bool { return len(recv.delivered()) == 1 })
		hooks.expect(hooks.do("POST", "/webhooks/"+id+"/deliveries/nope/redeliver", nil), 404, 404)
	})
}
