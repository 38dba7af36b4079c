package aftership_test

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/app/apptest"
)

func TestAfterShip2404List(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		ids := map[string]string{}
		for i, n := range []string{"6123456789010", "6123456789027", "6123456789034"} {
			in.Clock.Advance(time.Minute)
			b := asSeedTracking(n)
			tr := b["tracking"].(map[string]any)
			tr["order_id"] = fmt.Sprintf("ORD-%d", i)
			tr["shipment_tags"] = []string{fmt.Sprintf("batch-%d", i%2)}
			ids[n] = c.expect(c.do("POST", "/trackings", b), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		}
		usps := map[string]any{"tracking": map[string]any{"tracking_number": "9400100000000000000000", "slug": "usps", "destination_country_iso3": "KOR"}}
		in.Clock.Advance(time.Minute)
		ids["usps"] = c.expect(c.do("POST", "/trackings", usps), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		in.Clock.Advance(time.Hour)
		c.poll(ids["usps"])

		list := func(query string) ([]string, map[string]any) {
			t.Helper()
			d := c.expect(c.do("GET", "/trackings?"+query, nil), http.StatusOK, 200).obj(t, "")
			var got []string
			for _, tr := range d["trackings"].([]any) {
				got = append(got, tr.(map[string]any)["tracking_number"].(string))
			}
			return got, d
		}
		all, d := list("")
		if len(all) != 4 || all[0] != "9400100000000000000000" || d["count"] != float64(4) || d["total"] != float64(4) || d["limit"] != float64(100) || d["page"] != float64(1) {
			t.Fatalf("list all: %v %v", all, d)
		}
		checks := map[string][]string{
			"slug=usps":             {"9400100000000000000000"},
			"tag=Delivered":         {"9400100000000000000000"},
			"tag=Pending,Delivered": all,
			"keyword=ORD-1":         {"6123456789027"},
			"keyword=yourdomain":    {"6123456789034", "6123456789027", "6123456789010"},
			"tracking_numbers=6123456789010,9400100000000000000000": {"9400100000000000000000", "6123456789010"},
			"order_id=ORD-2":        {"6123456789034"},
			"shipment_tags=batch-0": {"6123456789034", "6123456789010"},
			"destination=KOR":       {"9400100000000000000000"},
			"origin=CHN":            {"6123456789034", "6123456789027", "6123456789010"},
			"return_to_sender=true": nil,
			"transit_time=0":        {"9400100000000000000000"},
			"limit=2":               all[:2],
			"limit=2&page=2":        all[2:],
			"created_at_min=" + url.QueryEscape(asStart.Add(2*time.Minute).Format(time.RFC3339)): all[:3],
		}
		for q, want := range checks {
			if got, _ := list(q); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: got %v, want %v", q, got, want)
			}
		}
		_, d = list("limit=2")
		p := d["pagination"].(map[string]any)
		if p["has_next_page"] != true || p["next_cursor"] == nil {
			t.Fatalf("pagination: %v", p)
		}
		if got, _ := list("limit=2&cursor=" + p["next_cursor"].(string)); fmt.Sprint(got) != fmt.Sprint(all[2:]) {
			t.Errorf("next cursor page: %v", got)
		}
		_, d = list("fields=title")
		if tr := d["trackings"].([]any)[0].(map[string]any); len(tr) != 4 || tr["title"] == nil {
			t.Errorf("fields=title: %v", tr)
		}
		for _, q := range []string{"limit=201", "limit=0", "page=0", "tag=Lost", "origin=US", "created_at_min=yesterday", "cursor=zz", "transit_time=-1"} {
			c.expect(c.do("GET", "/trackings?"+q, nil), http.StatusBadRequest, 4008)
		}
	})
}

func TestAfterShip2404TenantIsolation(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	c := newASClient(t, in, "/tracking/2024-04")
	id := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789010")), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
	ctx := t.Context()
	other, err := in.App.Accounts.Signup(ctx, accounts.SignupInput{Email: "other@example.com", Password: "another long password", OrganizationName: "Other shop"})
	if err != nil {
		t.Fatal(err)
	}
	key, _, err := in.App.Accounts.NewAPIKey(ctx, other.Organization.ID, "test")
	if err != nil {
		t.Fatal(err)
	}
	o := newASClient(t, in, "/tracking/2024-04")
	o.key = key
	o.expect(o.do("GET", "/trackings/"+id, nil), http.StatusNotFound, 4004)
	o.expect(o.do("DELETE", "/trackings/kpost/6123456789010", nil), http.StatusNotFound, 4004)
	if n := o.expect(o.do("GET", "/trackings", nil), 200, 200).obj(t, "")["count"]; n != float64(0) {
		t.Errorf("another organization lists %v trackings", n)
	}
	o.expect(o.do("POST", "/trackings", asSeedTracking("6123456789010")), http.StatusCreated, 201)
}
