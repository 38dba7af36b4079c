package console_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/app/apptest"
	"github.com/waypost/waypost/web/branding"
	"github.com/waypost/waypost/web/clientauth"
)

type session struct {
	t  *testing.T
	in *apptest.Instance
	c  *http.Client
}

func login(t *testing.T, in *apptest.Instance) *session {
	t.Helper()
	s := &session{t: t, in: in, c: in.Client()}
	res, _ := s.post("/login", url.Values{"email": {apptest.Email}, "password": {apptest.Password}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("login: %d", res.StatusCode)
	}
	return s
}

func (s *session) do(req *http.Request) (*http.Response, string) {
	s.t.Helper()
	res, err := s.c.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func (s *session) get(path string) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodGet, s.in.URL+path, nil)
	return s.do(req)
}

func (s *session) post(path string, form url.Values) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodPost, s.in.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return s.do(req)
}

func (s *session) handle() string {
	o, err := s.in.App.DB.OrganizationByID(context.Background(), s.in.OrgID(s.t))
	if err != nil {
		s.t.Fatal(err)
	}
	return o.Slug
}

func TestBrandingShowsOnTheMerchantPage(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{})
		s := login(t, in)
		h := s.handle()
		if res, page := s.get("/tracking-page"); res.StatusCode != http.StatusOK || !strings.Contains(page, "/m/"+h) {
			t.Fatalf("settings page: %d", res.StatusCode)
		}
		res, _ := s.post("/tracking-page", url.Values{
			"display_name": {"Acme Parcels"}, "custom_colors": {"on"}, "accent_color": {"#FFD400"},
			"background_color": {"#fffaf0"}, "message_en": {"Thanks for shopping with Acme!"},
			"link_label_0": {"Returns"}, "link_url_0": {"https://acme.example/returns"},
		})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("save: %d", res.StatusCode)
		}
		res, page := s.get("/m/" + h)
		for _, want := range []string{"Acme Parcels", "Thanks for shopping with Acme!", `href="https://acme.example/returns"`, "/theme.css?v="} {
			if !strings.Contains(page, want) {
				t.Errorf("merchant page lacks %q", want)
			}
		}
		theme := regexp.MustCompile(`/m/[^"]+/theme\.css\?v=[0-9a-f]+`).FindString(page)
		_, css := s.get(theme)
		accent := regexp.MustCompile(`--brand:(#[0-9a-f]{6})`).FindStringSubmatch(css)
		if accent == nil || branding.Contrast(accent[1], "#ffffff") < 4.5 || !strings.Contains(css, "--bg:#fffaf0") {
			t.Errorf("theme %q: the pale accent was not made readable", css)
		}
	})
}

func TestBrandingRefusesBadInput(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	for _, form := range []url.Values{
		{"link_label_0": {"Evil"}, "link_url_0": {"javascript:alert(1)"}},
		{"custom_colors": {"on"}, "accent_color": {"#3b4bd8"}, "background_color": {"#000000"}},
		{"display_name": {strings.Repeat("x", 61)}},
	} {
		res, page := s.post("/tracking-page", form)
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, `class="field-error"`) {
			t.Errorf("%v: %d", form, res.StatusCode)
		}
	}
	res, page := s.post("/tracking-page/embed", url.Values{"frame_ancestors": {"https://shop.example\nhttps://shop.example; script-src *"}})
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "is not a site address") {
		t.Errorf("bad frame ancestor: %d", res.StatusCode)
	}
}

func TestBrandingLogo(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	if res, page := s.upload("logo.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)); res.StatusCode != http.StatusUnprocessableEntity ||
		!strings.Contains(page, "PNG, JPEG") {
		t.Errorf("SVG logo: %d", res.StatusCode)
	}
	var buf bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	img.Set(3, 3, color.RGBA{255, 0, 0, 255})
	png.Encode(&buf, img)
	if res, _ := s.upload("logo.png", buf.Bytes()); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("PNG logo: %d", res.StatusCode)
	}
	_, page := s.get("/m/" + s.handle())
	logo := regexp.MustCompile(`/m/[^"]+/logo\?v=[0-9a-f]+`).FindString(page)
	res, body := s.get(logo)
	if logo == "" || res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/png" || body != buf.String() {
		t.Errorf("logo %q: %d %s", logo, res.StatusCode, res.Header.Get("Content-Type"))
	}
}

