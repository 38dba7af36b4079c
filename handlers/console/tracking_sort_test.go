package console_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/tracking"
)

// order is the titles of want as they appear in page, or nil when one is missing.
func order(page string, want ...string) []int {
	var at []int
	for _, w := range want {
		i := strings.Index(page, ">"+w+"<")
		if i < 0 {
			return nil
		}
		at = append(at, i)
	}
	return at
}

func ascending(at []int) bool {
	for i := 1; i < len(at); i++ {
		if at[i] <= at[i-1] {
			return false
		}
	}
	return len(at) > 0
}

func TestTrackingListSorts(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)})
		org := in.OrgID(t)
		ups := addTracking(t, in, org, "ups", "1Z999AA10123456784", "A ups parcel", "", "")
		in.Clock.Advance(time.Minute)
		addTracking(t, in, org, "usps", "9400111899223197428490", "B usps parcel", "", "")
		in.Clock.Advance(time.Minute)
		addTracking(t, in, org, "fedex", "449044304137821", "C fedex parcel", "", "")
		in.Clock.Advance(time.Minute)
		title := "A ups parcel"
		if _, err := in.App.Tracking.Update(context.Background(), org, ups.ID, tracking.UpdateInput{
			Values: models.Tracking{Title: title}, Fields: []string{"note"}}); err != nil {
			t.Fatal(err)
		}
		if _, err := in.App.Tracking.MarkCompleted(context.Background(), org, ups.ID, tracking.Completion{Reason: "DELIVERED"}); err != nil {
			t.Fatal(err)
		}
		s := login(t, in)
		for sort, want := range map[string][]string{
			"":             {"C fedex parcel", "B usps parcel", "A ups parcel"},
			"created_asc":  {"A ups parcel", "B usps parcel", "C fedex parcel"},
			"updated_desc": {"A ups parcel", "C fedex parcel", "B usps parcel"},
			"updated_asc":  {"B usps parcel", "C fedex parcel", "A ups parcel"},
			"courier_asc":  {"C fedex parcel", "A ups parcel", "B usps parcel"},
			"courier_desc": {"B usps parcel", "A ups parcel", "C fedex parcel"},
			"status_asc":   {"A ups parcel", "C fedex parcel", "B usps parcel"},
			"status_desc":  {"C fedex parcel", "B usps parcel", "A ups parcel"},
		} {
			res, frag := s.getHTMX("/trackings?sort=" + url.QueryEscape(sort))
			if !ascending(order(frag, want...)) {
				t.Errorf("sort %q: want %v:\n%s", sort, want, frag)
			}
			if sort != "" && res.Header.Get("HX-Push-Url") != "/trackings?sort="+sort {
				t.Errorf("sort %q: pushed %q", sort, res.Header.Get("HX-Push-Url"))
			}
		}
		// An unknown order is the default one.
		if _, frag := s.getHTMX("/trackings?sort=title_asc;drop"); !ascending(order(frag, "C fedex parcel", "B usps parcel", "A ups parcel")) {
			t.Errorf("unknown sort:\n%s", frag)
		}
		// Sorting combines with a filter and keeps it in the page's links.
		if _, page := s.get("/trackings?sort=courier_desc&tag=Pending"); !strings.Contains(page, `<option value="courier_desc" selected>`) ||
			!strings.Contains(page, `href="/trackings?sort=courier_desc&amp;tag=Delivered"`) || strings.Contains(page, ">A ups parcel<") {
			t.Errorf("sort with a tab:\n%s", page)
		}
	})
}
