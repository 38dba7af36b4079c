package aftership_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// The official AfterShip SDKs from npm (pinned in testdata/sdk/package.json) are
// run against a live instance: if they work unchanged, so do their users' programs.

const sdkDir = "testdata/sdk"

var npmOnce sync.Once
var npmErr error

// requireSDKs installs the SDKs once per test run, or skips loudly where Node is
// not installed (never in CI).
func requireSDKs(t *testing.T) {
	t.Helper()
	_, nodeErr := exec.LookPath("node")
	_, npmErrLook := exec.LookPath("npm")
	if nodeErr != nil || npmErrLook != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node and npm are required in CI to check the official AfterShip SDKs")
		}
		t.Skip("SKIPPED: node/npm not installed, so the official AfterShip SDKs were NOT checked")
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

// sdkStep is what one SDK call gave: data, or the error the SDK raised.
type sdkStep struct {
	Data  json.RawMessage `json:"data"`
	Error *struct {
		Code       any    `json:"code"`
		MetaCode   int    `json:"meta_code"`
		StatusCode int    `json:"status_code"`
		Type       string `json:"type"`
		Message    string `json:"message"`
	} `json:"error"`
	RateLimit string `json:"ratelimit_limit"`
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

// runSDK runs one script against the instance and returns its steps. env adds
// NAME=value pairs, overriding the bootstrap API key when it names another.
func runSDK(t *testing.T, in *apptest.Instance, script string, env ...string) map[string]sdkStep {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join(sdkDir, script))
	cmd.Env = append(os.Environ(), "WAYPOST_URL="+in.URL, "WAYPOST_API_KEY="+apptest.APIKey, "WAYPOST_API_SECRET=")
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

func TestOfficialTrackingSDK2507(t *testing.T) {
	requireSDKs(t)
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		checkTrackingSDK2507(t, runSDK(t, in, "tracking-2025-07.js"))
	})
}

// The same calls through the SDK's AES authentication type, with an API key with
// signature that refuses unsigned requests: every request is signed by the SDK
// and verified here. The SDK dates its signatures by the wall clock.
func TestOfficialTrackingSDK2507SignedRequests(t *testing.T) {
	requireSDKs(t)
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: time.Now().UTC()})
		key, secret, _, err := in.App.Accounts.NewSignatureAPIKey(t.Context(), in.OrgID(t), "SDK signed")
		if err != nil {
			t.Fatal(err)
		}
		checkTrackingSDK2507(t, runSDK(t, in, "tracking-2025-07.js", "WAYPOST_API_KEY="+key, "WAYPOST_API_SECRET="+secret))
		wrong := runSDK(t, in, "tracking-2025-07.js", "WAYPOST_API_KEY="+key, "WAYPOST_API_SECRET=wps_wrong")
		if e := wrong["create"].Error; e == nil || e.StatusCode != 401 || !strings.Contains(e.Message, "signature") {
			t.Errorf("SDK signing with the wrong secret: %+v", e)
		}
	})
}

