package polling

import (
	"testing"
	"time"

	"github.com/waypost/waypost/models"
)

var t0 = time.Date(2024, 4, 25, 12, 0, 0, 0, time.UTC)

func ago(d time.Duration) *time.Time {
	t := t0.Add(-d)
	return &t
}

// within checks a jittered interval: between d and d+10%.
func within(t *testing.T, name string, got *time.Time, d time.Duration) {
	t.Helper()
	if got == nil {
		t.Fatalf("%s: polling stopped, want about %v", name, d)
	}
	if dd := got.Sub(t0); dd < d || dd > d+d/10+time.Nanosecond {
		t.Errorf("%s: next poll in %v, want %v..%v", name, dd, d, d+d/10)
	}
}

func TestCadenceFollowsTheParcel(t *testing.T) {
	c := DefaultCadence()
	tests := []struct {
		name string
		p    models.Parcel
		want time.Duration // 0: stop polling
	}{
		{"just created, nothing yet", models.Parcel{Tag: "Pending", CreatedAt: t0}, 30 * time.Minute},
		{"three days without any event", models.Parcel{Tag: "Pending", CreatedAt: *ago(72 * time.Hour)}, 12 * time.Hour},
		{"moved an hour ago", models.Parcel{Tag: "InTransit", LastEventAt: ago(time.Hour), CreatedAt: *ago(48 * time.Hour)}, 30 * time.Minute},
		{"quiet for 20 hours", models.Parcel{Tag: "InTransit", LastEventAt: ago(20 * time.Hour)}, 5 * time.Hour},
		{"quiet for a week", models.Parcel{Tag: "InTransit", LastEventAt: ago(7 * 24 * time.Hour)}, 12 * time.Hour},
		{"out for delivery", models.Parcel{Tag: "OutForDelivery", LastEventAt: ago(10 * time.Hour)}, 15 * time.Minute},
		{"failed attempt", models.Parcel{Tag: "AttemptFail", LastEventAt: ago(3 * time.Hour)}, 15 * time.Minute},
		{"waiting at a pickup point", models.Parcel{Tag: "AvailableForPickup", LastEventAt: ago(30 * time.Hour)}, 15 * time.Minute},
		{"delivered an hour ago: grace", models.Parcel{Tag: "Delivered", Subtag: "Delivered_001", LastEventAt: ago(time.Hour)}, 6 * time.Hour},
		{"delivered 25 hours ago", models.Parcel{Tag: "Delivered", Subtag: "Delivered_001", LastEventAt: ago(25 * time.Hour)}, 0},
		{"returned to sender, in grace", models.Parcel{Tag: "Exception", Subtag: "Exception_011", LastEventAt: ago(2 * time.Hour)}, 6 * time.Hour},
		{"returning to sender (not over)", models.Parcel{Tag: "Exception", Subtag: "Exception_010", LastEventAt: ago(2 * time.Hour)}, 30 * time.Minute},
		{"expired", models.Parcel{Tag: "Expired", Subtag: "Expired_001", LastEventAt: ago(31 * 24 * time.Hour)}, 0},
	}
	for _, tt := range tests {
		got := c.next(&tt.p, t0)
		if tt.want == 0 {
			if got != nil {
				t.Errorf("%s: next poll %v, want none", tt.name, got)
			}
			continue
		}
		within(t, tt.name, got, tt.want)
	}
}

func TestGraceEndsOnTime(t *testing.T) {
	p := models.Parcel{Tag: "Delivered", Subtag: "Delivered_001", LastEventAt: ago(23 * time.Hour)}
	got := DefaultCadence().next(&p, t0)
	if got == nil || !got.Equal(t0.Add(time.Hour)) {
		t.Errorf("last grace poll at %v, want exactly at the end of the grace period", got)
	}
}

func TestSandboxRunsOnStoryTime(t *testing.T) {
	c := DefaultCadence() // one story hour per minute
	moving := models.Parcel{Sandbox: true, Tag: "InTransit", LastEventAt: ago(time.Minute)}
	within(t, "sandbox moving", c.next(&moving, t0), 30*time.Second)
	ofd := models.Parcel{Sandbox: true, Tag: "OutForDelivery", LastEventAt: ago(time.Minute)}
	within(t, "sandbox last mile", c.next(&ofd, t0), 15*time.Second)
	c.Sandbox = time.Hour // stories at real speed poll like real parcels
	within(t, "sandbox at real speed", c.next(&moving, t0), 30*time.Minute)
}

func TestExpiry(t *testing.T) {
	c := DefaultCadence()
	day := 24 * time.Hour
	tests := []struct {
		name string
		p    models.Parcel
		want bool
	}{
		{"29 days without news", models.Parcel{Tag: "Pending", CreatedAt: *ago(29 * day)}, false},
		{"31 days without news", models.Parcel{Tag: "Pending", CreatedAt: *ago(31 * day)}, true},
		{"last event 31 days ago", models.Parcel{Tag: "InTransit", CreatedAt: *ago(40 * day), LastEventAt: ago(31 * day)}, true},
		{"last event 2 days ago", models.Parcel{Tag: "InTransit", CreatedAt: *ago(40 * day), LastEventAt: ago(2 * day)}, false},
		{"retracked yesterday", models.Parcel{Tag: "Expired", CreatedAt: *ago(40 * day), ActiveSince: ago(day)}, false},
		{"delivered long ago is not expired", models.Parcel{Tag: "Delivered", Subtag: "Delivered_001", LastEventAt: ago(90 * day)}, false},
		{"sandbox: 13 story days", models.Parcel{Sandbox: true, Tag: "Pending", CreatedAt: *ago(13 * time.Hour)}, true},
	}
	for _, tt := range tests {
		if got := c.expired(&tt.p, tt.p.Tag, tt.p.Subtag, t0); got != tt.want {
			t.Errorf("%s: expired = %v", tt.name, got)
		}
	}
}

func TestBackoffDoublesAndHonoursRetryAfter(t *testing.T) {
	c := DefaultCadence()
	for _, tt := range []struct {
		failures   int
		retryAfter time.Duration
		want       time.Duration
	}{
		{1, 0, time.Minute}, {2, 0, 2 * time.Minute}, {5, 0, 16 * time.Minute},
		{12, 0, 12 * time.Hour}, {40, 0, 12 * time.Hour}, {1, 10 * time.Minute, 10 * time.Minute},
	} {
		p := models.Parcel{Failures: tt.failures}
		next := c.backoff(&p, tt.retryAfter, t0)
		within(t, "backoff", &next, tt.want)
	}
}
