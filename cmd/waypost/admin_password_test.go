package main

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// loginStatus posts the console's login form and returns the status: 303 when
// the password is right.
func loginStatus(t *testing.T, base, email, password string) int {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.PostForm(base+"/login", url.Values{"email": {email}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

// An operator resets a merchant's password: a printed random one, or one
// read from standard input; each then logs in.
func TestAdminResetsPassword(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"WAYPOST_DATA_DIR": dir}
	_, _, stop := startServe(t, map[string]string{"WAYPOST_DATA_DIR": dir})
	stop() // creates the demo merchant

	var out, errOut syncBuffer
	if code := run(context.Background(), []string{"waypost", "admin", "reset-password", "demo@waypost.local"}, envOf(env), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	printed := strings.TrimSpace(out.String())
	if len(printed) < 16 || strings.ContainsAny(printed, " \n") {
		t.Fatalf("printed password %q", printed)
	}
	base, _, stop2 := startServe(t, map[string]string{"WAYPOST_DATA_DIR": dir})
	if got := loginStatus(t, base, "demo@waypost.local", printed); got != http.StatusSeeOther {
		t.Errorf("login with the printed password: %d", got)
	}
	stop2()

	old := stdin
	stdin = strings.NewReader("chosen by the operator\n")
	t.Cleanup(func() { stdin = old })
	out, errOut = syncBuffer{}, syncBuffer{}
	if code := run(context.Background(), []string{"waypost", "admin", "reset-password", "demo@waypost.local", "--stdin"}, envOf(env), &out, &errOut); code != 0 {
		t.Fatalf("--stdin exit %d: %s", code, errOut.String())
	}
	if strings.Contains(out.String(), "chosen by the operator") {
		t.Error("the password read from stdin was printed")
	}
	base, _, stop3 := startServe(t, map[string]string{"WAYPOST_DATA_DIR": dir})
	defer stop3()
	if got := loginStatus(t, base, "demo@waypost.local", "chosen by the operator"); got != http.StatusSeeOther {
		t.Errorf("login with the password from stdin: %d", got)
	}
	if got := loginStatus(t, base, "demo@waypost.local", printed); got == http.StatusSeeOther {
		t.Error("the previous password still logs in")
	}
}

func TestAdminResetPasswordRefusals(t *testing.T) {
	env := envOf(map[string]string{"WAYPOST_DATA_DIR": t.TempDir()})
	for _, args := range [][]string{{"reset-password"}, {"reset-password", "--stdin"}, {"reset-password", "a@b.c", "--rsa"}} {
		var out, errOut syncBuffer
		if code := run(context.Background(), append([]string{"waypost", "admin"}, args...), env, &out, &errOut); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	var out, errOut syncBuffer
	if code := run(context.Background(), []string{"waypost", "admin", "reset-password", "nobody@example.com"}, env, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "No user has this email address") {
		t.Errorf("unknown user: exit %d %s", code, errOut.String())
	}
}
