package webhooks

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/waypost/waypost/models"
)

func testService(t *testing.T, allowPrivate bool) *Service {
	db, err := models.Open(context.Background(), models.Options{SQLitePath: filepath.Join(t.TempDir(), "w.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.Close)
	return NewService(Deps{DB: db, Options: Options{AllowPrivate: allowPrivate}})
}

// A name that resolved to a public address at registration may resolve to loopback
// later (DNS rebinding): the dialer checks the address it actually connects to.
func TestConnectRefusesPrivateAddressesAfterResolution(t *testing.T) {
	hits := 0
	recv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { hits++ }))
	defer recv.Close()
	port := recv.URL[strings.LastIndex(recv.URL, ":"):]
	s := testService(t, false)
	for _, u := range []string{"http://localhost" + port + "/hook", recv.URL} {
		a := s.send(context.Background(), &models.WebhookEndpoint{URL: u, Secret: "s"}, []byte(`{}`))
		if a.StatusCode != 0 || !strings.Contains(a.Error, errPrivateTarget.Error()) {
			t.Errorf("%s: attempt %+v, want refused at connect", u, a)
		}
	}
	if hits != 0 {
		t.Fatalf("the receiver on loopback was reached %d times", hits)
	}
	if err := s.guard.control("tcp", "169.254.169.254:80", nil); !errors.Is(err, errPrivateTarget) {
		t.Fatalf("metadata address: %v", err)
	}
	if err := s.guard.control("tcp", "93.184.216.34:443", nil); err != nil {
		t.Fatalf("public address refused: %v", err)
	}
}

func TestPrivateTargetsAllowedWithTheFlag(t *testing.T) {
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(204) }))
	defer recv.Close()
	s := testService(t, true)
	if err := s.guard.checkURL(context.Background(), recv.URL); err != nil {
		t.Fatal(err)
	}
	if a := s.send(context.Background(), &models.WebhookEndpoint{URL: recv.URL, Secret: "s"}, []byte(`{}`)); a.StatusCode != 204 {
		t.Fatalf("attempt %+v", a)
	}
}

func TestRedirectsAreNotFollowed(t *testing.T) {
	target := 0
	dest := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { target++ }))
	defer dest.Close()
	recv := httptest.NewServer(http.RedirectHandler(dest.URL, http.StatusTemporaryRedirect))
	defer recv.Close()
	s := testService(t, true)
	a := s.send(context.Background(), &models.WebhookEndpoint{URL: recv.URL, Secret: "s"}, []byte(`{}`))
	if a.StatusCode != http.StatusTemporaryRedirect || target != 0 {
		t.Fatalf("attempt %+v, redirect target hit %d times", a, target)
	}
}

func TestBackoffSpansAboutThreeDays(t *testing.T) {
	s := testService(t, false)
	var total float64
	for i := 1; i < s.opts.MaxAttempts; i++ {
		total += s.backoff(i).Hours()
	}
	if total < 48 || total > 96 {
		t.Fatalf("%d attempts span %.1f h, want about 3 days", s.opts.MaxAttempts, total)
	}
}
