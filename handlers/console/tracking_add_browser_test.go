package console_test

import (
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/app/browsertest"
)

// TestAddTrackingInChromium types a number, takes the courier suggested for
// it, then picks a courier that needs a ship date and fills it in.
func TestAddTrackingInChromium(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	ctx := browsertest.New(t)
	b := &browser{t: t, ctx: ctx, url: in.URL}
	b.do(chromedp.Navigate(in.URL+"/trackings"),
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), apptest.Email),
		chromedp.SendKeys(chromedp.ID("password"), apptest.Password),
		chromedp.Submit(chromedp.ID("password")),
		chromedp.WaitVisible(chromedp.ID("new-tracking")),
		chromedp.SendKeys(chromedp.ID("tracking_number"), "1Z999AA10123456784"))
	b.waitFor("#detect-suggestions", "UPS")
	b.do(chromedp.Click(chromedp.CSS(`[data-pick-courier="ups"]`)))
	b.waitTrue(`document.getElementById("slug").value === "ups"`, "the suggestion chosen")
	b.choose("#slug", "deutsch-post")
	b.waitFor("#courier-fields", "Ship date")
	b.do(chromedp.Clear(chromedp.ID("tracking_number")), chromedp.SendKeys(chromedp.ID("tracking_number"), "00340434161094042557"),
		chromedp.Click(chromedp.CSS("#new-tracking button[type=submit]")))
	b.waitFor("#f-tracking-ship-date-error", "needs the ship date")
	b.do(chromedp.SetValue(chromedp.ID("f-tracking-ship-date"), "2026-12-01"),
		chromedp.Click(chromedp.CSS("#new-tracking button[type=submit]")))
	b.waitFor("#status-head")
	b.expect("main", "Deutsche Post")
}
