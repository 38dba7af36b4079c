package trackerdelivery_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/handlers/api/trackerdelivery"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/clientauth"
	"github.com/waypost/waypost/web/server/render"
)

var start = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// tdGet calls the tracker.delivery API and decodes the body into out.
func tdGet(t *testing.T, in *apptest.Instance, path, auth string, out any) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, in.URL+path, nil)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := in.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: content type %q, body %s", path, ct, body)
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, body)
		}
	}
	return res
}

func TestTrackerDeliveryCarriers(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	var list []map[string]any
	res := tdGet(t, in, "/carriers", "", &list)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	byID := map[string]map[string]any{}
	for _, c := range list {
		byID[c["id"].(string)] = c
	}
	// The seed's example response, exactly.
	want := []map[string]any{
		{"id": "kr.cjlogistics", "name": "CJ대한통운", "tel": "+8215881255"},
		{"id": "kr.coupangls", "name": "쿠팡 로지스틱스 서비스"},
		{"id": "kr.cupost", "name": "CU 편의점택배", "tel": "+8215771287"},
		{"id": "kr.chunilps", "name": "천일택배", "tel": "+8218776606"},
		{"id": "kr.cvsnet", "name": "GS Postbox", "tel": "+8215771287"},
	}
	for _, w := range want {
		got := byID[w["id"].(string)]
		if len(got) != len(w) {
			t.Errorf("%s: got %v, want %v", w["id"], got, w)
			continue
		}
		for k, v := range w {
			if got[k] != v {
				t.Errorf("%s.%s = %v, want %v", w["id"], k, got[k], v)
			}
		}
	}
	// Every carrier Waypost supports has a tracker.delivery-style id.
	for _, id := range []string{"kr.epost", "us.usps", "au.sendle", "gb.royalmail"} {
		if byID[id] == nil {
			t.Errorf("no carrier %s in %d carriers", id, len(list))
		}
	}
}

func TestTrackerDeliveryTrack(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: start})
		path := "/carriers/kr.cjlogistics/tracks/1234567880"
		var first trackerdelivery.Track
		if res := tdGet(t, in, path, "", &first); res.StatusCode != http.StatusOK {
			t.Fatalf("first lookup: %d", res.StatusCode)
		}
		in.Clock.Advance(time.Hour)
		var tr trackerdelivery.Track
		if res := tdGet(t, in, path, "", &tr); res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
		if tr.Carrier != (trackerdelivery.Carrier{ID: "kr.cjlogistics", Name: "CJ대한통운", Tel: "+8215881255"}) {
			t.Errorf("carrier = %+v", tr.Carrier)
		}
		if tr.State != (trackerdelivery.Status{ID: "delivered", Text: "배송완료"}) {
			t.Errorf("state = %+v", tr.State)
		}
		if len(tr.Progresses) < 5 {
			t.Fatalf("progresses: %+v", tr.Progresses)
		}
		checkProgresses(t, tr)
		if tr.From.Name != nil || tr.To.Name != nil {
			t.Error("sender or recipient name revealed")
		}
		if tr.From.Time == nil || *tr.From.Time != tr.Progresses[0].Time ||
			tr.To.Time == nil || *tr.To.Time != tr.Progresses[len(tr.Progresses)-1].Time {
			t.Errorf("from/to times: %v %v", tr.From.Time, tr.To.Time)
		}
	})
}

// checkProgresses asserts what a tracker.delivery client relies on: ascending
// RFC 3339 times with the Korean offset, the seed's status ids, and masked
// personal data.
func checkProgresses(t *testing.T, tr trackerdelivery.Track) {
	t.Helper()
	ids := map[string]bool{}
	var prev time.Time
	for _, p := range tr.Progresses {
		at, err := time.Parse(time.RFC3339, p.Time)
		if err != nil || !strings.HasSuffix(p.Time, "+09:00") {
			t.Errorf("time %q: %v", p.Time, err)
		}
		if at.Before(prev) {
			t.Errorf("progresses not ascending at %s", p.Time)
		}
		prev = at
		ids[p.Status.ID] = true
		if p.Status.Text == "" || p.Description == "" || p.Location.Name == nil {
			t.Errorf("incomplete progress %+v", p)
		}
		if strings.Contains(p.Description, "010-") && !strings.Contains(p.Description, "010-****-") {
			t.Errorf("phone number not masked: %q", p.Description)
		}
	}
	for _, id := range []string{"information_received", "at_pickup", "in_transit", "out_for_delivery", "delivered"} {
		if !ids[id] {
			t.Errorf("no %s progress among %v", id, ids)
		}
	}
}

