package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestConsoleRefusesCrossOriginPosts(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	req, _ := http.NewRequest(http.MethodPost, in.URL+"/login", strings.NewReader(url.Values{"email": {apptest.Email}, "password": {apptest.Password}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res, err := in.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden || len(res.Cookies()) != 0 {
		t.Errorf("cross-site login: %d, cookies %v", res.StatusCode, res.Cookies())
	}
}

func TestSecurityHeadersAndCookies(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	c := in.Client()
	res, err := c.Get(in.URL + "/login")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "'nonce-") || !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("console CSP: %q", csp)
	}
	if res.Header.Get("X-Frame-Options") != "DENY" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("framing or sniffing headers missing")
	}
	res = postForm(t, c, in.URL+"/login", url.Values{"email": {apptest.Email}, "password": {apptest.Password}})
	var session *http.Cookie
	for _, ck := range res.Cookies() {
		if ck.Name == "waypost_session" {
			session = ck
		}
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode {
		t.Errorf("session cookie: %+v", session)
	}
	pub, err := c.Get(in.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	pub.Body.Close()
	if len(pub.Header.Values("Set-Cookie")) != 0 {
		t.Error("the public page sets cookies")
	}
}

func TestLoginErrorsAndThrottling(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	c := in.Client()
	for i := 0; i < 10; i++ {
		res := postForm(t, c, in.URL+"/login", url.Values{"email": {apptest.Email}, "password": {"wrong password"}})
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d", i, res.StatusCode)
		}
	}
	res := postForm(t, c, in.URL+"/login", url.Values{"email": {apptest.Email}, "password": {apptest.Password}})
	if res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("after 10 failures the right password got %d, want 429", res.StatusCode)
	}
}

func TestConsoleNeedsLogin(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	res, err := in.Client().Get(in.URL + "/trackings")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login?next=") {
		t.Errorf("anonymous /trackings: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
}

func TestFormErrorsShowUnderTheField(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	c := in.Client()
	postForm(t, c, in.URL+"/login", url.Values{"email": {apptest.Email}, "password": {apptest.Password}})
	for _, tc := range []struct{ number, slug, want string }{
		{"", "", "Enter the tracking number"},
		{"12", "ups", "4 to 100 letters and digits"},
		{"ABCDEFGH", "no-such-courier", "Please choose a courier from the list."},
		{"ZZZ-NOT-DETECTABLE", "", "We cannot tell the courier from this number"},
	} {
		req, _ := http.NewRequest(http.MethodPost, in.URL+"/trackings", strings.NewReader(url.Values{"tracking_number": {tc.number}, "slug": {tc.slug}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("HX-Request", "true")
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(res.Body)
		res.Body.Close()
		body := string(raw)
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, tc.want) || !strings.Contains(body, `aria-invalid="true"`) {
			t.Errorf("%q/%q: %d, body lacks %q", tc.number, tc.slug, res.StatusCode, tc.want)
		}
		if strings.Contains(body, "<html") {
			t.Error("htmx request got a whole page instead of the form fragment")
		}
	}
}

func TestAPIRejectsBadKeysInTheAfterShipEnvelope(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	for _, key := range []string{"", "wp_not_a_real_key_at_all"} {
		req, _ := http.NewRequest(http.MethodGet, in.URL+"/tracking/2024-04/trackings", nil)
		if key != "" {
			req.Header.Set("as-api-key", key)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Meta struct {
				Code int
				Type string
			}
			Data map[string]any
		}
		json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		if res.StatusCode != 401 || body.Meta.Code != 401 || body.Meta.Type != "Unauthorized" || body.Data == nil {
			t.Errorf("key %q: %d %+v", key, res.StatusCode, body)
		}
	}
}

func TestReadyzReportsADeadDatabase(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	get(t, in.Client(), in.URL+"/readyz", http.StatusOK)
	in.App.DB.Close()
	get(t, in.Client(), in.URL+"/readyz", http.StatusServiceUnavailable)
	get(t, in.Client(), in.URL+"/healthz", http.StatusOK)
}
