package middleware

import (
	"testing"
	"time"
)

func TestLimiterWindows(t *testing.T) {
	now := time.Date(2026, 1, 1, 10, 0, 30, 0, time.UTC)
	l := NewLimiter(3, time.Minute, func() time.Time { return now })
	for i := 1; i <= 3; i++ {
		d := l.Allow("k")
		if !d.Allowed || d.Remaining != 3-i {
			t.Fatalf("request %d: %+v", i, d)
		}
	}
	d := l.Allow("k")
	if d.Allowed || d.Remaining != 0 || !d.Reset.Equal(time.Date(2026, 1, 1, 10, 1, 0, 0, time.UTC)) {
		t.Errorf("over the limit: %+v", d)
	}
	if !l.Allow("other").Allowed {
		t.Error("keys share a budget")
	}
	if !l.Peek("k") || l.Peek("other") {
		t.Error("peek")
	}
	now = now.Add(time.Minute)
	if !l.Allow("k").Allowed || l.Peek("k") {
		t.Error("a new window did not reset the count")
	}
}

func TestSafeNext(t *testing.T) {
	for in, want := range map[string]string{
		"/trackings/abc": "/trackings/abc", "https://evil.example": "/trackings",
		"//evil.example": "/trackings", "/\\evil.example": "/trackings", "": "/trackings",
	} {
		if got := SafeNext(in); got != want {
			t.Errorf("SafeNext(%q) = %q", in, got)
		}
	}
}
