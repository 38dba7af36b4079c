package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// TestThinPath logs in, adds a tracking in the console, lets the sandbox move it,
// and reads it back in the console, the public page and the API, on both databases.
func TestThinPath(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)})
		c := in.Client()
		res := postForm(t, c, in.URL+"/login", url.Values{"email": {apptest.Email}, "password": {apptest.Password}})
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/trackings" {
			t.Fatalf("login: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		res = postForm(t, c, in.URL+"/trackings", url.Values{"tracking_number": {"6123456789010"}, "slug": {"kpost"}, "order_id": {"ORD-77"}})
		loc := res.Header.Get("Location")
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/trackings/") {
			t.Fatalf("create: %d %q", res.StatusCode, loc)
		}
		id := strings.TrimPrefix(loc, "/trackings/")
		tr, err := in.App.Tracking.Get(context.Background(), in.OrgID(t), id)
		if err != nil {
			t.Fatal(err)
		}
		in.Clock.Advance(time.Hour)
		if err := in.App.Polling.Poll(context.Background(), tr.ParcelID); err != nil {
			t.Fatal(err)
		}
		page := get(t, c, in.URL+loc, http.StatusOK)
		for _, want := range []string{"6123456789010", "ORD-77", "Sandbox data", "Tracking history", "우체국"} {
			if !strings.Contains(page, want) {
				t.Errorf("detail page lacks %q", want)
			}
		}
		public := get(t, c, in.URL+"/track/kpost/6123456789010", http.StatusOK)
		if strings.Contains(public, "ORD-77") || strings.Contains(public, apptest.Email) {
			t.Error("public page shows merchant-private data")
		}
		if !strings.Contains(public, "Tracking history") {
			t.Error("public page has no timeline")
		}
		req, _ := http.NewRequest(http.MethodGet, in.URL+"/tracking/2024-04/trackings", nil)
		req.Header.Set("as-api-key", apptest.APIKey)
		res, err = c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Meta struct{ Code int }
			Data struct {
				Count     int
				Trackings []struct{ ID string }
			}
		}
		json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		if body.Meta.Code != 200 || body.Data.Count != 1 || body.Data.Trackings[0].ID != id {
			t.Errorf("api list: %+v", body)
		}
	})
}

func postForm(t *testing.T, c *http.Client, u string, v url.Values) *http.Response {
	t.Helper()
	res, err := c.PostForm(u, v)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

func get(t *testing.T, c *http.Client, u string, want int) string {
	t.Helper()
	res, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("GET %s: %d, want %d\n%s", u, res.StatusCode, want, b)
	}
	return string(b)
}
