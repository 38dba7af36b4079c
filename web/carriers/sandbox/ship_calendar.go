package sandbox

import (
	"fmt"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Carriers work Monday to Friday: parcels leave and arrive on business days (public
// holidays are not modelled).

// dayOf is the calendar day a request names, as a midnight in loc. Requests carry the
// day as a midnight in some zone; its date is what counts, not the instant.
func dayOf(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// todayIn is the current day in loc.
func todayIn(now time.Time, loc *time.Location) time.Time {
	return dayOf(now.In(loc), loc)
}

func weekend(t time.Time) bool { return t.Weekday() == time.Saturday || t.Weekday() == time.Sunday }

func addBusinessDays(day time.Time, n int) time.Time {
	for n > 0 {
		day = day.AddDate(0, 0, 1)
		if !weekend(day) {
			n--
		}
	}
	return day
}

// shipDay is the day a parcel actually leaves: the requested day (today when zero),
// moved to the next business day when it is a weekend or today's booking cut-off has
// passed. note explains a move; a day in the past is refused.
func shipDay(slug string, now, requested time.Time, loc *time.Location, cutOff clock) (time.Time, string, error) {
	today := todayIn(now, loc)
	day := today
	if !requested.IsZero() {
		day = dayOf(requested, loc)
	}
	if day.Before(today) {
		return time.Time{}, "", refused(carriers.KindInvalidNumber, slug, "ship date %s is in the past (today is %s in %s)",
			day.Format(time.DateOnly), today.Format(time.DateOnly), loc)
	}
	note := ""
	if day.Equal(today) && !now.Before(cutOff.on(day)) {
		day = day.AddDate(0, 0, 1)
		note = fmt.Sprintf("booked after today's %s cut-off", cutOff)
	}
	if weekend(day) {
		for weekend(day) {
			day = day.AddDate(0, 0, 1)
		}
		if note == "" {
			note = "the carrier does not collect at weekends"
		}
	}
	if note != "" {
		note += "; ships " + day.Format("Mon 2006-01-02")
	}
	return day, note, nil
}
