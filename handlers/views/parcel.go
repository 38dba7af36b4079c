package views

import (
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/i18n"
	"github.com/waypost/waypost/web/tracking"
)

// Parcel builds a parcel's public page in the reader's language. url is the
// page's own path (for refresh, copy and share).
func Parcel(pub *tracking.Public, loc *i18n.Locale, now time.Time, url string) templates.ParcelView {
	p := &pub.Parcel
	tag := carriers.Tag(p.Tag)
	key := statusKey(tag, p.Subtag)
	v := templates.ParcelView{
		Carrier:  Carrier(pub.Courier, p.TrackingNumber, loc.Lang),
		Number:   p.TrackingNumber,
		URL:      url,
		Headline: loc.T("head_" + key),
		Detail:   loc.T("detail_" + key),
		Tone:     parcelTone(tag),
		Icon:     statusIcon(tag),
		SignedBy: p.SignedBy,
		Sandbox:  p.Sandbox,
		Days:     days(pub, loc, now),
	}
	v.Title = v.Headline + " · " + v.Carrier.Name + " " + v.Number
	v.Steps, v.StepsLabel = steps(pub, loc)
	v.When = when(pub, loc, now)
	v.Checked = loc.T("checked_never")
	if p.LastPolledAt != nil {
		v.Checked = loc.Tf("checked_ago", map[string]any{"Ago": loc.Ago(now, *p.LastPolledAt)})
		v.CheckedISO = p.LastPolledAt.UTC().Format(time.RFC3339)
	}
	if pub.Problem != 0 && len(pub.Checkpoints) > 0 {
		v.Notice = loc.T("notice_stale")
	}
	return v
}

// Carrier is the carrier box of a public page.
func Carrier(c carriers.Courier, number, lang string) templates.CarrierView {
	return templates.CarrierView{
		ID: tracking.TrackerID(c), Name: tracking.LocalName(c, lang),
		Phone: c.Phone, PhoneLabel: PhoneLabel(c.Phone),
		WebURL: c.WebURL, TrackingURL: c.TrackingLink(number),
	}
}

// statusKey names the headline of a status; a parcel just taken from the sender
// reads "Picked up" rather than the general "In transit".
func statusKey(tag carriers.Tag, subtag string) string {
	if subtag == "InTransit_002" {
		return "PickedUp"
	}
	if !carriers.ValidTag(tag) {
		return string(carriers.TagPending)
	}
	return string(tag)
}

func parcelTone(tag carriers.Tag) string {
	switch tag {
	case carriers.TagPending, carriers.TagExpired:
		return "wait"
	}
	return eventTone(tag)
}

func eventTone(tag carriers.Tag) string {
	switch tag {
	case carriers.TagDelivered:
		return "ok"
	case carriers.TagException, carriers.TagAttemptFail:
		return "bad"
	case carriers.TagAvailableForPickup:
		return "warn"
	}
	return "move"
}

func statusIcon(tag carriers.Tag) string {
	switch tag {
	case carriers.TagDelivered:
		return "check"
	case carriers.TagOutForDelivery, carriers.TagInTransit:
		return "truck"
	case carriers.TagAvailableForPickup:
		return "store"
	case carriers.TagException, carriers.TagAttemptFail:
		return "alert"
	case carriers.TagPending, carriers.TagExpired:
		return "clock"
	}
	return "box"
}

var stepKeys = []string{"step_info", "step_transit", "step_out", "step_delivered"}

// steps fills the progress bar up to the furthest step any event reached; a
// parcel stopped by a problem shows where it stopped.
func steps(pub *tracking.Public, loc *i18n.Locale) ([]templates.StepView, string) {
	tag := carriers.Tag(pub.Parcel.Tag)
	reached := carriers.ProgressIndex(tag)
	for i := range pub.Checkpoints {
		reached = max(reached, carriers.ProgressIndex(carriers.Tag(pub.Checkpoints[i].Tag)))
	}
	stopped := tag == carriers.TagException || tag == carriers.TagAttemptFail
	out := make([]templates.StepView, len(stepKeys))
	for i, k := range stepKeys {
		state := "todo"
		switch {
		case i < reached || i == reached && tag == carriers.TagDelivered:
			state = "done"
		case i == reached && stopped:
			state = "stop"
		case i == reached:
			state = "current"
		}
		out[i] = templates.StepView{Label: loc.T(k), State: state}
	}
	if reached < 0 {
		return out, loc.T("steps_none")
	}
	return out, loc.Tf("steps_label", map[string]any{"Step": reached + 1, "Total": len(stepKeys), "Name": out[reached].Label})
}

// when is the one date a shopper wants: when it was delivered, or when it is due.
func when(pub *tracking.Public, loc *i18n.Locale, now time.Time) string {
	p := &pub.Parcel
	if carriers.Tag(p.Tag) == carriers.TagDelivered && len(pub.Checkpoints) > 0 {
		at := pub.Checkpoints[len(pub.Checkpoints)-1].LocalTime()
		return loc.Tf("delivered_at", map[string]any{"When": loc.DateTime(at, now)})
	}
	if p.ExpectedDelivery != nil && !carriers.Terminal(carriers.Tag(p.Tag)) {
		day := inZone(*p.ExpectedDelivery, pub.Courier.TimeZone)
		if day.Format(time.DateOnly) == inZone(now, pub.Courier.TimeZone).Format(time.DateOnly) {
			return loc.T("expected_today")
		}
		return loc.Tf("expected_on", map[string]any{"Day": loc.Day(day, now)})
	}
	return ""
}

func inZone(t time.Time, zone string) time.Time {
	if l, err := time.LoadLocation(zone); err == nil && zone != "" {
		return t.In(l)
	}
	return t
}

// days groups events by the local day they happened on, newest first.
func days(pub *tracking.Public, loc *i18n.Locale, now time.Time) []templates.DayView {
	var out []templates.DayView
	cps := pub.Checkpoints
	for i := len(cps) - 1; i >= 0; i-- {
		at := cps[i].LocalTime()
		label := loc.LongDay(at, now)
		if len(out) == 0 || out[len(out)-1].Label != label {
			out = append(out, templates.DayView{Label: label})
		}
		d := &out[len(out)-1]
		d.Events = append(d.Events, event(pub.Courier.Slug, &cps[i], loc, i == len(cps)-1))
	}
	return out
}

func event(slug string, cp *models.Checkpoint, loc *i18n.Locale, latest bool) templates.EventView {
	at := cp.LocalTime()
	status := carriers.TrackerStatusLabel(tracking.TrackerStatus(slug, cp), loc.Lang)
	title := cp.RawStatus
	if title == "" {
		title = status
	}
	return templates.EventView{
		Clock: loc.Clock(at), Zone: i18n.Zone(at), ISO: at.Format(time.RFC3339),
		Title: title, Status: status, Tone: eventTone(carriers.Tag(cp.Tag)),
		Message: cp.Message, Location: tracking.Place(cp), Latest: latest,
	}
}
