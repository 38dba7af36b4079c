package track_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/waypost/waypost/web/app/browsertest"
	"github.com/waypost/waypost/web/branding"
)

// crossSite starts Chromium with names under .test resolving to this machine,
// so a merchant's shop (shop.test) and Waypost (waypost.test) are different
// sites, and with third-party cookies blocked as privacy-minded browsers do.
func crossSite(t *testing.T) context.Context {
	t.Helper()
	dir := t.TempDir()
	prefs := `{"profile":{"cookie_controls_mode":1,"block_third_party_cookies":true}}`
	if err := os.MkdirAll(filepath.Join(dir, "Default"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Default", "Preferences"), []byte(prefs), 0o600); err != nil {
		t.Fatal(err)
	}
	return browsertest.New(t, chromedp.UserDataDir(dir), chromedp.Flag("host-resolver-rules", "MAP *.test 127.0.0.1"))
}

// on names a test server by a .test host: http://shop.test:<port>.
func on(host, serverURL string) string {
	u, _ := url.Parse(serverURL)
	return "http://" + host + ".test:" + u.Port()
}

// shop serves a merchant's order page that frames the address src returns,
// with the snippet the console hands out.
func shop(t *testing.T, waypost string, src func() string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><title>Your order</title><h1>Order 1001</h1>
<iframe id="wp" src="%s" title="Parcel tracking" allow="clipboard-write" style="width:100%%;border:0"></iframe>
<script src="%s/embed.js" async></script>`, src(), waypost)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func frameHeight(t *testing.T, ctx context.Context) int {
	t.Helper()
	h, err := chromedp.Run(ctx, chromedp.Evaluate[int](`parseInt(document.getElementById("wp").style.height || "0", 10)`))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// frameContext attaches to the cross-site iframe, which Chromium runs as a
// target of its own.
func frameContext(t *testing.T, ctx context.Context, prefix string) context.Context {
	t.Helper()
	infos, err := chromedp.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range infos {
		if info.Type == "iframe" && strings.HasPrefix(info.URL, prefix) {
			fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID))
			t.Cleanup(cancel)
			return fctx
		}
	}
	t.Fatalf("no frame from %s among %d targets", prefix, len(infos))
	return nil
}

// TestEmbedInChromium: a merchant pastes the snippet into its shop on another
// site; the parcel shows inside, and the frame takes the height of its content
// as the content changes.
func TestEmbedInChromium(t *testing.T) {
	in, _ := delivered(t, "sqlite")
	wp := on("waypost", in.URL)
	var embed string
	shopOrigin := on("shop", shop(t, wp, func() string { return embed + "/track/kr.cjlogistics/1234567880" }).URL)
	_, err := branding.New(in.App.DB, nil).Save(context.Background(), in.OrgID(t),
		branding.Input{DisplayName: "Acme", FrameAncestors: []string{shopOrigin}})
	if err != nil {
		t.Fatal(err)
	}
	embed = wp + "/embed/" + handle(t, in)

	ctx := crossSite(t)
	problems := consoleProblems(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(shopOrigin+"/order")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `parseInt(document.getElementById("wp").style.height || "0", 10) > 600`)
	tall := frameHeight(t, ctx)

	frame := frameContext(t, ctx, embed)
	if h := text(t, frame, "h1"); h != "Delivered" {
		t.Errorf("embedded headline %q", h)
	}
	if inner, _ := chromedp.Run(frame, chromedp.Evaluate[int](`Math.ceil(document.body.getBoundingClientRect().height)`)); inner != tall {
		t.Errorf("frame is %dpx for %dpx of content", tall, inner)
	}
	if c, _ := chromedp.Run(frame, chromedp.Evaluate[string](`document.cookie`)); c != "" {
		t.Errorf("the embed has cookies: %q", c)
	}
	// The frame really is a third party without cookie access.
	if access, err := chromedp.Run(frame, chromedp.Evaluate[bool](`document.hasStorageAccess()`, chromedp.EvalAwaitPromise)); err != nil || access {
		t.Errorf("the embed has storage access (%v): third-party cookies are not blocked", err)
	}

	// A shorter page (the search box) shrinks the frame.
	eval(t, ctx, fmt.Sprintf(`document.getElementById("wp").src = %q`, embed))
	waitFor(t, ctx, fmt.Sprintf(`(function(h){ return h > 0 && h < %d })(parseInt(document.getElementById("wp").style.height || "0", 10))`, tall-200))
	if p := problems(); len(p) > 0 {
		t.Errorf("console errors: %q", p)
	}
}

// TestFramingRefused: a site the merchant did not list cannot frame its embed,
// and no site can frame the console.
func TestFramingRefused(t *testing.T) {
	in, _ := delivered(t, "sqlite")
	wp := on("waypost", in.URL)
	_, err := branding.New(in.App.DB, nil).Save(context.Background(), in.OrgID(t),
		branding.Input{FrameAncestors: []string{"https://shop.example"}})
	if err != nil {
		t.Fatal(err)
	}
	browser := crossSite(t)
	for _, src := range []string{wp + "/embed/" + handle(t, in) + "/track/kr.cjlogistics/1234567880", wp + "/login", wp + "/tracking-page"} {
		other := shop(t, wp, func() string { return src })
		ctx, closeTab := chromedp.NewContext(browser)
		if err := chromedp.Do(ctx, chromedp.Navigate(on("other", other.URL)+"/"), chromedp.Sleep(time.Second)); err != nil {
			t.Fatal(err)
		}
		// The browser puts its own error page in a refused frame.
		loc, err := chromedp.Run(frameContext(t, ctx, wp), chromedp.Evaluate[string](`location.href`))
		if err != nil || !strings.HasPrefix(loc, "chrome-error:") {
			t.Errorf("%s was framed by another site (frame at %q, %v)", src, loc, err)
		}
		if h := frameHeight(t, ctx); h != 0 {
			t.Errorf("%s: refused frame still reported a height", src)
		}
		closeTab()
	}
}
