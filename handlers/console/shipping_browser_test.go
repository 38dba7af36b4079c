package console_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/app/browsertest"
	"github.com/waypost/waypost/web/shipping"
)

// TestShippingInChromium walks the shipping screens as a merchant would: add a
// sandbox shipper account, compare rates across accounts, buy a label, download it,
// schedule its pickup and close the day. With WAYPOST_SCREENSHOT_DIR set it saves
// the screens there for docs/shipping.md.
func TestShippingInChromium(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	ctx := browsertest.New(t)
	b := &browser{t: t, ctx: ctx, url: in.URL}
	// Two more accounts to compare with, one of which the sandbox makes fail.
	for _, a := range []shipping.ShipperAccountInput{
		{Slug: "fedex", Description: "FedEx", Timezone: "America/Chicago", Credentials: map[string]string{"client_id": "f", "client_secret": "fs", "account_number": "123456789"}},
		{Slug: "dhl", Description: "DHL (unavailable today)", Timezone: "America/Chicago", Credentials: map[string]string{"site_id": "d", "password": "dp", "account_number": "987654321"}},
	} {
		if _, err := in.App.Shipping.CreateShipperAccount(context.Background(), in.OrgID(t), a); err != nil {
			t.Fatal(err)
		}
	}
	b.do(chromedp.Navigate(in.URL+"/shipping/accounts"),
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), apptest.Email),
		chromedp.SendKeys(chromedp.ID("password"), apptest.Password),
		chromedp.Submit(chromedp.ID("password")),
		chromedp.WaitVisible(chromedp.ID("new-account")))
	b.choose("#f-slug", "ups")
	// The carrier's own fields replace the first carrier's.
	b.waitFor(`#credential-fields`, "Shipper number")
	b.expect("#credential-fields", "runs in the sandbox")
	// The time zone starts as the browser's (the test's Chromium runs in UTC unless TZ says otherwise).
	zone, err := chromedp.Run(ctx, chromedp.Value(chromedp.ID("f-timezone")))
	if err != nil || zone == "" {
		t.Errorf("the time zone is not prefilled: %q %v", zone, err)
	}
	b.do(
		chromedp.SendKeys(chromedp.ID("f-description"), "UPS main"),
		chromedp.SendKeys(chromedp.ID("f-credentials-client-id"), "shop-client"),
		chromedp.SendKeys(chromedp.ID("f-credentials-client-secret"), "s3cret-value-9876"),
		chromedp.SendKeys(chromedp.ID("f-credentials-account-number"), "A1B2C3"),
		chromedp.Click(chromedp.CSS("#new-account button[type=submit]")))
	b.waitFor(".alert-ok")
	b.expect("#shipper-accounts", "UPS main", "****9876")
	b.shot("shipping-accounts.png")

	b.do(chromedp.Navigate(in.URL+"/shipping/labels/new"), chromedp.WaitVisible(chromedp.ID("label-form")))
	b.fill("shipment.ship_from", "Shop Inc", "100 Congress Ave", "Austin", "TX", "78701", "USA", "+15125550100")
	b.fill("shipment.ship_to", "Dana Park", "1600 Broadway", "Denver", "CO", "80202", "USA", "+13035550199")
	b.do(chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-weight-value"), "1.5"),
		chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-dimension-width"), "30"),
		chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-dimension-height"), "20"),
		chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-dimension-depth"), "10"),
		chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-items-0-description"), "Ceramic mug"),
		chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-items-0-price-amount"), "12.50"),
		chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-items-0-price-currency"), "USD"),
		chromedp.SendKeys(chromedp.ID("f-shipment-parcels-0-items-0-weight-value"), "0.6"))
	b.waitFor("#f-shipment-ship-to-check .check-ok")
	b.shot("shipping-create-label.png")
	b.do(chromedp.Click(chromedp.ID("get-rates")))
	b.waitFor("#rate-table .rate")
	b.expect("#rate-table", "UPS Ground", "FedEx Ground", "Cheapest", "Accounts without a rate", "DHL (unavailable today)")
	b.shotOf("shipping-rates.png", "#rates")
	b.do(chromedp.Click(chromedp.ID("buy-label")))
	b.waitFor("#download-label")
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("download-label").href`))
	if err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(`+quote(href)+`).then(async r => r.headers.get("content-type") + " " + (await r.text()).slice(0, 5))`, chromedp.EvalAwaitPromise))
	if err != nil || got != "application/pdf %PDF-" {
		t.Fatalf("download: %q, %v", got, err)
	}

	b.do(chromedp.Navigate(in.URL+"/shipping/labels"), chromedp.WaitVisible(chromedp.CSS("tbody tr")))
	// FedEx's sandbox tariff is the cheapest for this parcel, so its label was bought.
	b.expect("tbody", "Created", "FedEx Ground")
	b.shot("shipping-labels.png")

	b.do(chromedp.Navigate(in.URL+"/shipping/pickups"), chromedp.WaitVisible(chromedp.ID("new-pickup")))
	b.do(chromedp.SetValue(chromedp.ID("f-pickup-date"), nextWeekday()),
		chromedp.Click(chromedp.CSS(`[name="label_ids"]`)),
		chromedp.Click(chromedp.ID("schedule-pickup")))
	b.waitFor(".alert-ok")
	b.expect("#pickups", "Created", "FedEx", nextWeekday(), "09:00–17:00")
	b.shot("shipping-pickups.png")

	b.do(chromedp.Navigate(in.URL+"/shipping/manifests"), chromedp.WaitVisible(chromedp.CSS("ul.plain")))
	b.acceptConfirms()
	b.do(chromedp.Click(chromedp.CSS(`ul.plain button:not([disabled])`)))
	b.waitFor(".alert-ok")
	b.expect("#manifests", "Manifested", "Download PDF")
	b.shot("shipping-manifests.png")

	// On a phone the navigation scrolls sideways instead of crowding the page.
	b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(in.URL+"/shipping/labels"), chromedp.WaitVisible(chromedp.CSS("tbody tr")))
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if err != nil || wide {
		t.Errorf("the labels page is wider than a phone: %v %v", wide, err)
	}
	b.shot("shipping-labels-phone.png")
}

