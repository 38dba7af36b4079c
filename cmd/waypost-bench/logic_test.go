package main

import (
	"math/rand/v2"
	"testing"
	"time"
)

func TestNextCursor(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`{"meta":{"code":200},"data":{"pagination":{"total":3,"next_cursor":"MTc.abc_-","has_next_page":true},"trackings":[]}}`, "MTc.abc_-"},
		{`{"data":{"pagination":{"total":3,"next_cursor":null,"has_next_page":false},"trackings":[]}}`, ""},
		{`{"data":{"pagination":{"next_cursor":"unterminated`, ""},
		{``, ""},
	} {
		if got := nextCursor([]byte(tc.body)); got != tc.want {
			t.Errorf("nextCursor(%s) = %q, want %q", tc.body, got, tc.want)
		}
	}
}

// Every parcel comes once per pass, and a pass that comes round within the
// cache's lifetime is counted.
func TestParcelWalk(t *testing.T) {
	w := newParcelWalk(50, time.Hour)
	seen := map[int]bool{}
	for range 50 {
		seen[w.Next()] = true
	}
	if len(seen) != 50 || w.EarlyPasses() != 0 {
		t.Fatalf("one pass gave %d distinct parcels, %d early passes", len(seen), w.EarlyPasses())
	}
	w.Next()
	if w.EarlyPasses() != 1 {
		t.Errorf("a second pass within the hour: %d early passes, want 1", w.EarlyPasses())
	}
}

func TestDetectCasesCoverEveryFormat(t *testing.T) {
	cases, err := detectCases(rand.New(rand.NewPCG(1, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 30*detectPerFormat {
		t.Errorf("%d numbers, want about %d per format", len(cases), detectPerFormat)
	}
}

// Delivered parcels take one, two or four days, and every tracking is created
// between 90 and 7 days before seeding.
func TestSeededTimes(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	days := map[int]bool{}
	for i := range 60 {
		c := createdAt(now, i, 60)
		if c.Before(now.Add(-seedOldest)) || c.After(now.Add(-seedNewest)) {
			t.Errorf("tracking %d created at %s", i, c)
		}
		if _, _, transit := milestones(c, gapOf(i), false); transit != nil {
			days[transit.(int)] = true
		}
	}
	if !days[1] || !days[2] || !days[4] || len(days) != 3 {
		t.Errorf("transit days %v, want 1, 2 and 4", days)
	}
}
