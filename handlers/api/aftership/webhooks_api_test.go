package aftership_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/app/apptest"
)

var allowPrivate = apptest.Options{Env: map[string]string{"WAYPOST_ALLOW_PRIVATE_WEBHOOKS": "true",
	"WAYPOST_WEBHOOK_FIRST_RETRY": "100ms"}, Jobs: true}

func TestWebhookEndpointsAPI(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, allowPrivate)
		c := newASClient(t, in, "/api/v1")
		created := c.expect(c.do("POST", "/webhooks", map[string]any{"url": "https://example.com/hook",
			"events": []string{"tracking_update"}, "tags": []string{"Delivered"}, "headers": map[string]string{"X-Shop": "1"}}),
			http.StatusCreated, 201).obj(t, "")
		id, secret := created["id"].(string), created["secret"].(string)
		if id == "" || !strings.HasPrefix(secret, "whsec_") || created["api_version"] != "2024-04" {
			t.Fatalf("created %v", created)
		}
		shown := c.expect(c.do("GET", "/webhooks/"+id, nil), 200, 200).obj(t, "")
		if _, has := shown["secret"]; has {
			t.Fatalf("the secret is shown again: %v", shown)
		}
		c.expect(c.do("PATCH", "/webhooks/"+id, map[string]any{"tags": []string{}, "api_version": "2025-07"}), 200, 200)
		list := c.expect(c.do("GET", "/webhooks", nil), 200, 200).obj(t, "")
		hooks := list["webhooks"].([]any)
		if len(hooks) != 1 || hooks[0].(map[string]any)["api_version"] != "2025-07" {
			t.Fatalf("list %v", list)
		}
		bad := c.do("POST", "/webhooks", map[string]any{"url": "ftp://example.com", "api_version": "2023-01"})
		if bad.Status != http.StatusBadRequest || !strings.Contains(bad.Meta.Message, "url") {
			t.Fatalf("bad url: %d %s", bad.Status, bad.Meta.Message)
		}
		if r := c.do("POST", "/webhooks", map[string]any{"url": "https://example.com", "tags": []string{"Nope"}}); r.Status != 400 {
			t.Fatalf("bad tag: %d", r.Status)
		}
		if r := c.do("POST", "/webhooks", "{"); r.Status != 400 {
			t.Fatalf("bad json: %d", r.Status)
		}
		c.expect(c.do("DELETE", "/webhooks/"+id, nil), 200, 200)
		c.expect(c.do("GET", "/webhooks/"+id, nil), 404, 404)
	})
}

func TestWebhookRegistrationRefusesPrivateTargets(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	c := newASClient(t, in, "/api/v1")
	for _, u := range []string{"http://127.0.0.1:9/x", "http://localhost/x", "http://169.254.169.254/latest/meta-data",
		"http://10.1.2.3/", "http://100.64.0.1/", "http://[::1]/", "http://192.168.1.1/"} {
		r := c.do("POST", "/webhooks", map[string]any{"url": u})
		if r.Status != http.StatusBadRequest || !strings.Contains(r.Meta.Message, "url") {
			t.Errorf("%s: got %d %s, want a 400 on url", u, r.Status, r.Meta.Message)
		}
	}
}

func TestWebhooksAreTenantIsolated(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, allowPrivate)
		a := newASClient(t, in, "/api/v1")
		recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {}))
		t.Cleanup(recv.Close)
		id := a.expect(a.do("POST", "/webhooks", map[string]any{"url": recv.URL}), 201, 201).obj(t, "")["id"].(string)
		a.expect(a.do("POST", "/webhooks/"+id+"/test", nil), 202, 202)

		b := newASClient(t, in, "/api/v1")
		b.key = otherOrgKey(t, in)
		for _, r := range []*asReply{b.do("GET", "/webhooks/"+id, nil), b.do("PATCH", "/webhooks/"+id, map[string]any{"enabled": false}),
			b.do("POST", "/webhooks/"+id+"/rotate-secret", nil), b.do("POST", "/webhooks/"+id+"/test", nil),
			b.do("GET", "/webhooks/"+id+"/deliveries", nil), b.do("DELETE", "/webhooks/"+id, nil)} {
			b.expect(r, 404, 404)
		}
		if hooks := b.expect(b.do("GET", "/webhooks", nil), 200, 200).obj(t, "")["webhooks"].([]any); len(hooks) != 0 {
			t.Fatalf("org B sees %v", hooks)
		}
		if evs := b.expect(b.do("GET", "/events", nil), 200, 200).obj(t, "")["events"].([]any); len(evs) != 0 {
			t.Fatalf("org B sees events %v", evs)
		}
		if evs := a.expect(a.do("GET", "/events", nil), 200, 200).obj(t, "")["events"].([]any); len(evs) != 1 {
			t.Fatalf("org A sees events %v", evs)
		}
	})
}

// otherOrgKey signs up a second merchant and returns its API key.
func otherOrgKey(t *testing.T, in *apptest.Instance) string {
	t.Helper()
	ctx := context.Background()
	s, err := in.App.Accounts.Signup(ctx, accounts.SignupInput{OrganizationName: "Other", Email: "other@example.com", Password: "another horse battery"})
	if err != nil {
		t.Fatal(err)
	}
	key, _, err := in.App.Accounts.NewAPIKey(ctx, s.Organization.ID, "other")
	if err != nil {
		t.Fatal(err)
	}
	return key
}