// browser is the test's Chromium tab with a few merchant gestures.
type browser struct {
	t   *testing.T
	ctx context.Context
	url string
}

func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatal(err)
	}
}

// waitFor waits until the page has an element matching sel (showing text, when
// given): htmx swaps replace nodes, so this asks the page again each time instead
// of watching one node.
func (b *browser) waitFor(sel string, text ...string) {
	b.t.Helper()
	want := ""
	if len(text) > 0 {
		want = text[0]
	}
	js := `(() => { const e = document.querySelector(` + quote(sel) + `); return e !== null && e.textContent.includes(` + quote(want) + `) })()`
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		found, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](js))
		if err != nil {
			b.t.Fatal(err)
		}
		if found {
			return
		}
	}
	html, _ := chromedp.Run(b.ctx, chromedp.OuterHTML(chromedp.CSS("main")))
	b.t.Fatalf("%s never appeared:\n%s", sel, html)
}

// choose picks an option of a select and fires change, as a person's choice does.
func (b *browser) choose(sel, value string) {
	b.t.Helper()
	js := `(() => { const s = document.querySelector(` + quote(sel) + `); s.value = ` + quote(value) + `; s.dispatchEvent(new Event("change", {bubbles: true})); return s.value })()`
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js)); err != nil {
		b.t.Fatal(err)
	}
}

// fill types an address into its fieldset.
func (b *browser) fill(prefix string, values ...string) {
	b.t.Helper()
	for i, f := range []string{"contact_name", "street1", "city", "state", "postal_code", "country", "phone"} {
		id := "f-" + strings.NewReplacer(".", "-", "_", "-").Replace(prefix+"."+f)
		b.do(chromedp.SendKeys(chromedp.ID(id), values[i]))
	}
	b.do(chromedp.Click(chromedp.CSS("h2")))
}

// acceptConfirms answers yes to the page's confirmation questions.
func (b *browser) acceptConfirms() {
	b.t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](`window.confirm = () => true, true`)); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) expect(sel string, want ...string) {
	b.t.Helper()
	text, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			b.t.Errorf("%s does not show %q:\n%s", sel, w, text)
		}
	}
}

// shot saves the whole page when screenshots are asked for.
func (b *browser) shot(file string) {
	b.t.Helper()
	b.save(file, chromedp.FullScreenshot(100))
}

// shotOf saves one element of the page.
func (b *browser) shotOf(file, sel string) {
	b.t.Helper()
	b.save(file, chromedp.Screenshot(chromedp.CSS(sel)))
}

func (b *browser) save(file string, action chromedp.Action[[]byte]) {
	b.t.Helper()
	dir := os.Getenv("WAYPOST_SCREENSHOT_DIR")
	if dir == "" {
		return
	}
	img, err := chromedp.Run(b.ctx, action)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, file), img, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

func quote(s string) string {
	return "\"" + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + "\""
}
