package console_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/tracking"
)

// addTracking creates a tracking for org straight through the service the APIs use.
func addTracking(t *testing.T, in *apptest.Instance, org, slug, number, title, order, customer string) *models.Tracking {
	t.Helper()
	in2 := tracking.CreateInput{Tracking: models.Tracking{Slug: slug, TrackingNumber: number, Title: title, Source: "api"}}
	if order != "" {
		in2.OrderID = &order
	}
	if customer != "" {
		in2.CustomerName = &customer
	}
	tr, err := in.App.Tracking.Create(context.Background(), org, in2)
	if err != nil {
		t.Fatalf("create %s: %v", number, err)
	}
	return tr
}

// getHTMX asks for path as htmx does after a filter, tab or page change.
func (s *session) getHTMX(path string) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodGet, s.in.URL+path, nil)
	req.Header.Set("HX-Request", "true")
	return s.do(req)
}

func TestTrackingListFiltersAndAnswersHTMXWithTheListRegion(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	org := in.OrgID(t)
	addTracking(t, in, org, "usps", "9400111899223197428490", "Blue mug", "ORD-1001", "Dana Park")
	ups := addTracking(t, in, org, "ups", "1Z999AA10123456784", "Red teapot", "ORD-1002", "Lee Min")
	ctx := context.Background()
	if _, err := in.App.Tracking.MarkCompleted(ctx, org, ups.ID, tracking.Completion{Reason: "DELIVERED"}); err != nil {
		t.Fatal(err)
	}
	s := login(t, in)

	res, page := s.get("/trackings")
	if res.StatusCode != http.StatusOK || !strings.Contains(page, "<html") || !strings.Contains(page, `id="filters"`) {
		t.Fatalf("page: %d\n%s", res.StatusCode, page)
	}
	for _, col := range []string{">Courier<", ">Order<", ">Customer<", ">Destination<", ">Last event<", ">Updated<", ">EDD<", "ORD-1001", "Dana Park"} {
		if !strings.Contains(page, col) {
			t.Errorf("the list does not show %q", col)
		}
	}
	if strings.Contains(page, "style=") {
		t.Error("the list page has an inline style, which the CSP blocks")
	}

	// htmx gets the region alone: tabs with counts, rows and pager, no chrome.
	res, frag := s.getHTMX("/trackings?tag=Delivered")
	if res.StatusCode != http.StatusOK || strings.Contains(frag, "<html") || strings.Contains(frag, `id="filters"`) ||
		!strings.HasPrefix(strings.TrimSpace(frag), `<div id="trackings-list"`) {
		t.Fatalf("fragment: %d\n%s", res.StatusCode, frag)
	}
	if !strings.Contains(frag, "Red teapot") || strings.Contains(frag, "Blue mug") {
		t.Errorf("the Delivered tab shows the wrong trackings:\n%s", frag)
	}
	if !strings.Contains(frag, `All <span class="count">2</span>`) || !strings.Contains(frag, `Delivered <span class="count">1</span>`) {
		t.Errorf("tabs lack their counts:\n%s", frag)
	}
	if got := res.Header.Get("HX-Push-Url"); got != "/trackings?tag=Delivered" {
		t.Errorf("HX-Push-Url = %q", got)
	}
	if res.Header.Get("Vary") != "HX-Request" {
		t.Errorf("Vary = %q", res.Header.Get("Vary"))
	}
	// The back button's history restore gets the whole page again.
	req, _ := http.NewRequest(http.MethodGet, in.URL+"/trackings?tag=Delivered", nil)
	req.Header.Set("HX-Request", "true")
	req.Header.Set("HX-History-Restore-Request", "true")
	if _, restored := s.do(req); !strings.Contains(restored, "<html") {
		t.Error("a history restore did not get the whole page")
	}

	for query, want := range map[string]string{
		"courier=usps":             "Blue mug",
		"courier=ups":              "Red teapot",
		"q=ORD-1002":               "Red teapot",
		"q=dana":                   "Blue mug",
		"q=9400111899223197428490": "Blue mug",
	} {
		_, frag := s.getHTMX("/trackings?" + query)
		other := map[string]string{"Blue mug": "Red teapot", "Red teapot": "Blue mug"}[want]
		if !strings.Contains(frag, want) || strings.Contains(frag, other) {
			t.Errorf("%s: want only %s:\n%s", query, want, frag)
		}
	}
	// Date ranges: nothing was created before today, everything until today.
	if _, frag := s.getHTMX("/trackings?created_to=2001-01-01"); !strings.Contains(frag, "No trackings match") {
		t.Errorf("created_to in the past still lists trackings:\n%s", frag)
	}
	today := in.Clock.Now().UTC().Format("2006-01-02")
	if _, frag := s.getHTMX("/trackings?created_from=" + today + "&updated_to=" + today); !strings.Contains(frag, "Blue mug") || !strings.Contains(frag, "Red teapot") {
		t.Errorf("today's range misses trackings:\n%s", frag)
	}
	// Nonsense in the address is ignored, never an error.
	if res, _ := s.getHTMX("/trackings?tag=Nope&courier=nope&created_from=yesterday&page=-3"); res.StatusCode != http.StatusOK {
		t.Errorf("bad query: %d", res.StatusCode)
	}
	// The filters the page was opened with are kept in the form and the links.
	_, page = s.get("/trackings?courier=ups&q=teapot")
	if !strings.Contains(page, `<option value="ups" selected>`) || !strings.Contains(page, `value="teapot"`) ||
		!strings.Contains(page, `href="/trackings?courier=ups&amp;q=teapot&amp;tag=Delivered"`) {
		t.Errorf("the page lost its filters:\n%s", page)
	}
}

func TestTrackingListPages(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	org := in.OrgID(t)
	for i := range 51 {
		addTracking(t, in, org, "usps", fmt.Sprintf("94001118992231974%05d", i), fmt.Sprintf("Parcel %05d", i), "", "")
	}
	s := login(t, in)
	_, frag := s.getHTMX("/trackings?courier=usps")
	if !strings.Contains(frag, "Page 1 of 2") || !strings.Contains(frag, `hx-get="/trackings?courier=usps&amp;page=2"`) || !strings.Contains(frag, `hx-push-url="true"`) {
		t.Fatalf("pager:\n%s", frag)
	}
	_, frag = s.getHTMX("/trackings?courier=usps&page=2")
	if !strings.Contains(frag, "Page 2 of 2") || !strings.Contains(frag, "Parcel 00000") || strings.Contains(frag, "Parcel 00050") {
		t.Errorf("page 2 (oldest last):\n%s", frag)
	}
}