func checkTrackingSDK2507(t *testing.T, steps map[string]sdkStep) {
	t.Helper()
	created := steps["create"].obj(t, "create")
	if created["slug"] != "kpost" || created["origin_country_region"] != "KOR" || created["title"] != "SDK order" {
		t.Errorf("create: %v", created)
	}
	if steps["create"].RateLimit == "" {
		t.Error("the SDK saw no x-ratelimit-limit header")
	}
	wantErrors := map[string][3]any{
		"duplicate":       {"TRACKING_ALREADY_EXIST", 4003, 400},
		"invalid":         {"TRACKING_NUMBER_INVALID", 4005, 400},
		"retrack_active":  {"INACTIVE_RETRACK_NOT_ALLOWED", 4013, 400},
		"get_deleted":     {"TRACKING_DOES_NOT_EXIST", 4004, 404},
		"predict_invalid": {"VALUE_REQUIRED", 4009, 400},
	}
	for name, want := range wantErrors {
		e := steps[name].Error
		if e == nil || e.Code != want[0] || e.MetaCode != want[1] || e.StatusCode != want[2] {
			t.Errorf("%s: SDK error %+v, want %v", name, e, want)
		}
	}
	if got := steps["get"].obj(t, "get"); got["title"] != "SDK order" || got["tag"] != "Pending" || got["order_id"] != nil {
		t.Errorf("get with fields: %v", got)
	}
	if got := steps["update"].obj(t, "update"); got["title"] != "Renamed" || got["note"] != "fragile" || got["order_id"] != "SDK-1" {
		t.Errorf("update: %v", got)
	}
	first, next := steps["list_first"].obj(t, "list_first"), steps["list_next"].obj(t, "list_next")
	if len(first["trackings"].([]any)) != 1 || len(next["trackings"].([]any)) != 1 ||
		first["trackings"].([]any)[0].(map[string]any)["id"] == next["trackings"].([]any)[0].(map[string]any)["id"] {
		t.Errorf("cursor paging: %v then %v", first["pagination"], next["pagination"])
	}
	if f := steps["list_filtered"].obj(t, "list_filtered"); f["pagination"].(map[string]any)["total"] != float64(1) {
		t.Errorf("filtered list: %v", f["pagination"])
	}
	if c := steps["complete"].obj(t, "complete"); c["tag"] != "Delivered" || c["active"] != false {
		t.Errorf("complete: %v %v", c["tag"], c["active"])
	}
	if r := steps["retrack"].obj(t, "retrack"); r["active"] != true {
		t.Errorf("retrack: %v", r["active"])
	}
	steps["delete"].obj(t, "delete")
	if d := steps["detect"].obj(t, "detect"); d["couriers"].([]any)[0].(map[string]any)["slug"] != "ups" {
		t.Errorf("detect: %v", d)
	}
	conn := steps["connection_get"].obj(t, "connection_get")
	if conn["courier_slug"] != "usps" || conn["credentials"].(map[string]any)["client_secret"] != "**************9876" {
		t.Errorf("connection: %v", conn)
	}
	for _, name := range []string{"couriers", "connection_update", "connection_list", "connection_delete", "predict", "predict_batch"} {
		steps[name].obj(t, name)
	}
}

func TestOfficialAfterShipSDKv4(t *testing.T) {
	requireSDKs(t)
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		steps := runSDK(t, in, "aftership-v4.js")
		tr := steps["create"].obj(t, "create")["tracking"].(map[string]any)
		if tr["slug"] != "kpost" || tr["title"] != "v4 order" {
			t.Errorf("create: %v", tr)
		}
		for name, want := range map[string][2]any{"duplicate": {"BadRequest", 4003}, "get_deleted": {"NotFound", 4004}} {
			if e := steps[name].Error; e == nil || e.Type != want[0] || e.Code != float64(want[1].(int)) {
				t.Errorf("%s: SDK error %+v, want %v", name, e, want)
			}
		}
		if f := steps["get_fields"].obj(t, "get_fields")["tracking"].(map[string]any); f["order_id"] != "V4-1" || f["emails"] != nil {
			t.Errorf("get with fields: %v", f)
		}
		up := steps["update"].obj(t, "update")["tracking"].(map[string]any)
		if up["title"] != "Renamed v4" || fmt.Sprint(up["smses"]) != "[+821012345678]" {
			t.Errorf("update: %v %v", up["title"], up["smses"])
		}
		if l := steps["list"].obj(t, "list"); l["count"] != float64(1) || l["page"] != float64(1) {
			t.Errorf("list: %v", l)
		}
		if lc := steps["last_checkpoint"].obj(t, "last_checkpoint"); lc["tag"] != "Pending" {
			t.Errorf("last checkpoint: %v", lc)
		}
		n := steps["notification_get"].obj(t, "notification_get")["notification"].(map[string]any)
		if fmt.Sprint(n["emails"]) != "[two@example.com]" {
			t.Errorf("notifications after add and remove: %v", n)
		}
		if c := steps["complete"].obj(t, "complete")["tracking"].(map[string]any); c["subtag"] != "Exception_013" {
			t.Errorf("complete LOST: %v", c["subtag"])
		}
		if r := steps["retrack"].obj(t, "retrack")["tracking"].(map[string]any); r["active"] != true {
			t.Errorf("retrack: %v", r)
		}
		if rl := steps["rate_limit"].obj(t, "rate_limit"); rl["limit"] == nil || rl["remaining"] == nil || rl["reset"] == nil {
			t.Errorf("the SDK read no rate limit: %v", rl)
		}
		for _, name := range []string{"couriers", "couriers_all", "detect", "batch_predict", "delete", "notification_add", "notification_remove"} {
			steps[name].obj(t, name)
		}
	})
}
