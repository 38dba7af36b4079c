package console_test

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/app/browsertest"
	"github.com/waypost/waypost/web/tracking"
)

// TestTrackingListInChromium filters the list as a merchant does: a status
// tab, a courier, a search; each swaps the list in place and puts the filters
// in the address, and the back button brings the previous list back. At phone
// width the Status column stays in view and the navigation stays on one line.
func TestTrackingListInChromium(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	org := in.OrgID(t)
	addTracking(t, in, org, "usps", "9400111899223197428490", "Blue mug", "ORD-1001", "Dana Park")
	ups := addTracking(t, in, org, "ups", "1Z999AA10123456784", "Red teapot with a very long name for a phone screen", "ORD-1002", "Lee Min")
	if _, err := in.App.Tracking.MarkCompleted(context.Background(), org, ups.ID, tracking.Completion{Reason: "DELIVERED"}); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.New(t)
	b := &browser{t: t, ctx: ctx, url: in.URL}
	b.do(chromedp.Navigate(in.URL+"/trackings"),
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), apptest.Email),
		chromedp.SendKeys(chromedp.ID("password"), apptest.Password),
		chromedp.Submit(chromedp.ID("password")),
		chromedp.WaitVisible(chromedp.ID("trackings-list")))
	// A marker on the page shows that later changes are swaps, not page loads.
	b.eval(`window.stayed = true`)
	b.do(chromedp.Click(chromedp.CSS(`.tabs a[href="/trackings?tag=Delivered"]`)))
	b.waitForURL("/trackings?tag=Delivered")
	b.waitForGone("#trackings-list tbody", "Blue mug")
	b.expect("#trackings-list tbody", "Red teapot")
	b.choose("#courier", "usps")
	b.waitForURL("/trackings?courier=usps&tag=Delivered")
	b.waitFor("#trackings-list", "No trackings match")
	b.do(chromedp.Click(chromedp.CSS(`.tabs a[href="/trackings?courier=usps"]`)))
	b.waitFor("#trackings-list tbody", "Blue mug")
	b.do(chromedp.SendKeys(chromedp.ID("q"), "zzz"))
	b.waitForURL("/trackings?courier=usps&q=zzz")
	b.waitFor("#trackings-list", "No trackings match")
	if !b.eval(`window.stayed === true`) {
		t.Error("a filter change reloaded the whole page")
	}
	// Back: the list before the search, with its address.
	b.do(chromedp.NavigateBack())
	b.waitForURL("/trackings?courier=usps")
	b.waitFor("#trackings-list tbody", "Blue mug")
	// A shared link opens the same list.
	b.do(chromedp.Navigate(in.URL+"/trackings?tag=Delivered"), chromedp.WaitVisible(chromedp.CSS("#trackings-list tbody")))
	b.expect("#trackings-list tbody", "Red teapot")

	b.do(chromedp.EmulateViewport(375, 812, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(in.URL+"/trackings"), chromedp.WaitVisible(chromedp.CSS("#trackings-list tbody")))
	if b.eval(`document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Error("the trackings page is wider than a phone")
	}
	statusInView := `[...document.querySelectorAll("table.trackings .cell-status .badge")].every(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right <= window.innerWidth && r.right <= e.closest(".table-wrap").getBoundingClientRect().right + 0.5 })`
	if !b.eval(statusInView) {
		t.Error("the Status column is cut off at phone width")
	}
	navOneLine := `(() => { const links = [...document.querySelectorAll(".nav a")]; return links.every(a => Math.abs(a.offsetTop - links[0].offsetTop) < 2) })()`
	if !b.eval(navOneLine) {
		t.Error("the navigation wraps at phone width")
	}
	b.shot("trackings-phone.png")
}

// eval runs a JavaScript expression that answers true or false.
func (b *browser) eval(js string) bool {
	b.t.Helper()
	ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](js))
	if err != nil {
		b.t.Fatal(err)
	}
	return ok
}

// waitForURL waits until the address bar shows path (and query).
func (b *browser) waitForURL(path string) {
	b.t.Helper()
	b.waitTrue(`location.pathname + location.search === `+quote(path), "the address "+path)
}

// waitForGone waits until sel no longer shows text.
func (b *browser) waitForGone(sel, text string) {
	b.t.Helper()
	b.waitTrue(`(() => { const e = document.querySelector(`+quote(sel)+`); return e === null || !e.textContent.includes(`+quote(text)+`) })()`, text+" gone from "+sel)
}

// waitTrue polls js until it answers true, for at most 15 seconds.
func (b *browser) waitTrue(js, what string) {
	b.t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if b.eval(js) {
			return
		}
	}
	url, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`location.href`))
	b.t.Fatalf("%s never came (at %s)", what, url)
}
