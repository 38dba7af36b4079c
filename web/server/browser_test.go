package server_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/app/browsertest"
)

// TestConsoleInChromium drives the console as a merchant would: log in, add a
// tracking, watch its timeline fill, then open the public page of the parcel.
func TestConsoleInChromium(t *testing.T) {
	ctx := browsertest.New(t)
	in := apptest.Start(t, "sqlite", apptest.Options{Jobs: true, Env: map[string]string{"WAYPOST_SANDBOX_STEP": "1s"}})
	err := chromedp.Do(ctx,
		chromedp.Navigate(in.URL+"/trackings"),
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), apptest.Email),
		chromedp.SendKeys(chromedp.ID("password"), apptest.Password),
		chromedp.Submit(chromedp.ID("password")),
		chromedp.WaitVisible(chromedp.ID("new-tracking")),
		chromedp.SendKeys(chromedp.ID("tracking_number"), "6123456789010"),
		chromedp.SetValue(chromedp.ID("slug"), "kpost"),
		chromedp.Click(chromedp.CSS("#new-tracking button[type=submit]")),
		chromedp.WaitVisible(chromedp.ID("status-head")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1"))); h != "6123456789010" {
		t.Errorf("detail heading %q", h)
	}
	// The sandbox unfolds one step a second and the jobs store the events; a
	// reload shows them.
	var card string
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(card, "우체국") && time.Now().Before(deadline); {
		time.Sleep(time.Second)
		if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("shipment-card"))); err != nil {
			t.Fatal(err)
		}
		card, _ = chromedp.Run(ctx, chromedp.Text(chromedp.ID("shipment-card")))
	}
	if !strings.Contains(card, "우체국") || !strings.Contains(card, "Sandbox data") {
		t.Fatalf("timeline never showed carrier events:\n%s", card)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(in.URL+"/track/kpost/6123456789010?lang=ko"), chromedp.WaitVisible(chromedp.ID("status-head"))); err != nil {
		t.Fatal(err)
	}
	// In Korean the page shows Korea Post's own wording (an English reader gets a translation).
	public, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(public, "우체국") || strings.Contains(public, apptest.Email) {
		t.Errorf("public page:\n%s", public)
	}
}
