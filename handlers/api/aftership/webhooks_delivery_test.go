package aftership_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
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

// receiver is a webhook endpoint that checks signatures as an AfterShip receiver does
// and can be down (answering 503) for a number of requests.
type receiver struct {
	t      *testing.T
	secret string
	mu     sync.Mutex
	down   int
	got    []received
	srv    *httptest.Server
}

type received struct {
	Payload  webhooks.Payload
	Status   int
	Header   http.Header
	Body     []byte
	Tracking string
}

func newReceiver(t *testing.T, secret string, down int) *receiver {
	r := &receiver{t: t, secret: secret, down: down}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	// AfterShip's documented check: base64 of HMAC-SHA256 of the raw body.
	m := hmac.New(sha256.New, []byte(r.secret))
	m.Write(body)
	if req.Header.Get("aftership-hmac-sha256") != base64.StdEncoding.EncodeToString(m.Sum(nil)) {
		r.t.Errorf("bad aftership-hmac-sha256 on %s", body)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var p webhooks.Payload
	if err := json.Unmarshal(body, &p); err != nil {
		r.t.Errorf("payload %s: %v", body, err)
	}
	var msg struct {
		ID string `json:"id"`
	}
	json.Unmarshal(p.Msg, &msg)
	r.mu.Lock()
	defer r.mu.Unlock()
	status := http.StatusOK
	if r.down > 0 {
		r.down--
		status = http.StatusServiceUnavailable
	}
	r.got = append(r.got, received{Payload: p, Status: status, Header: req.Header.Clone(), Body: body, Tracking: msg.ID})
	w.WriteHeader(status)
	io.WriteString(w, `{"ok":true}`)
}

func (r *receiver) delivered() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []received
	for _, g := range r.got {
		if g.Status == http.StatusOK {
			out = append(out, g)
		}
	}
	return out
}

func (r *receiver) all() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.got...)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

const hookSecret = "receiver-secret-0123456789"

func TestTrackingUpdateIsDeliveredSignedAfterAPoll(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, allowPrivate)
		recv := newReceiver(t, hookSecret, 0)
		hooks := newASClient(t, in, "/api/v1")
		hooks.expect(hooks.do("POST", "/webhooks", map[string]any{"url": recv.srv.URL, "secret": hookSecret,
			"headers": map[string]string{"X-Shop": "42"}}), 201, 201)
		c := newASClient(t, in, "/tracking/2024-04")
		body := asSeedTracking("9400100000000000000000")
		body["tracking"].(map[string]any)["slug"] = "usps"
		id := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		c.poll(id)
		waitFor(t, "a delivered tracking_update", func() bool { return len(recv.delivered()) > 0 })
		got := recv.delivered()[0]
		if got.Payload.Event != "tracking_update" || got.Payload.EventID == "" || got.Tracking != id || got.Payload.TS == 0 {
			t.Fatalf("payload %s", got.Body)
		}
		if !webhooks.VerifyWaypostSignature(got.Header.Get("waypost-signature"), got.Body, hookSecret, time.Now(), 5*time.Minute) {
			t.Fatalf("waypost-signature %q does not verify", got.Header.Get("waypost-signature"))
		}
		if got.Header.Get("X-Shop") != "42" {
			t.Fatalf("custom header missing: %v", got.Header)
		}
		evs := hooks.expect(hooks.do("GET", "/events", nil), 200, 200).obj(t, "")["events"].([]any)
		if len(evs) == 0 || evs[0].(map[string]any)["event_id"] != got.Payload.EventID {
			t.Fatalf("replay %v, delivered %s", evs, got.Payload.EventID)
		}
	})
}

func TestReceiverDownThenUpGetsEveryEventInOrder(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, allowPrivate)
		recv := newReceiver(t, hookSecret, 4)
		hooks := newASClient(t, in, "/api/v1")
		hookID := hooks.expect(hooks.do("POST", "/webhooks", map[string]any{"url": recv.srv.URL, "secret": hookSecret}),
			201, 201).obj(t, "")["id"].(string)
		c := newASClient(t, in, "/tracking/2024-04")
		var parcels []string
		for _, n := range []string{"9400100000000000000000", "9400100000000000000010"} {
			body := asSeedTracking(n)
			body["tracking"].(map[string]any)["slug"] = "usps"
			id := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
			tr, err := in.App.Tracking.Get(context.Background(), in.OrgID(t), id)
			if err != nil {
				t.Fatal(err)
			}
			parcels = append(parcels, tr.ParcelID)
		}
		// Three status changes of the first parcel and one of the second, as polls record them.
		for _, step := range []struct{ parcel, tag string }{{parcels[0], "InfoReceived"}, {parcels[0], "InTransit"},
			{parcels[1], "InTransit"}, {parcels[0], "Delivered"}} {
			if err := in.App.DB.RecordTrackingUpdates(context.Background(), step.parcel, step.tag); err != nil {
				t.Fatal(err)
			}
		}
		// The trackings' own first polls add events too: every event in the replay log
		// reaches the receiver, each under its one event_id.
		waitFor(t, "every event delivered", func() bool {
			order := eventOrder(t, hooks)
			seen := map[string]bool{}
			for _, g := range recv.delivered() {
				seen[g.Payload.EventID] = true
			}
			return len(order) >= 4 && len(seen) == len(order)
		})
		// Per tracking, every request (failed or not) goes in event order: a later event
		// waits until the earlier one is delivered.
		last := map[string]int64{}
		order := eventOrder(t, hooks)
		for _, g := range recv.all() {
			seq := order[g.Payload.EventID]
			if seq < last[g.Tracking] {
				t.Fatalf("event %s sent after a later one of tracking %s", g.Payload.EventID, g.Tracking)
			}
			last[g.Tracking] = seq
		}
		logs := hooks.expect(hooks.do("GET", "/webhooks/"+hookID+"/deliveries", nil), 200, 200).obj(t, "")["deliveries"].([]any)
		retried := 0
		for _, l := range logs {
			if len(l.(map[string]any)["attempts"].([]any)) > 1 {
				retried++
			}
		}
		if len(logs) != len(order) || retried == 0 {
			t.Fatalf("delivery log: %d deliveries (%d retried), want %d with retries", len(logs), retried, len(order))
		}
	})
}

// eventOrder maps each event id to its place in the replay log.
func eventOrder(t *testing.T, hooks *asClient) map[string]int64 {
	evs := hooks.expect(hooks.do("GET", "/events?limit=200", nil), 200, 200).obj(t, "")["events"].([]any)
	out := map[string]int64{}
	for i, e := range evs {
		out[e.(map[string]any)["event_id"].(string)] = int64(i)
	}
	return out
}
