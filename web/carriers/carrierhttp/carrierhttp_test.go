package carrierhttp

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

var t0 = time.Date(2024, 4, 25, 8, 0, 0, 0, time.UTC)

func TestRetryAfter(t *testing.T) {
	tests := map[string]time.Duration{
		"":                              0,
		"120":                           2 * time.Minute,
		"-5":                            0,
		"soon":                          0,
		"Thu, 25 Apr 2024 08:00:30 GMT": 30 * time.Second,
		"Thu, 25 Apr 2024 07:00:00 GMT": 0, // already past
	}
	for in, want := range tests {
		if got := RetryAfter(in, t0); got != want {
			t.Errorf("RetryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFailClassifiesStatus(t *testing.T) {
	c := New("usps", nil, func() time.Time { return t0 })
	tests := []struct {
		status     int
		retryAfter string
		kind       carriers.ErrorKind
		wait       time.Duration
	}{
		{429, "7", carriers.KindRateLimited, 7 * time.Second},
		{429, "", carriers.KindRateLimited, time.Minute},
		{401, "", carriers.KindAuth, 0},
		{403, "", carriers.KindAuth, 0},
		{404, "", carriers.KindNotFound, 0},
		{400, "", carriers.KindInvalidNumber, 0},
		{500, "", carriers.KindUnavailable, 0},
		{503, "30", carriers.KindUnavailable, 30 * time.Second},
	}
	for _, tt := range tests {
		h := http.Header{}
		if tt.retryAfter != "" {
			h.Set("Retry-After", tt.retryAfter)
		}
		e := c.Fail(&Response{Status: tt.status, Header: h}, "detail")
		if e.Kind != tt.kind || e.RetryAfter != tt.wait || e.Slug != "usps" || !strings.Contains(e.Error(), "detail") {
			t.Errorf("%d: %+v", tt.status, e)
		}
		if e.Kind.Retryable() != (tt.kind == carriers.KindRateLimited || tt.kind == carriers.KindUnavailable || tt.kind == carriers.KindNotFound) {
			t.Errorf("%d: retryable = %v", tt.status, e.Kind.Retryable())
		}
	}
}

func TestDoReadsAndBounds(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") == "" || r.Header.Get("Accept") != "application/json" {
			w.WriteHeader(400)
			return
		}
		if r.URL.Path == "/huge" {
			w.Write([]byte(strings.Repeat("x", maxBody+10)))
			return
		}
		w.WriteHeader(418)
		w.Write([]byte(`{"a":1}`))
	}))
	defer srv.Close()
	c := New("ups", srv.Client(), nil)
	req, _ := c.NewRequest(context.Background(), "GET", srv.URL+"/x", nil)
	r, err := c.Do(req)
	if err != nil || r.Status != 418 || string(r.Body) != `{"a":1}` || r.OK() {
		t.Fatalf("Do = %+v, %v", r, err)
	}
	var v struct{ A int }
	if err := c.JSON(r.Body, &v); err != nil || v.A != 1 {
		t.Fatalf("JSON = %v %v", v, err)
	}
	if err := c.JSON([]byte("<html>"), &v); carriers.KindOf(err) != carriers.KindFormat {
		t.Errorf("bad JSON kind = %v", carriers.KindOf(err))
	}
	req, _ = c.NewRequest(context.Background(), "GET", srv.URL+"/huge", nil)
	if _, err := c.Do(req); carriers.KindOf(err) != carriers.KindFormat {
		t.Errorf("huge body: %v", err)
	}
	srv.Close()
	req, _ = c.NewRequest(context.Background(), "GET", srv.URL+"/x", nil)
	if _, err := c.Do(req); carriers.KindOf(err) != carriers.KindUnavailable {
		t.Errorf("closed server: %v", err)
	}
	if _, err := c.NewRequest(context.Background(), "GET", "://bad", nil); carriers.KindOf(err) != carriers.KindNotConfigured {
		t.Errorf("bad URL: %v", err)
	}
}

func TestTokensCacheRenewAndForget(t *testing.T) {
	now := t0
	tok := NewTokens(func() time.Time { return now })
	var calls atomic.Int32
	fetch := func(context.Context) (string, time.Duration, error) {
		n := calls.Add(1)
		return "tok" + string(rune('0'+n)), 10 * time.Minute, nil
	}
	ctx := context.Background()
	a, _ := tok.Get(ctx, "client", fetch)
	b, _ := tok.Get(ctx, "client", fetch)
	if a != "tok1" || b != "tok1" || calls.Load() != 1 {
		t.Fatalf("cache: %s %s %d", a, b, calls.Load())
	}
	if c, _ := tok.Get(ctx, "other", fetch); c != "tok2" {
		t.Errorf("tokens are per client id: %s", c)
	}
	now = now.Add(9*time.Minute + time.Second) // inside the renewal margin
	if c, _ := tok.Get(ctx, "client", fetch); c != "tok3" {
		t.Errorf("near expiry must renew: %s", c)
	}
	tok.Forget("client")
	if c, _ := tok.Get(ctx, "client", fetch); c != "tok4" {
		t.Errorf("forgotten token must renew: %s", c)
	}
	boom := errors.New("boom")
	if _, err := tok.Get(ctx, "bad", func(context.Context) (string, time.Duration, error) { return "", 0, boom }); !errors.Is(err, boom) {
		t.Errorf("fetch error lost: %v", err)
	}
}

func TestCredentialsPreferTheOrganization(t *testing.T) {
	server := map[string]string{"client_id": "srv", "client_secret": "s"}
	org := carriers.Request{Credentials: map[string]string{"client_id": "org", "client_secret": "o"}}
	if c, ok := Credentials(org, server, "client_id", "client_secret"); !ok || c["client_id"] != "org" {
		t.Errorf("org creds: %v %v", c, ok)
	}
	half := carriers.Request{Credentials: map[string]string{"client_id": "org"}}
	if c, ok := Credentials(half, server, "client_id", "client_secret"); !ok || c["client_id"] != "srv" {
		t.Errorf("incomplete org creds fall back to the server's: %v", c)
	}
	if _, ok := Credentials(carriers.Request{}, nil, "client_id"); ok {
		t.Error("no credentials at all must not be ok")
	}
}

// A client id given with another secret must not reuse the token cached for the real one:
// organizations bring their own credentials, and a client id is no secret.
func TestTokensAreBoundToTheSecret(t *testing.T) {
	tokens := NewTokens(time.Now)
	var fetches atomic.Int32
	fetch := func(secret string) Fetch {
		return func(context.Context) (string, time.Duration, error) {
			fetches.Add(1)
			return "token-for-" + secret, time.Hour, nil
		}
	}
	ctx := context.Background()
	first, _ := tokens.Get(ctx, TokenKey("shared-id", "right"), fetch("right"))
	second, _ := tokens.Get(ctx, TokenKey("shared-id", "wrong"), fetch("wrong"))
	again, _ := tokens.Get(ctx, TokenKey("shared-id", "right"), fetch("right"))
	if first != "token-for-right" || second != "token-for-wrong" || again != first || fetches.Load() != 2 {
		t.Fatalf("tokens %q %q %q after %d fetches; want each secret its own token, cached", first, second, again, fetches.Load())
	}
}
