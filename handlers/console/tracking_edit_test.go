package console_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/app/apptest"
)

// editForm is the edit form as a merchant fills it.
func editForm() url.Values {
	return url.Values{
		"title": {"Blue mug for Dana"}, "order_id": {"ORD-1001"}, "order_number": {"#1001"},
		"order_promised_delivery_date": {"2026-12-24"}, "customer_name": {"Dana Park"},
		"emails": {"dana@example.com, ops@example.com"}, "destination_city": {"Denver"},
		"destination_country_iso3": {"usa"}, "language": {"en"}, "shipment_tags": {"gift, fragile"},
		"note": {"Leave at the door"}, "custom_fields": {"gift_wrap = yes\nchannel = web"},
	}
}

func TestEditTrackingSavesThroughTheTrackingService(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	org := in.OrgID(t)
	tr := addTracking(t, in, org, "usps", "9400111899223197428490", "Blue mug", "", "")
	s := login(t, in)
	res, page := s.get("/trackings/" + tr.ID + "/edit")
	if res.StatusCode != http.StatusOK || !strings.Contains(page, `<label for="f-order-id">Order ID</label>`) || strings.Contains(page, "style=") {
		t.Fatalf("edit page: %d\n%s", res.StatusCode, page)
	}
	if got := s.mustRedirect("/trackings/"+tr.ID+"/edit", editForm()); got != "/trackings/"+tr.ID+"?done=saved" {
		t.Fatalf("after saving: %s", got)
	}
	saved, err := in.App.Tracking.Get(context.Background(), org, tr.ID)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Title != "Blue mug for Dana" || *saved.OrderNumber != "#1001" || *saved.DestinationCountryISO3 != "USA" ||
		len(saved.Emails) != 2 || saved.CustomFields["gift_wrap"] != "yes" || len(saved.ShipmentTags) != 2 || *saved.OrderPromisedDeliveryDate != "2026-12-24" {
		t.Errorf("saved: %+v", saved)
	}
	_, page = s.get("/trackings/" + tr.ID + "?done=saved")
	for _, want := range []string{"Changes saved.", "#1001", "dana@example.com, ops@example.com", `href="/trackings/` + tr.ID + `/edit"`} {
		if !strings.Contains(page, want) {
			t.Errorf("detail page lacks %q", want)
		}
	}
	// The form opens with what is stored.
	if _, page = s.get("/trackings/" + tr.ID + "/edit"); !strings.Contains(page, "channel = web\ngift_wrap = yes") {
		t.Errorf("custom fields not refilled:\n%s", page)
	}
}

func TestEditTrackingErrorsInPlainWords(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	org := in.OrgID(t)
	tr := addTracking(t, in, org, "usps", "9400111899223197428490", "Blue mug", "ORD-1", "")
	s := login(t, in)
	for field, bad := range map[string]string{
		"emails":                   "dana at example",
		"destination_country_iso3": "Germany",
		"language":                 "english",
		"custom_fields":            "just words",
	} {
		form := editForm()
		form.Set(field, bad)
		res, frag := s.htmx("/trackings/"+tr.ID+"/edit", form)
		if res.StatusCode != http.StatusUnprocessableEntity || strings.Contains(frag, "<html") || !strings.Contains(frag, `id="edit-tracking"`) {
			t.Fatalf("%s: %d\n%s", field, res.StatusCode, frag)
		}
		id := "f-" + strings.ReplaceAll(field, "_", "-")
		if !strings.Contains(frag, `id="`+id+`" name="`+field+`"`) || !strings.Contains(frag, `aria-invalid="true"`) ||
			strings.Contains(frag, "`") || strings.Contains(frag, "is invalid") {
			t.Errorf("%s: not a plain error under the field:\n%s", field, frag)
		}
		if !strings.Contains(frag, strings.ReplaceAll(url.QueryEscape(bad), "+", " ")) && field != "custom_fields" {
			t.Errorf("%s: the typed value %q was lost", field, bad)
		}
	}
	// Nothing was written by the refused forms.
	got, _ := in.App.Tracking.Get(context.Background(), org, tr.ID)
	if got.Title != "Blue mug" || *got.OrderID != "ORD-1" {
		t.Errorf("a refused form changed the tracking: %+v", got)
	}
}

