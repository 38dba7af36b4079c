package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"regexp"
	"testing"
	"time"
)

// A key made with `admin create-api-key --signature` refuses unsigned requests
// and accepts requests signed with the secret printed beside it.
func TestAdminCreatesSignatureKey(t *testing.T) {
	dir := t.TempDir()
	_, _, stop := startServe(t, map[string]string{"WAYPOST_DATA_DIR": dir})
	stop() // creates the demo merchant

	var out, errOut syncBuffer
	args := []string{"waypost", "admin", "create-api-key", "--signature", "demo@waypost.local", "signed", "client"}
	if code := run(context.Background(), args, envOf(map[string]string{"WAYPOST_DATA_DIR": dir}), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	m := regexp.MustCompile(`as-api-key: (\S+)\napi secret: (\S+)\n`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("output %q", out.String())
	}
	key, secret := m[1], m[2]

	base, _, stop2 := startServe(t, map[string]string{"WAYPOST_DATA_DIR": dir})
	defer stop2()
	const path = "/tracking/2024-04/trackings"
	get := func(sign bool) int {
		req, _ := http.NewRequest("GET", base+path, nil)
		req.Header.Set("as-api-key", key)
		if sign {
			date := time.Now().UTC().Format(http.TimeFormat)
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write([]byte("GET\n\n\n" + date + "\nas-api-key:" + key + "\n" + path))
			req.Header.Set("date", date)
			req.Header.Set("as-signature-hmac-sha256", base64.StdEncoding.EncodeToString(mac.Sum(nil)))
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if code := get(false); code != http.StatusUnauthorized {
		t.Errorf("unsigned request: %d, want 401", code)
	}
	if code := get(true); code != http.StatusOK {
		t.Errorf("signed request: %d, want 200", code)
	}
}

func TestAdminUsage(t *testing.T) {
	for _, args := range [][]string{{"admin"}, {"admin", "create-api-key"}, {"admin", "create-api-key", "--signature"}, {"admin", "create-api-key", "--rsa", "a@b.c"}} {
		var out, errOut syncBuffer
		if code := run(context.Background(), append([]string{"waypost"}, args...), envOf(map[string]string{"WAYPOST_DATA_DIR": t.TempDir()}), &out, &errOut); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
