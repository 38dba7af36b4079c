package console_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

var (
	shownKey    = regexp.MustCompile(`id="new-key"[^>]*>(wp_[A-Za-z0-9]+)<`)
	shownSecret = regexp.MustCompile(`id="new-secret"[^>]*>(wps_[A-Za-z0-9]+)<`)
)

func TestCreatingASignatureKeyShowsItsSecretOnce(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{})
		s := login(t, in)
		_, page := s.get("/api-keys")
		if !strings.Contains(page, "API key with signature (HMAC-SHA256)") {
			t.Fatal("the API keys page offers no key with signature")
		}
		res, page := s.post("/api-keys", url.Values{"name": {"Signed shop"}, "kind": {"signature"}})
		key, secret := shownKey.FindStringSubmatch(page), shownSecret.FindStringSubmatch(page)
		if res.StatusCode != http.StatusCreated || key == nil || secret == nil {
			t.Fatalf("create: %d, key %v, secret %v", res.StatusCode, key, secret)
		}
		k, err := in.App.Accounts.Authenticate(context.Background(), key[1])
		if err != nil || k.Secret != secret[1] || !k.SignatureRequired {
			t.Errorf("the shown key does not carry the shown secret: %+v, %v", k, err)
		}
		_, page = s.get("/api-keys")
		if strings.Contains(page, secret[1]) || strings.Contains(page, key[1]) {
			t.Error("the key or its secret is shown again")
		}
		if !strings.Contains(page, "Signed shop") || !strings.Contains(page, ">Signature<") {
			t.Error("the list does not mark the key as one with signature")
		}
		res, page = s.post("/api-keys", url.Values{"name": {"Plain"}, "kind": {"key"}})
		if res.StatusCode != http.StatusCreated || shownKey.FindStringSubmatch(page) == nil || shownSecret.FindStringSubmatch(page) != nil {
			t.Errorf("plain key: %d, secret shown %v", res.StatusCode, shownSecret.FindStringSubmatch(page) != nil)
		}
	})
}
