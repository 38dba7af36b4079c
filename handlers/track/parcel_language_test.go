package track_test

import (
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/waypost/waypost/web/app/apptest"
)

// history is the events part of a parcel page.
func history(t *testing.T, page string) string {
	t.Helper()
	_, rest, ok := strings.Cut(page, `class="tp-card tp-history"`)
	h, _, ok2 := strings.Cut(rest, `class="tp-card tp-carrier"`)
	if !ok || !ok2 {
		t.Fatalf("page has no history: %.300s", page)
	}
	return h
}

func hangul(s string) string {
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0 {
			return w
		}
	}
	return ""
}

// TestParcelPageTranslatesEvents: an English reader of a Korean carrier's
// parcel reads its events in English with places romanized, a Korean reader
// reads them as the carrier wrote them, and the carrier's wording is one link
// away.
func TestParcelPageTranslatesEvents(t *testing.T) {
	original := []string{"집화처리", "보내는 분께 상품을 인수했습니다.", "용산1", "부산사상"}
	english := []string{"Picked up", "Parcel picked up from the sender", "Yongsan 1", "Busan Sasang", "Delivered"}
	toggle := `href="/track/kr.cjlogistics/1234567880?lang=en&amp;orig=1"`
	apptest.Each(t, func(t *testing.T, dialect string) {
		in, path := delivered(t, dialect)
		_, page := fetch(t, in, path+"?lang=en")
		h := history(t, page)
		containsAll(t, "English", h, append(english, toggle, "Show original"))
		if w := hangul(h); w != "" {
			t.Errorf("English history shows %q", w)
		}
		if m := unmaskedPhone.FindString(page); m != "" {
			t.Errorf("translated page shows the phone number %s", m)
		}

		_, page = fetch(t, in, path, "Accept-Language", "ko-KR")
		h = history(t, page)
		containsAll(t, "Korean", h, original)
		if strings.Contains(h, "orig=1") || strings.Contains(h, "원문 보기") {
			t.Error("Korean page offers an original it already shows")
		}

		res, page := fetch(t, in, path+"?lang=en&orig=1")
		h = history(t, page)
		containsAll(t, "original", h, append(original, `href="/track/kr.cjlogistics/1234567880?lang=en"`, "Show in English"))
		if res.StatusCode != http.StatusOK || !strings.Contains(page, `<html lang="en"`) || !strings.Contains(page, "Tracking history") {
			t.Errorf("original: %d, page no longer English", res.StatusCode)
		}
		// Refresh keeps the carrier's wording.
		if !strings.Contains(page, `href="/track/kr.cjlogistics/1234567880?lang=en&amp;orig=1" data-refresh`) {
			t.Error("refresh drops orig=1")
		}
	})
}

// TestTranslationStaysOffTheSharedLookup: the lookup cache serves every
// language and the tracker.delivery API, whose clients expect the carrier's
// text, so a translated page must not change what the others read.
func TestTranslationStaysOffTheSharedLookup(t *testing.T) {
	in, path := delivered(t, "sqlite")
	fetch(t, in, path+"?lang=en")
	_, page := fetch(t, in, path+"?lang=ko")
	containsAll(t, "Korean after English", history(t, page), []string{"보내는 분께 상품을 인수했습니다.", "용산1"})
	res, body := fetch(t, in, "/carriers/kr.cjlogistics/tracks/1234567880", "Accept-Language", "en")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("tracker.delivery API: %d", res.StatusCode)
	}
	containsAll(t, "tracker.delivery API", body, []string{`"text":"집화처리"`, "보내는 분께 상품을 인수했습니다.", "용산1"})
	if strings.Contains(body, "Picked up") || strings.Contains(body, "Yongsan") {
		t.Errorf("API reads translated texts: %.300s", body)
	}
}

// TestEmbedTranslatesKoreaPost: Korea Post's events on a merchant's embed, in
// English, with the original toggle staying inside the embed.
func TestEmbedTranslatesKoreaPost(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: start})
		base := "/embed/" + handle(t, in) + "/track/kr.epost/6123456789010"
		fetch(t, in, base)
		in.Clock.Advance(time.Hour)
		_, page := fetch(t, in, base+"?lang=en")
		h := history(t, page)
		containsAll(t, "English embed", h, []string{`href="` + base + `?lang=en&amp;orig=1"`, "Show original"})
		if w := hangul(h); w != "" {
			t.Errorf("English embed shows %q", w)
		}
		_, page = fetch(t, in, base+"?lang=en&orig=1")
		if w := hangul(history(t, page)); w == "" {
			t.Error("the original of a Korea Post parcel has no Korean")
		}
	})
}

func containsAll(t *testing.T, what, s string, wants []string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Errorf("%s: lacks %q", what, w)
		}
	}
}
