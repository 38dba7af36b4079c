package sandbox

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// SchedulePickup books a collection on a working day, inside the carrier's collection
// hours. The confirmation number depends only on the request, so the same booking
// always confirms the same way.
func (s *Shipper) SchedulePickup(ctx context.Context, req carriers.PickupRequest) (*carriers.Pickup, error) {
	card, err := s.begin(ctx, req.Account)
	if err != nil {
		return nil, err
	}
	slug, rule := req.Account.Slug, card.pickup
	switch {
	case len(req.TrackingNumbers) == 0 && len(req.Parcels) == 0:
		return nil, refused(carriers.KindInvalidNumber, slug, "nothing to collect: give the labels' tracking numbers or the parcels")
	case postalKey(req.Address.PostalCode) == triggerPostalCode:
		return nil, refused(carriers.KindInvalidNumber, slug, "address refused: postal code %s does not exist (sandbox trigger)", triggerPostalCode)
	case strings.EqualFold(strings.TrimSpace(req.Address.ContactName), triggerFailPickup):
		return nil, refused(carriers.KindInvalidNumber, slug, "no driver is available for this pickup (sandbox trigger: contact_name %q)", triggerFailPickup)
	}
	loc := zoneOf(req.Account)
	now := s.now().In(loc)
	day, err := pickupDay(slug, rule, req.Date, now, loc)
	if err != nil {
		return nil, err
	}
	start, end, err := pickupWindow(slug, rule, req.StartTime, req.EndTime, day, now)
	if err != nil {
		return nil, err
	}
	key := hashOf("pickup", req.Account.ID, start.Format(time.RFC3339), end.Format(time.RFC3339),
		strings.Join(req.TrackingNumbers, ","), strconv.Itoa(len(req.Parcels)))
	p := &carriers.Pickup{ConfirmationNumber: rule.prefix + digits(key, rule.digits), StartAt: start, EndAt: end}
	if rule.fee > 0 {
		fee := billingFor(card, iso3(req.Address.Country)).money(rule.fee)
		p.Charge = &fee
	}
	return p, nil
}

func pickupDay(slug string, rule pickupRule, date, now time.Time, loc *time.Location) (time.Time, error) {
	today := todayIn(now, loc)
	day := today
	if !date.IsZero() {
		day = dayOf(date, loc)
	}
	switch {
	case day.Before(today):
		return day, refused(carriers.KindInvalidNumber, slug, "pickup date %s is in the past", day.Format(time.DateOnly))
	case day.Weekday() == time.Sunday:
		return day, refused(carriers.KindInvalidNumber, slug, "no pickups on Sundays (%s)", day.Format(time.DateOnly))
	case day.Weekday() == time.Saturday && !rule.saturday:
		return day, refused(carriers.KindInvalidNumber, slug, "this carrier does not collect on Saturdays (%s)", day.Format(time.DateOnly))
	}
	return day, nil
}

// pickupWindow clips the asked window to the carrier's hours and, today, to an hour's
// notice from now; a window left shorter than the carrier's minimum is refused.
func pickupWindow(slug string, rule pickupRule, from, to string, day, now time.Time) (time.Time, time.Time, error) {
	start, err := askedClock(slug, from, rule.open)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	end, err := askedClock(slug, to, rule.close)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	start, end = max(start, rule.open), min(end, rule.close)
	why := "inside the carrier's collection hours " + rule.open.String() + "-" + rule.close.String()
	if day.Equal(todayIn(now, day.Location())) {
		notice := (clock(now.Hour()*60+now.Minute()+60) + 14) / 15 * 15
		if notice > start {
			start, why = notice, why+" with an hour's notice from now"
		}
	}
	if end-start < rule.minWindow {
		return time.Time{}, time.Time{}, refused(carriers.KindInvalidNumber, slug,
			"a pickup needs a window of at least %d minutes %s; %s-%s leaves %d", int(rule.minWindow), why, start, end, max(0, int(end-start)))
	}
	return start.on(day), end.on(day), nil
}

// askedClock reads an asked time of day, "09:00" or "09:00:00"; none asked is def.
func askedClock(slug, s string, def clock) (clock, error) {
	if s = strings.TrimSpace(s); s == "" {
		return def, nil
	}
	for _, layout := range []string{"15:04", "15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return hm(t.Hour(), t.Minute()), nil
		}
	}
	return 0, refused(carriers.KindInvalidNumber, slug, "pickup time %q is not HH:MM", s)
}

// CancelPickup cancels a booking this carrier's sandbox confirmed.
func (s *Shipper) CancelPickup(ctx context.Context, req carriers.CancelPickupRequest) error {
	card, err := s.begin(ctx, req.Account)
	if err != nil {
		return err
	}
	c, rule := strings.TrimSpace(req.ConfirmationNumber), card.pickup
	num, ok := strings.CutPrefix(c, rule.prefix)
	if !ok || len(num) != rule.digits || strings.Trim(num, "0123456789") != "" {
		return refused(carriers.KindInvalidNumber, req.Account.Slug, "no pickup with confirmation number %q", c)
	}
	return nil
}

// CloseManifest closes the day for the given labels. The reference depends only on the
// account, the day and the labels; File is nil because Waypost renders the manifest.
func (s *Shipper) CloseManifest(ctx context.Context, req carriers.ManifestRequest) (*carriers.Manifest, error) {
	if _, err := s.begin(ctx, req.Account); err != nil {
		return nil, err
	}
	if len(req.TrackingNumbers) == 0 {
		return nil, refused(carriers.KindInvalidNumber, req.Account.Slug, "a manifest needs at least one label")
	}
	loc := zoneOf(req.Account)
	day := todayIn(s.now(), loc)
	if !req.Date.IsZero() {
		day = dayOf(req.Date, loc)
	}
	nums := slices.Sorted(slices.Values(req.TrackingNumbers))
	key := hashOf(append([]string{"manifest", req.Account.ID, day.Format(time.DateOnly)}, nums...)...)
	return &carriers.Manifest{CarrierRef: fmt.Sprintf("MF%s%s", day.Format("20060102"), digits(key, 6))}, nil
}
