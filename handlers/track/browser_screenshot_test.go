package track_test

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/app/browsertest"
)

// TestScreenshots renders the page as shoppers see it: a parcel out for
// delivery on a desktop in English, and a delivered one on a phone in Korean.
// With WAYPOST_SCREENSHOT_DIR set (make screenshots) they are written there for
// the docs.
func TestScreenshots(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: start})
	fetch(t, in, "/track/kr.cjlogistics/1234567880")
	in.Clock.Advance(14 * time.Minute) // the sandbox's courier is on the way
	ctx := browsertest.New(t)
	shots := []struct {
		file, path    string
		width, height int64
		mobile        bool
	}{
		{"tracking-page.png", "/track/kr.cjlogistics/1234567880?lang=en", 1200, 900, false},
		{"tracking-page-ko.png", "/track/kr.cjlogistics/1234567880?lang=ko", 390, 844, true},
	}
	for i, s := range shots {
		if i == 1 {
			in.Clock.Advance(time.Hour) // delivered by now
		}
		var opts []chromedp.EmulateViewportOption
		if s.mobile {
			opts = append(opts, chromedp.EmulateScale(2), chromedp.EmulateMobile)
		}
		err := chromedp.Do(ctx, chromedp.EmulateViewport(s.width, s.height, opts...),
			chromedp.Navigate(in.URL+s.path), chromedp.WaitVisible(chromedp.CSS(".tp-history")))
		if err != nil {
			t.Fatal(err)
		}
		img, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(img))
		if err != nil || int64(cfg.Width) < s.width {
			t.Fatalf("%s: %v, %dx%d", s.file, err, cfg.Width, cfg.Height)
		}
		if dir := os.Getenv("WAYPOST_SCREENSHOT_DIR"); dir != "" {
			if err := os.WriteFile(filepath.Join(dir, s.file), img, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
