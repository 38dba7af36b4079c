package branding

import "testing"

func TestContrast(t *testing.T) {
	if c := Contrast("#000000", "#ffffff"); c < 20.9 || c > 21.1 {
		t.Errorf("black on white = %.2f, want 21", c)
	}
	if c := Contrast("#777777", "#ffffff"); c > 4.5 {
		t.Errorf("#777 on white = %.2f, below AA", c)
	}
}

func TestReadable(t *testing.T) {
	for _, accent := range []string{"#ffd400", "#7fdbff", "#3b4bd8", "#ffffff", "#000000"} {
		light := Readable(accent, SurfaceColor, "#000000")
		if Contrast(light, SurfaceColor) < 4.5 {
			t.Errorf("%s on white became %s, contrast %.2f", accent, light, Contrast(light, SurfaceColor))
		}
		dark := Readable(accent, DarkSurfaceColor, "#ffffff")
		if Contrast(dark, DarkSurfaceColor) < 4.5 {
			t.Errorf("%s on dark became %s, contrast %.2f", accent, dark, Contrast(dark, DarkSurfaceColor))
		}
		if ink := InkOn(light); Contrast(ink, light) < 4.5 {
			t.Errorf("text %s on %s: contrast %.2f", ink, light, Contrast(ink, light))
		}
	}
	if got := Readable("#3b4bd8", SurfaceColor, "#000000"); got != "#3b4bd8" {
		t.Errorf("a readable colour changed: %s", got)
	}
}

func TestFrameAncestor(t *testing.T) {
	good := map[string]string{
		"https://shop.example":     "https://shop.example",
		"https://Shop.Example/":    "https://shop.example",
		"https://*.shop.example":   "https://*.shop.example",
		"http://localhost:3000":    "http://localhost:3000",
		" https://127.0.0.1:8443 ": "https://127.0.0.1:8443",
		"https://xn--9n2bp8q.kr":   "https://xn--9n2bp8q.kr",
	}
	for in, want := range good {
		got, err := FrameAncestor(in)
		if err != nil || got != want {
			t.Errorf("FrameAncestor(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"shop.example", "javascript:alert(1)", "https://shop.example/path",
		"https://shop.example; script-src *", "https://a b.example", "https://user@shop.example",
		"https://shop.example?x=1", "*", "'self'", "https://*", "ftp://shop.example", "https://[::1]"} {
		if got, err := FrameAncestor(in); err == nil {
			t.Errorf("FrameAncestor(%q) = %q, want an error", in, got)
		}
	}
}
