// Package browsertest starts a headless Chromium for page tests. Tests that use
// it drive the real pages of a running instance (see apptest) through chromedp.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Timeout bounds one test's whole browser session, so a stuck page fails the
// test instead of hanging the run.
const Timeout = 90 * time.Second

// candidates are where Chromium lives on Debian and on common CI images.
var candidates = []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"}

// Path finds the browser: $WAYPOST_CHROMIUM first, then the usual names.
// It returns "" when none is installed.
func Path() string {
	if p := os.Getenv("WAYPOST_CHROMIUM"); p != "" {
		return p
	}
	for _, c := range candidates {
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	return ""
}

// New starts a headless Chromium with a throwaway profile and returns a chromedp
// context for one tab; it is closed when the test ends. Without a browser the
// test is skipped on a workstation, and fails when CI=true, so CI never passes
// by skipping. extra adds or overrides Chromium flags.
func New(t testing.TB, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	path := Path()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("browsertest: Chromium is not installed (apt-get install chromium), and CI=true")
		}
		t.Skip("browsertest: SKIPPING browser test: Chromium is not installed (apt-get install chromium, or set WAYPOST_CHROMIUM)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	opts = append(opts, extra...)
	ctx, cancelTimeout := context.WithTimeout(context.Background(), Timeout)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		cancelTimeout()
	})
	if err := chromedp.Do(tabCtx); err != nil {
		t.Fatalf("browsertest: start %s: %v", path, err)
	}
	return tabCtx
}
