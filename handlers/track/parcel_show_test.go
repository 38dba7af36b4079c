package track_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/tracking"
)

// unmaskedPhone is a Korean mobile number written in full.
var unmaskedPhone = regexp.MustCompile(`01[016789]-?\d{3,4}-?\d{4}`)

func TestParcelPage(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in, path := delivered(t, dialect)
		res, page := fetch(t, in, path)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
		for _, want := range []string{
			`<html lang="en"`, "<h1", "Delivered", "CJ Logistics", "1234567880", "Tracking history",
			"UTC+9", "010-****-", `href="tel:+8215881255"`, "1588-1255", `aria-current="true"`,
			"Names and phone numbers", `data-share-url="/track/kr.cjlogistics/1234567880"`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("page lacks %q", want)
			}
		}
		if m := unmaskedPhone.FindString(page); m != "" {
			t.Errorf("page shows the phone number %s", m)
		}
		if res.Header.Get("Set-Cookie") != "" {
			t.Error("public page sets a cookie")
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("CSP %q", csp)
		}
	})
}

func TestParcelPageKorean(t *testing.T) {
	in, path := delivered(t, "sqlite")
	for _, req := range [][]string{{path, "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5"}, {path + "?lang=ko"}} {
		_, page := fetch(t, in, req[0], req[1:]...)
		for _, want := range []string{`<html lang="ko"`, "배송 완료", "CJ대한통운", "배송 내역", "월 2일"} {
			if !strings.Contains(page, want) {
				t.Errorf("%v: page lacks %q", req, want)
			}
		}
	}
	// An explicit choice beats the browser's language.
	_, page := fetch(t, in, path+"?lang=en", "Accept-Language", "ko")
	if !strings.Contains(page, `<html lang="en"`) {
		t.Error("?lang=en ignored")
	}
}

// TestParcelFragment: what track.js swaps in for a hash link is the parcel
// alone, never a whole document.
func TestParcelFragment(t *testing.T) {
	in, path := delivered(t, "sqlite")
	res, frag := fetch(t, in, path, "HX-Request", "true")
	if res.StatusCode != http.StatusOK || strings.Contains(frag, "<html") || !strings.Contains(frag, `class="tp-parcel"`) {
		t.Fatalf("fragment %d: %.200s", res.StatusCode, frag)
	}
	if !strings.Contains(res.Header.Get("Vary"), "HX-Request") {
		t.Errorf("Vary = %q", res.Header.Get("Vary"))
	}
	// AfterShip slugs open the same parcel.
	if res, _ := fetch(t, in, "/track/cjlogistics/1234567880"); res.StatusCode != http.StatusOK {
		t.Errorf("slug link: %d", res.StatusCode)
	}
}

func TestParcelProblems(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start})
	cases := []struct {
		path, want string
		status     int
	}{
		{"/track/kr.nowhere/1234567880", "Unknown carrier", http.StatusNotFound},
		{"/track/kr.cjlogistics/12", "does not look right", http.StatusBadRequest},
		{"/track/kr.cjlogistics/12345", "This is not a CJ Logistics number", http.StatusBadRequest},
		{"/track/kr.cjlogistics/12345?lang=ko", "CJ대한통운 운송장 번호가 아닙니다", http.StatusBadRequest},
		{"/track/kr.cjlogistics/WPINVALID01", "does not use this number", http.StatusBadRequest},
		{"/track/kr.cjlogistics/WPEXPIRED01", "has no information yet", http.StatusNotFound},
		{"/track/kr.cjlogistics/WPDOWN01", "is not answering", http.StatusServiceUnavailable},
		{"/m/no-such-shop", "Shop not found", http.StatusNotFound},
	}
	for _, c := range cases {
		res, page := fetch(t, in, c.path)
		if res.StatusCode != c.status || !strings.Contains(page, c.want) || !strings.Contains(page, "<h1") {
			t.Errorf("%s: %d, want %d with %q", c.path, res.StatusCode, c.status, c.want)
		}
		if strings.Contains(page, "goroutine") || strings.Contains(page, ".go:") {
			t.Errorf("%s: page shows internals", c.path)
		}
	}
}

// TestParcelPageHidesMerchantData: a merchant's private fields never reach the
// public page, however the parcel was reached.
func TestParcelPageHidesMerchantData(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start})
	name, email, order, note := "Jane Privatesmith", "jane@private.example", "ORDER-SECRET-77", "private note"
	_, err := in.App.Tracking.Create(context.Background(), in.OrgID(t), tracking.CreateInput{Tracking: models.Tracking{
		TrackingNumber: "6123456789010", Slug: "kpost", OrderID: &order, Title: "Secret title",
		CustomerName: &name, Emails: []string{email}, Note: &note,
	}})
	if err != nil {
		t.Fatal(err)
	}
	_, page := fetch(t, in, "/track/kr.epost/6123456789010")
	for _, secret := range []string{order, "Secret title", name, email, note} {
		if strings.Contains(page, secret) {
			t.Errorf("public page shows %q", secret)
		}
	}
}
