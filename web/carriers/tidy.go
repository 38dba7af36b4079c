package carriers

import (
	"slices"
	"sync"
	"time"
	_ "time/tzdata" // carrier zones must not depend on the host's zoneinfo
)

// Tidy puts a carrier's events in the order Waypost stores them: oldest first, each event
// once. Carriers list events newest first, oldest first or shuffled, repeat an event on
// every page, and now and then omit an event's time; an event without a time is placed
// just after the event the carrier listed before it (or before the next one when it comes
// first), because carriers list events in the order they were scanned even when they lose
// the clock. Events whose time cannot be inferred at all are dropped.
func Tidy(cps []Checkpoint) []Checkpoint {
	filled := fillMissingTimes(cps)
	out := make([]Checkpoint, 0, len(filled))
	for _, c := range filled {
		if !slices.ContainsFunc(out, func(o Checkpoint) bool { return sameEvent(o, c) }) {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b Checkpoint) int { return a.Time.Compare(b.Time) })
	return out
}

// fillMissingTimes gives zero-time events the time of their neighbour in carrier order.
func fillMissingTimes(cps []Checkpoint) []Checkpoint {
	out := make([]Checkpoint, 0, len(cps))
	var prev time.Time
	for i, c := range cps {
		if c.Time.IsZero() {
			c.Time = prev
			if c.Time.IsZero() {
				c.Time = nextTime(cps[i+1:])
			}
		}
		if c.Time.IsZero() {
			continue
		}
		prev = c.Time
		out = append(out, c)
	}
	return out
}

func nextTime(cps []Checkpoint) time.Time {
	for _, c := range cps {
		if !c.Time.IsZero() {
			return c.Time
		}
	}
	return time.Time{}
}

func sameEvent(a, b Checkpoint) bool {
	return a.Time.Equal(b.Time) && a.RawCode == b.RawCode && a.RawStatus == b.RawStatus &&
		a.Message == b.Message && a.Location == b.Location
}

var zones sync.Map // zone name -> *time.Location

// Zone loads an IANA zone once. A misspelt name yields UTC rather than an error, because an
// event with a slightly wrong offset is better than no event.
func Zone(name string) *time.Location {
	if l, ok := zones.Load(name); ok {
		return l.(*time.Location)
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		l = time.UTC
	}
	zones.Store(name, l)
	return l
}

// Classified fills a checkpoint's tag and subtag from the carrier's status tables, or the
// given fallback tag when nothing matches, so no event is stored without a status.
func Classified(slug string, c Checkpoint, fallback Tag) Checkpoint {
	if r, ok := MatchFor(slug, c.RawCode, c.RawStatus); ok {
		c.Tag, c.Subtag = r.Tag, r.Subtag
		return c
	}
	if r, ok := MatchFor(slug, "", c.Message); ok && c.Message != c.RawStatus {
		c.Tag, c.Subtag = r.Tag, r.Subtag
		return c
	}
	c.Tag, c.Subtag = fallback, DefaultSubtag(fallback)
	return c
}
