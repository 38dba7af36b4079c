package track_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/waypost/waypost/web/app/browsertest"
)

// consoleProblems collects the page's uncaught exceptions and console errors
// (a CSP violation is one) until the test ends.
func consoleProblems(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	msgs := chromedp.Console(ctx)
	var (
		mu  sync.Mutex
		out []string
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" {
				mu.Lock()
				out = append(out, m.Text)
				mu.Unlock()
			}
		}
	}()
	return func() []string {
		cancel()
		<-done
		return out
	}
}

func text(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("text of %s: %v", css, err)
	}
	return strings.TrimSpace(s)
}

func waitFor(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(15*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", js, err)
	}
}

func eval(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](js)); err != nil {
		t.Fatalf("%s: %v", js, err)
	}
}

// TestHashLinkInChromium opens a tracker.delivery-style link on the start page,
// then follows the hash as it changes, back and forth.
func TestHashLinkInChromium(t *testing.T) {
	in, _ := delivered(t, "sqlite")
	ctx := browsertest.New(t)
	problems := consoleProblems(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(in.URL+"/#/kr.cjlogistics/1234567880")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!!document.querySelector(".tp-parcel")`)
	if h := text(t, ctx, "h1"); h != "Delivered" {
		t.Errorf("headline %q", h)
	}
	if title, _ := chromedp.Run(ctx, chromedp.Title()); !strings.HasPrefix(title, "Delivered · CJ Logistics") {
		t.Errorf("title %q", title)
	}
	// Screen readers land on the new headline.
	waitFor(t, ctx, `document.activeElement && document.activeElement.id === "status-head"`)
	waitFor(t, ctx, `!document.querySelector("[data-copy-link]").hidden`)

	eval(t, ctx, `location.hash = "#/kr.epost/6123456789012"`)
	waitFor(t, ctx, `(document.querySelector(".tp-chip") || {}).textContent === "Korea Post"`)
	eval(t, ctx, `history.back()`)
	waitFor(t, ctx, `(document.querySelector(".tp-chip") || {}).textContent === "CJ Logistics"`)
	eval(t, ctx, `location.hash = ""`)
	waitFor(t, ctx, `!!document.querySelector(".tp-hero") && !document.querySelector(".tp-parcel")`)

	// The language switch keeps the parcel.
	eval(t, ctx, `location.hash = "#/kr.cjlogistics/1234567880"`)
	waitFor(t, ctx, `!!document.querySelector(".tp-parcel")`)
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`.tp-lang a[lang="ko"]`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.documentElement.lang === "ko" && (document.querySelector("h1") || {}).textContent === "배송 완료"`)
	if p := problems(); len(p) > 0 {
		t.Errorf("console errors: %q", p)
	}
}

// TestPagesWithoutJavaScript: the canonical page needs no script, and the hash
// page falls back to a search that works.
func TestPagesWithoutJavaScript(t *testing.T) {
	in, path := delivered(t, "sqlite")
	ctx := browsertest.New(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(in.URL+path)); err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "h1"); h != "Delivered" {
		t.Errorf("headline %q", h)
	}
	if hist := text(t, ctx, ".tp-history"); !strings.Contains(hist, "Parcel delivered to the front door") || !strings.Contains(hist, "UTC+9") {
		t.Errorf("history:\n%s", hist)
	}
	// The carrier's own wording is a link away.
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(".tp-wording"))); err != nil {
		t.Fatal(err)
	}
	if hist := text(t, ctx, ".tp-history"); !strings.Contains(hist, "배송완료") || !strings.Contains(hist, "Show in English") {
		t.Errorf("original history:\n%s", hist)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(in.URL+"/#/kr.cjlogistics/1234567880")); err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "h1"); h != "Where is my parcel?" {
		t.Errorf("hash page without JavaScript shows %q", h)
	}
	err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("tp-number"), "1234567880"),
		chromedp.SetValue(chromedp.ID("tp-carrier"), "kr.cjlogistics"),
		chromedp.Submit(chromedp.ID("tp-number")),
		chromedp.WaitVisible(chromedp.CSS(".tp-parcel")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.Contains(loc, "/track/kr.cjlogistics/1234567880") {
		t.Errorf("search led to %s", loc)
	}
}
