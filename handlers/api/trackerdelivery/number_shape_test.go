package trackerdelivery_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/server/render"
)

// A number the carrier never issues (CJ Logistics numbers are 10 or 12 digits
// with a check digit) is a 400 naming the carrier, in Korean or English, before
// any lookup: no parcel is created and the carrier is not asked.
func TestTrackerDeliveryRefusesMalformedNumbers(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start})
	for _, tc := range []struct{ path, want string }{
		{"/carriers/kr.cjlogistics/tracks/12345", "CJ대한통운 운송장 번호가 아닙니다."},
		{"/carriers/kr.cjlogistics/tracks/12345?lang=en", "This is not a CJ Logistics number."},
		{"/carriers/kr.cjlogistics/tracks/1234567890?lang=en", "This is not a CJ Logistics number."}, // wrong check digit
		{"/carriers/kr.cjlogistics/tracks/1Z999AA10123456784?lang=en", "This is not a CJ Logistics number."},
	} {
		var body render.TrackerDeliveryError
		res := tdGet(t, in, tc.path, "", &body)
		if res.StatusCode != http.StatusBadRequest || body.Message != tc.want {
			t.Errorf("GET %s: %d %q, want 400 %q", tc.path, res.StatusCode, body.Message, tc.want)
		}
	}
	for _, n := range []string{"12345", "1234567890"} {
		if _, err := in.App.DB.ParcelBySlugNumber(context.Background(), "cjlogistics", n); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("a malformed number %s left a parcel: %v", n, err)
		}
	}
	var ok render.TrackerDeliveryError
	if res := tdGet(t, in, "/carriers/kr.cjlogistics/tracks/1234567880", "", &ok); res.StatusCode != http.StatusOK {
		t.Errorf("a well-formed CJ number: %d %q", res.StatusCode, ok.Message)
	}
}
