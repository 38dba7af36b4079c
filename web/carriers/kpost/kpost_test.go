package kpost

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

const number = "6012345678901"

func fake(t *testing.T, h http.HandlerFunc, now time.Time) (*ct.Carrier, *Adapter) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+path, h)
	c := ct.NewCarrier(t, mux)
	return c, New(Config{BaseURL: c.URL, ServiceKey: "abc%2Bdef%3D%3D", HTTPClient: c.Client(), Now: func() time.Time { return now }})
}

func xmlReply(t *testing.T, file string) http.HandlerFunc {
	return ct.Reply(200, "text/xml;charset=UTF-8", ct.Fixture(t, file))
}

func TestDeliveredAfterOneFailedAttempt(t *testing.T) {
	c, a := fake(t, xmlReply(t, "delivered.xml"), time.Now())
	res, err := a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: "60123-45678901"})
	if err != nil {
		t.Fatal(err)
	}
	ct.Equal(t, res.Checkpoints, []string{
		"2024-04-24T14:58:00+09:00 | InTransit_002 |  | 접수 | 서울강남우체국",
		"2024-04-24T19:48:00+09:00 | InTransit_007 |  | 발송 | 서울강남우체국",
		"2024-04-24T23:50:00+09:00 | InTransit_003 |  | 도착 | 중부권광역우편물류센터",
		"2024-04-25T02:42:00+09:00 | InTransit_007 |  | 발송 | 중부권광역우편물류센터",
		"2024-04-25T06:26:00+09:00 | InTransit_003 |  | 도착 | 천안우체국",
		"2024-04-25T07:47:00+09:00 | OutForDelivery_001 |  | 배달준비 | 천안우체국",
		"2024-04-25T11:02:00+09:00 | AttemptFail_002 |  | 미배달(수취인부재) | 천안우체국",
		// No time given: placed right after the event before it.
		"2024-04-25T11:02:00+09:00 | OutForDelivery_001 |  | 배달준비 | 천안우체국",
		"2024-04-25T17:19:00+09:00 | Delivered_001 |  | 배달완료(수령인:본인) | 천안우체국",
	})
	if got := res.Checkpoints[5].Message; got != "배달준비 (집배원:이래건 010-9473-1038)" {
		t.Errorf("message keeps the postman's detail: %q", got)
	}
	if res.SignedBy != "본인" || res.ShipmentType != "등기소포" || res.Checkpoints[0].CountryISO3 != "KOR" {
		t.Errorf("facts = %+v", res)
	}
	reqs := c.Requests(path)
	// The URL-encoded key is sent encoded once, not twice; the dash is gone from the number.
	if len(reqs) != 1 || reqs[0].Query != "serviceKey=abc%2Bdef%3D%3D&rgist="+number {
		t.Errorf("request = %+v", reqs)
	}
}

func TestDecodedKeyIsEncoded(t *testing.T) {
	if got := serviceKey("abc+def=="); got != "abc%2Bdef%3D%3D" {
		t.Errorf("serviceKey = %s", got)
	}
}

func TestErrors(t *testing.T) {
	// 2024-04-25 21:00 in Seoul: the daily quota resets in three hours.
	now := time.Date(2024, 4, 25, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		status int
		file   string
		kind   carriers.ErrorKind
		wait   time.Duration
	}{
		{"unknown number", 200, "not_found.xml", carriers.KindNotFound, 0},
		{"key not registered", 200, "key_not_registered.xml", carriers.KindAuth, 0},
		{"daily quota used up", 200, "quota_exceeded.xml", carriers.KindRateLimited, 3 * time.Hour},
		{"service timeout", 200, "service_timeout.xml", carriers.KindUnavailable, 0},
		{"gateway down", 502, "service_timeout.xml", carriers.KindUnavailable, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := fake(t, ct.Reply(tt.status, "text/xml", ct.Fixture(t, tt.file)), now)
			_, err := a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: number})
			if e := ct.Kind(t, err, tt.kind); e.RetryAfter != tt.wait {
				t.Errorf("retry after %v, want %v", e.RetryAfter, tt.wait)
			}
		})
	}
	_, a := fake(t, ct.Reply(200, "text/html", []byte("<html><body>점검중</body></html>")), now)
	_, err := a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: number})
	ct.Kind(t, err, carriers.KindFormat)
	_, err = a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: "EE123456785KR"})
	if e := ct.Kind(t, err, carriers.KindInvalidNumber); !strings.Contains(e.Error(), "13 digits") {
		t.Error(e)
	}
}

func TestNotConfigured(t *testing.T) {
	a := New(Config{})
	if a.Configured(carriers.Request{Slug: Slug}) {
		t.Fatal("configured without a key")
	}
	if !a.Configured(carriers.Request{Slug: Slug, Credentials: map[string]string{"service_key": "k"}}) {
		t.Fatal("an organization's key must do")
	}
	_, err := a.Track(context.Background(), carriers.Request{Slug: Slug, TrackingNumber: number})
	ct.Kind(t, err, carriers.KindNotConfigured)
}
