package console_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
)

func TestAddTrackingSuggestsCouriersAndAsksTheirFields(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	_, page := s.get("/trackings")
	if !strings.Contains(page, `hx-get="/trackings/detect"`) || !strings.Contains(page, `hx-get="/trackings/courier-fields"`) {
		t.Fatalf("the add form does not ask as one types:\n%s", page)
	}
	// A UPS number is suggested as UPS while typing.
	res, frag := s.getHTMX("/trackings/detect?tracking_number=" + url.QueryEscape("1Z999AA10123456784"))
	if res.StatusCode != http.StatusOK || strings.Contains(frag, "<html") || !strings.Contains(frag, `data-pick-courier="ups"`) || !strings.Contains(frag, ">UPS<") {
		t.Fatalf("suggestions: %d\n%s", res.StatusCode, frag)
	}
	if _, frag = s.getHTMX("/trackings/detect?tracking_number=x"); strings.Contains(frag, "data-pick-courier") {
		t.Errorf("a nonsense number has suggestions:\n%s", frag)
	}
	// Deutsche Post asks for the ship date; UPS asks for nothing more.
	_, frag = s.getHTMX("/trackings/courier-fields?slug=deutsch-post")
	if !strings.Contains(frag, `<label for="f-tracking-ship-date">Ship date</label>`) || !strings.Contains(frag, `type="date"`) {
		t.Errorf("Deutsche Post fields:\n%s", frag)
	}
	if _, frag = s.getHTMX("/trackings/courier-fields?slug=ups"); strings.Contains(frag, "<input") {
		t.Errorf("UPS fields:\n%s", frag)
	}

	// Without the ship date the field says so, in words.
	form := url.Values{"tracking_number": {"00340434161094042557"}, "slug": {"deutsch-post"}}
	res, frag = s.htmx("/trackings", form)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(frag, "The courier needs the ship date to find this parcel.") {
		t.Fatalf("missing ship date: %d\n%s", res.StatusCode, frag)
	}
	form.Set("tracking_ship_date", "2026-12-01")
	if got := s.mustRedirect("/trackings", form); !strings.HasPrefix(got, "/trackings/") {
		t.Fatalf("add: %s", got)
	}
	ts, _, err := in.App.Tracking.List(context.Background(), in.OrgID(t), models.TrackingFilter{Slugs: []string{"deutsch-post"}})
	if err != nil || len(ts) != 1 || ts[0].TrackingShipDate == nil || *ts[0].TrackingShipDate != "20261201" {
		t.Errorf("stored: %+v %v", ts, err)
	}
}

func TestAddTrackingErrorsInPlainWords(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	for number, want := range map[string]string{
		"":             `id="tracking_number-error">Enter the tracking number`,
		"QQ1234567XYZ": `id="slug-error">We cannot tell the courier from this number. Please choose the courier.`,
		"<script>":     `id="tracking_number-error">This does not look like a tracking number:`,
	} {
		res, frag := s.htmx("/trackings", url.Values{"tracking_number": {number}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(frag, want) {
			t.Errorf("%q: %d, want %s\n%s", number, res.StatusCode, want, frag)
		}
		if strings.Contains(frag, "pass slug") || strings.Contains(frag, "`") {
			t.Errorf("%q: API wording in the form:\n%s", number, frag)
		}
	}
	s.mustRedirect("/trackings", url.Values{"tracking_number": {"1Z999AA10123456784"}})
	if _, frag := s.htmx("/trackings", url.Values{"tracking_number": {"1Z999AA10123456784"}, "slug": {"ups"}}); !strings.Contains(frag, "You already track this number") {
		t.Errorf("duplicate:\n%s", frag)
	}
}
