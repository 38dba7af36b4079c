package cjlogistics

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

const number = "651234567896"

func fake(t *testing.T, detail http.HandlerFunc) (*ct.Carrier, *Adapter) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+pagePath, func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "JSESSIONID", Value: "node01abc", Path: "/", HttpOnly: true})
		w.Header().Set("Content-Type", "text/html;charset=UTF-8")
		w.Write(ct.Fixture(t, "tracking_page.html"))
	})
	mux.HandleFunc("POST "+detailPath, detail)
	c := ct.NewCarrier(t, mux)
	return c, New(Config{BaseURL: c.URL, HTTPClient: c.Client()})
}

func track(a *Adapter, n string) (*carriers.Result, error) {
	return a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: n})
}

func TestDeliveredParcelAsTrackerDeliveryShowsIt(t *testing.T) {
	c, a := fake(t, ct.Reply(200, "application/json;charset=UTF-8", ct.Fixture(t, "delivered.json")))
	res, err := track(a, "6512-3456-7896")
	if err != nil {
		t.Fatal(err)
	}
	// Newest first from CJ, stored oldest first; the doubled pickup scan once; Korean
	// times at +09:00; the acceptance scan is tracker.delivery's "at_pickup".
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-24T15:26:13+09:00 | InTransit_002 | 11 | 집화처리 | 경기고양신삼송",
		"2024-04-24T17:15:37+09:00 | InTransit_003 | 44 | SM입고 | 덕양AMP",
		"2024-04-25T06:28:42+09:00 | InTransit_007 | 41 | 간선상차 | 대전HUB",
		"2024-04-25T09:17:56+09:00 | OutForDelivery_001 | 82 | 배송출발 | 충북보은",
		"2024-04-25T17:19:20+09:00 | Delivered_001 | 91 | 배송완료 | 충북보은",
	})
	first := res.Checkpoints[0]
	if carriers.TrackerStatusOf(first.Tag, first.Subtag, "") != carriers.TrackerAtPickup {
		t.Errorf("pickup maps to %s", carriers.TrackerStatusOf(first.Tag, first.Subtag, ""))
	}
	if !strings.Contains(res.Checkpoints[3].Message, "(17~19시)") || res.PackageCount != 1 {
		t.Errorf("result = %+v", res)
	}
	posts := c.Requests(detailPath)
	if len(posts) != 1 {
		t.Fatalf("posts = %+v", posts)
	}
	form, _ := url.ParseQuery(posts[0].Body)
	if form.Get("paramInvcNo") != number || form.Get("_csrf") != "2b7e1516-28ae-4d2a-a6f7-15e8c2f1a9d4" {
		t.Errorf("form = %v", form)
	}
	if !strings.Contains(posts[0].Header.Get("Cookie"), "JSESSIONID=node01abc") {
		t.Errorf("session cookie not sent: %v", posts[0].Header)
	}
}

func TestUnknownAndRegisteredOnly(t *testing.T) {
	_, a := fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "not_found.json")))
	_, err := track(a, number)
	ct.Kind(t, err, carriers.KindNotFound)

	_, a = fake(t, ct.Reply(200, "application/json", ct.Fixture(t, "accepted_only.json")))
	res, err := track(a, number)
	if err != nil || len(res.Checkpoints) != 0 {
		t.Errorf("a printed waybill without scans is known but empty: %+v %v", res, err)
	}
}

func TestErrors(t *testing.T) {
	_, a := fake(t, ct.Reply(200, "text/html", []byte("<html>점검 중입니다</html>")))
	_, err := track(a, number)
	ct.Kind(t, err, carriers.KindFormat)

	_, a = fake(t, ct.Reply(503, "text/html", []byte("busy")))
	_, err = track(a, number)
	ct.Kind(t, err, carriers.KindUnavailable)

	_, err = track(a, "12345")
	ct.Kind(t, err, carriers.KindInvalidNumber)

	mux := http.NewServeMux()
	mux.HandleFunc("GET "+pagePath, ct.Reply(200, "text/html", []byte("<html>new design, no token</html>")))
	c := ct.NewCarrier(t, mux)
	_, err = track(New(Config{BaseURL: c.URL, HTTPClient: c.Client()}), number)
	ct.Kind(t, err, carriers.KindFormat)
}
