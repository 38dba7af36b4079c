package postmen_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// The official Postmen SDK from npm (pinned in testdata/sdk/package.json) is run,
// unchanged, against a live instance: if it works, so do its users' programs.

const sdkDir = "testdata/sdk"

var (
	npmOnce sync.Once
	npmErr  error
)

// requireSDK installs the SDK once per test run, or skips loudly where Node is
// not installed (never in CI).
func requireSDK(t *testing.T) {
	t.Helper()
	_, nodeErr := exec.LookPath("node")
	_, npmLookErr := exec.LookPath("npm")
	if nodeErr != nil || npmLookErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node and npm are required in CI to check the official Postmen SDK")
		}
		t.Skip("SKIPPED: node/npm not installed, so the official Postmen SDK was NOT checked")
	}
	npmOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund", "--prefer-offline")
		cmd.Dir = sdkDir
		if out, err := cmd.CombinedOutput(); err != nil {
			npmErr = &sdkError{what: "npm ci", out: out, err: err}
		}
	})
	if npmErr != nil {
		t.Fatal(npmErr)
	}
}

type sdkError struct {
	what string
	out  []byte
	err  error
}

func (e *sdkError) Error() string { return e.what + ": " + e.err.Error() + "\n" + string(e.out) }

// sdkStep is what one SDK call gave: the envelope's meta and data, or the error
// the SDK raised.
type sdkStep struct {
	Meta *struct {
		Code int `json:"code"`
	} `json:"meta"`
	Data  json.RawMessage `json:"data"`
	Error *struct {
		Code    int    `json:"code"`
		Type    string `json:"type"`
		Message string `json:"message"`
		Details []struct{ Path, Info string }
	} `json:"error"`
}

func (s sdkStep) obj(t *testing.T, name string) map[string]any {
	t.Helper()
	if s.Error != nil {
		t.Fatalf("%s failed through the SDK: %+v", name, *s.Error)
	}
	var m map[string]any
	if err := json.Unmarshal(s.Data, &m); err != nil {
		t.Fatalf("%s: data is not an object: %s", name, s.Data)
	}
	return m
}

// refused asserts the SDK raised an error with the meta code.
func (s sdkStep) refused(t *testing.T, name string, code int) {
	t.Helper()
	if s.Error == nil || s.Error.Code != code || s.Error.Message == "" {
		t.Errorf("%s: SDK error %+v, want meta code %d (data %s)", name, s.Error, code, s.Data)
	}
}

// refusedField asserts a 4104 whose details name the field.
func (s sdkStep) refusedField(t *testing.T, name, path string) {
	t.Helper()
	s.refused(t, name, 4104)
	if s.Error == nil {
		return
	}
	for _, d := range s.Error.Details {
		if d.Path == path {
			return
		}
	}
	t.Errorf("%s: details %+v do not name %s", name, s.Error.Details, path)
}

func runSDK(t *testing.T, in *apptest.Instance, script string, env ...string) map[string]sdkStep {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join(sdkDir, script))
	cmd.Env = append(os.Environ(), "WAYPOST_URL="+in.URL, "WAYPOST_API_KEY="+apptest.APIKey)
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %s: %v\n%s", script, err, stderr.String())
	}
	steps := map[string]sdkStep{}
	if err := json.Unmarshal(stdout.Bytes(), &steps); err != nil {
		t.Fatalf("node %s printed %q: %v", script, stdout.String(), err)
	}
	return steps
}

func TestOfficialPostmenSDK(t *testing.T) {
	requireSDK(t)
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart, Jobs: true})
		steps := runSDK(t, in, "shipping.js")
		checkSDKAccounts(t, steps)
		checkSDKRates(t, steps)
		checkSDKLabels(t, steps)
		checkSDKCancels(t, steps)
		checkSDKPickups(t, steps)
		checkSDKManifests(t, steps)
		checkSDKAddresses(t, steps)
		steps["wrong_key"].refused(t, "wrong_key", 4105)
		steps["unknown_path"].refused(t, "unknown_path", 4105)
		var limits map[string]struct{ Limit, Remaining, Reset float64 }
		if err := json.Unmarshal(steps["rate_limit"].Data, &limits); err != nil || limits[apptest.APIKey].Limit == 0 {
			t.Errorf("the SDK read no rate limit: %s", steps["rate_limit"].Data)
		}
	})
}

// Over the per-key limit the SDK, with its waiting turned off, raises the 429 and
// reads the limit from the X-RateLimit headers. (The SDK itself refuses to send
// once it has seen remaining 0, so another client uses the limit up first.)
func TestOfficialPostmenSDKRateLimit(t *testing.T) {
	requireSDK(t)
	in := apptest.Start(t, "sqlite", apptest.Options{Env: map[string]string{"WAYPOST_API_RATE_LIMIT": "3"}})
	c := newClient(t, in)
	for range 3 {
		c.do("GET", "/couriers", nil).ok(t, "using up the limit")
	}
	steps := runSDK(t, in, "ratelimit.js")
	steps["over"].refused(t, "over the limit", 429)
	var seen struct{ Limit, Remaining, Reset float64 }
	if err := json.Unmarshal(steps["seen"].Data, &seen); err != nil || seen.Limit != 3 || seen.Remaining != 0 || seen.Reset == 0 {
		t.Errorf("rate limit the SDK read: %s", steps["seen"].Data)
	}
}