func (s *session) upload(name string, body []byte) (*http.Response, string) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	fw, _ := w.CreateFormFile("logo", name)
	fw.Write(body)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, s.in.URL+"/tracking-page/logo", &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return s.do(req)
}

// TestEmbedFraming: the embed may be framed by the merchant's sites only once
// it lists some, and sets no cookie; the console itself is never framed.
func TestEmbedFraming(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	embed := "/embed/" + s.handle()
	res, _ := (&session{t: t, in: in, c: http.DefaultClient}).get(embed)
	if csp := res.Header.Get("Content-Security-Policy"); res.StatusCode != http.StatusOK || !strings.Contains(csp, "frame-ancestors *") ||
		res.Header.Get("X-Frame-Options") != "" || res.Header.Get("Set-Cookie") != "" {
		t.Errorf("default embed: %d %q", res.StatusCode, csp)
	}
	res, _ = s.post("/tracking-page/embed", url.Values{"frame_ancestors": {"https://shop.example\r\nhttps://*.brand.example"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("save ancestors: %d", res.StatusCode)
	}
	_, page := s.get("/tracking-page/embed")
	if !strings.Contains(page, "/embed.js") || !strings.Contains(page, "&lt;iframe src=") {
		t.Error("no snippet on the embed page")
	}
	res, _ = (&session{t: t, in: in, c: http.DefaultClient}).get(embed + "/track/kr.cjlogistics/1234567890")
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'self' https://shop.example https://*.brand.example") {
		t.Errorf("embed CSP %q", csp)
	}
	res, _ = s.get("/tracking-page")
	if !strings.Contains(res.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'") || res.Header.Get("X-Frame-Options") != "DENY" {
		t.Error("the console may be framed")
	}
}

func TestClientCredentials(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Env: map[string]string{"WAYPOST_API_RATE_LIMIT": "77"}})
	s := login(t, in)
	res, page := s.post("/tracking-page/api", url.Values{"name": {"Storefront"}})
	header := regexp.MustCompile(`TRACKQL-API-KEY (wpc_[a-z0-9]+):([A-Z0-9]+)`).FindStringSubmatch(page)
	if res.StatusCode != http.StatusCreated || header == nil {
		t.Fatalf("create: %d", res.StatusCode)
	}
	call := func() int {
		req, _ := http.NewRequest(http.MethodGet, in.URL+"/carriers", nil)
		req.Header.Set("Authorization", header[0])
		res, _ := s.do(req)
		if res.StatusCode == http.StatusOK && res.Header.Get("X-RateLimit-Limit") != "77" {
			t.Errorf("limit %q", res.Header.Get("X-RateLimit-Limit"))
		}
		return res.StatusCode
	}
	if got := call(); got != http.StatusOK {
		t.Fatalf("with new credentials: %d", got)
	}
	creds, _ := clientauth.New(in.App.DB).List(context.Background(), in.OrgID(t))
	// Another merchant cannot revoke them.
	other, err := in.App.Accounts.Signup(context.Background(), accounts.SignupInput{
		OrganizationName: "Other Shop", Email: "other@example.com", Password: "another long password"})
	if err != nil {
		t.Fatal(err)
	}
	if err := clientauth.New(in.App.DB).Revoke(context.Background(), other.Organization.ID, creds[0].ID); err == nil {
		t.Error("another organization revoked the credentials")
	}
	if res, _ := s.post("/tracking-page/api/"+creds[0].ID+"/revoke", nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("revoke: %d", res.StatusCode)
	}
	if got := call(); got != http.StatusUnauthorized {
		t.Errorf("after revoking: %d", got)
	}
}
