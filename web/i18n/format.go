package i18n

import (
	"fmt"
	"time"
)

var koWeekdays = [...]string{"일", "월", "화", "수", "목", "금", "토"}

// Zone names a time's offset the way a reader can use it anywhere: "UTC+9",
// "UTC-4", "UTC+5:30".
func Zone(t time.Time) string {
	_, off := t.Zone()
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	if m != 0 {
		return fmt.Sprintf("UTC%s%d:%02d", sign, h, m)
	}
	return fmt.Sprintf("UTC%s%d", sign, h)
}

// Clock is the time of day: "5:19 PM" in English, "17:19" in Korean.
func (l *Locale) Clock(t time.Time) string {
	if l.Lang == "ko" {
		return t.Format("15:04")
	}
	return t.Format("3:04 PM")
}

// Day is a calendar day with its weekday: "Thu, Apr 25" / "4월 25일 (목)".
// The year is added when it is not the year of now.
func (l *Locale) Day(t, now time.Time) string {
	if l.Lang == "ko" {
		s := fmt.Sprintf("%d월 %d일 (%s)", int(t.Month()), t.Day(), koWeekdays[t.Weekday()])
		if t.Year() != now.Year() {
			s = fmt.Sprintf("%d년 ", t.Year()) + s
		}
		return s
	}
	if t.Year() != now.Year() {
		return t.Format("Mon, Jan 2, 2006")
	}
	return t.Format("Mon, Jan 2")
}

// LongDay is a day heading: "Thursday, April 25" / "4월 25일 목요일".
func (l *Locale) LongDay(t, now time.Time) string {
	if l.Lang == "ko" {
		s := fmt.Sprintf("%d월 %d일 %s요일", int(t.Month()), t.Day(), koWeekdays[t.Weekday()])
		if t.Year() != now.Year() {
			s = fmt.Sprintf("%d년 ", t.Year()) + s
		}
		return s
	}
	if t.Year() != now.Year() {
		return t.Format("Monday, January 2, 2006")
	}
	return t.Format("Monday, January 2")
}

// DateTime is a full moment with its zone: "Thu, Apr 25, 5:19 PM (UTC+9)".
func (l *Locale) DateTime(t, now time.Time) string {
	if l.Lang == "ko" {
		return l.Day(t, now) + " " + l.Clock(t) + " (" + Zone(t) + ")"
	}
	return l.Day(t, now) + ", " + l.Clock(t) + " (" + Zone(t) + ")"
}

// Ago says coarsely how long before now t was: "just now", "5 minutes ago".
func (l *Locale) Ago(now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return l.T("just_now")
	case d < time.Hour:
		return l.N("minutes_ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return l.N("hours_ago", int(d.Hours()))
	}
	return l.N("days_ago", int(d.Hours()/24))
}
