package console_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestChangePassword(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	elsewhere := login(t, in) // the same user on another browser
	res, page := s.get("/account")
	if res.StatusCode != http.StatusOK || !strings.Contains(page, `<label for="f-current-password">Current password</label>`) || strings.Contains(page, "style=") {
		t.Fatalf("account page: %d\n%s", res.StatusCode, page)
	}
	const next = "a brand new passphrase"
	for _, c := range []struct {
		form url.Values
		slot string
		want string
	}{
		{url.Values{"current_password": {"wrong one!"}, "new_password": {next}, "confirm_password": {next}}, "f-current-password-error", "This is not your current password."},
		{url.Values{"current_password": {apptest.Password}, "new_password": {next}, "confirm_password": {next + "x"}}, "f-confirm-password-error", "The two new passwords are not the same."},
		{url.Values{"current_password": {apptest.Password}, "new_password": {"short"}, "confirm_password": {"short"}}, "f-new-password-error", "Use at least 10 characters."},
	} {
		res, page := s.post("/account/password", c.form)
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, `id="`+c.slot+`">`+c.want+`<`) {
			t.Errorf("%s: %d\n%s", c.want, res.StatusCode, page)
		}
		if strings.Contains(page, `value="`+apptest.Password+`"`) {
			t.Error("the form refills a password")
		}
	}
	if got := s.mustRedirect("/account/password", url.Values{"current_password": {apptest.Password}, "new_password": {next}, "confirm_password": {next}}); got != "/account?done=password" {
		t.Fatalf("change: %s", got)
	}
	if _, page = s.get("/account?done=password"); !strings.Contains(page, "Password changed.") {
		t.Error("no confirmation: the browser that changed it should stay signed in")
	}
	if res, _ := elsewhere.get("/trackings"); res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
		t.Errorf("another session survives the password change: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	fresh := &session{t: t, in: in, c: in.Client()}
	if res, _ := fresh.post("/login", url.Values{"email": {apptest.Email}, "password": {apptest.Password}}); res.StatusCode == http.StatusSeeOther {
		t.Error("the old password still logs in")
	}
	if res, _ := fresh.post("/login", url.Values{"email": {apptest.Email}, "password": {next}}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("the new password does not log in: %d", res.StatusCode)
	}
}