func TestTrackingActionsRetrackCompleteDelete(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	org := in.OrgID(t)
	tr := addTracking(t, in, org, "usps", "9400111899223197428490", "Blue mug", "", "")
	s := login(t, in)
	_, page := s.get("/trackings/" + tr.ID)
	if !strings.Contains(page, `id="complete-tracking"`) || strings.Contains(page, `id="retrack-tracking"`) || !strings.Contains(page, `data-confirm="Delete this tracking?`) {
		t.Fatalf("actions of an active tracking:\n%s", page)
	}
	// Retracking an active tracking is refused in words.
	res, page := s.post("/trackings/"+tr.ID+"/retrack", nil)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "still being followed") {
		t.Errorf("retrack active: %d\n%s", res.StatusCode, page)
	}
	if res, page = s.post("/trackings/"+tr.ID+"/complete", url.Values{"reason": {"whatever"}}); res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "Choose why") {
		t.Errorf("bad reason: %d\n%s", res.StatusCode, page)
	}
	if got := s.mustRedirect("/trackings/"+tr.ID+"/complete", url.Values{"reason": {"LOST"}}); got != "/trackings/"+tr.ID+"?done=completed" {
		t.Errorf("complete: %s", got)
	}
	got, _ := in.App.Tracking.Get(context.Background(), org, tr.ID)
	if got.Active || got.Tag != "Exception" {
		t.Errorf("after completing: active %v tag %s", got.Active, got.Tag)
	}
	_, page = s.get("/trackings/" + tr.ID + "?done=completed")
	if !strings.Contains(page, "Marked as completed.") || !strings.Contains(page, `id="retrack-tracking"`) {
		t.Errorf("completed page:\n%s", page)
	}
	s.mustRedirect("/trackings/"+tr.ID+"/retrack", nil)
	if got, _ = in.App.Tracking.Get(context.Background(), org, tr.ID); !got.Active {
		t.Error("retrack did not follow the tracking again")
	}
	if got := s.mustRedirect("/trackings/"+tr.ID+"/delete", nil); got != "/trackings?done=deleted" {
		t.Errorf("delete: %s", got)
	}
	if _, page := s.get("/trackings?done=deleted"); !strings.Contains(page, "Tracking deleted.") || strings.Contains(page, "Blue mug") {
		t.Error("the list does not confirm the deletion")
	}
	if res, _ := s.get("/trackings/" + tr.ID); res.StatusCode != http.StatusNotFound {
		t.Errorf("deleted tracking: %d", res.StatusCode)
	}
}

func TestAnotherOrganizationCannotOpenEditOrDeleteATracking(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	org := in.OrgID(t)
	tr := addTracking(t, in, org, "usps", "9400111899223197428490", "Blue mug", "ORD-1", "")
	if _, err := in.App.Accounts.Signup(context.Background(), accounts.SignupInput{
		OrganizationName: "Other Shop", Email: "other@example.com", Password: "another long password"}); err != nil {
		t.Fatal(err)
	}
	b := &session{t: t, in: in, c: in.Client()}
	if res, _ := b.post("/login", url.Values{"email": {"other@example.com"}, "password": {"another long password"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("login B: %d", res.StatusCode)
	}
	for _, path := range []string{"/trackings/" + tr.ID, "/trackings/" + tr.ID + "/edit", "/trackings/" + tr.ID + "/shipment"} {
		if res, page := b.get(path); res.StatusCode != http.StatusNotFound || strings.Contains(page, "Blue mug") {
			t.Errorf("B GET %s: %d", path, res.StatusCode)
		}
	}
	for path, form := range map[string]url.Values{
		"/edit": editForm(), "/retrack": nil, "/complete": {"reason": {"DELIVERED"}}, "/delete": nil,
	} {
		if res, _ := b.post("/trackings/"+tr.ID+path, form); res.StatusCode != http.StatusNotFound {
			t.Errorf("B POST %s: %d", path, res.StatusCode)
		}
	}
	if _, page := b.get("/trackings"); strings.Contains(page, "Blue mug") {
		t.Error("B's list shows A's tracking")
	}
	got, err := in.App.Tracking.Get(context.Background(), org, tr.ID)
	if err != nil || got.Title != "Blue mug" || !got.Active || *got.OrderID != "ORD-1" {
		t.Errorf("A's tracking changed: %+v %v", got, err)
	}
}