func TestTrackerDeliveryErrors(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start})
	cases := []struct {
		path   string
		status int
	}{
		{"/carriers/kr.nowhere/tracks/1234567880", http.StatusNotFound},
		{"/carriers/cjlogistics/tracks/1234567880", http.StatusNotFound}, // AfterShip slugs are not tracker ids
		{"/carriers/kr.cjlogistics/tracks/12", http.StatusBadRequest},
		{"/carriers/kr.cjlogistics/tracks/12%2534%3B56", http.StatusBadRequest},
		{"/carriers/kr.cjlogistics/tracks/WPINVALID01", http.StatusBadRequest},
		{"/carriers/kr.cjlogistics/tracks/WPEXPIRED01", http.StatusNotFound},
		{"/carriers/kr.cjlogistics/tracks/WPDOWN01", http.StatusServiceUnavailable},
		{"/carriers/kr.cjlogistics/nothing", http.StatusNotFound},
	}
	for _, c := range cases {
		var body render.TrackerDeliveryError
		res := tdGet(t, in, c.path, "", &body)
		if res.StatusCode != c.status || body.Message == "" {
			t.Errorf("GET %s: %d %q, want %d with a message", c.path, res.StatusCode, body.Message, c.status)
		}
	}
}

func TestTrackerDeliveryAuth(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start,
		Env: map[string]string{"WAYPOST_PUBLIC_RATE_LIMIT": "3", "WAYPOST_API_RATE_LIMIT": "50"}})
	cred, secret, err := clientauth.New(in.App.DB).Create(context.Background(), in.OrgID(t), "shop")
	if err != nil {
		t.Fatal(err)
	}
	good := "TRACKQL-API-KEY " + cred.ClientID + ":" + secret
	for i := 0; i < 3; i++ {
		if res := tdGet(t, in, "/carriers", "", nil); res.StatusCode != http.StatusOK {
			t.Fatalf("keyless call %d: %d", i, res.StatusCode)
		}
	}
	var body render.TrackerDeliveryError
	res := tdGet(t, in, "/carriers", "", &body)
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" || body.Message == "" {
		t.Errorf("keyless over limit: %d %q", res.StatusCode, body.Message)
	}
	res = tdGet(t, in, "/carriers", good, nil)
	if res.StatusCode != http.StatusOK || res.Header.Get("X-RateLimit-Limit") != "50" {
		t.Errorf("with credentials: %d, limit %q", res.StatusCode, res.Header.Get("X-RateLimit-Limit"))
	}
	for _, bad := range []string{"TRACKQL-API-KEY " + cred.ClientID + ":wrong", "TRACKQL-API-KEY nobody:x", "Bearer " + secret} {
		if res := tdGet(t, in, "/carriers", bad, &body); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("%q: %d", bad, res.StatusCode)
		}
	}
}

func TestTrackerDeliveryPreflight(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	req, _ := http.NewRequest(http.MethodOptions, in.URL+"/carriers/kr.epost/tracks/6123456789010", nil)
	req.Header.Set("Origin", "https://shop.example")
	req.Header.Set("Access-Control-Request-Headers", "authorization")
	res, err := in.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNoContent || res.Header.Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(res.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("preflight: %d %v", res.StatusCode, res.Header)
	}
}

// TestTrackerDeliveryOneCarrierCall: many clients asking for a new parcel at once
// make a single carrier request between them.
func TestTrackerDeliveryOneCarrierCall(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			tdGet(t, in, "/carriers/kr.epost/tracks/6123456789012", "", nil)
		})
	}
	wg.Wait()
	p, err := in.App.DB.ParcelBySlugNumber(context.Background(), "kpost", "6123456789012")
	if err != nil {
		t.Fatal(err)
	}
	if p.PollCount != 1 {
		t.Errorf("carrier polled %d times for 8 concurrent views", p.PollCount)
	}
}
