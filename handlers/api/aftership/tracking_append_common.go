package aftership

import (
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// What the list encoders of every version share.

// derived are the values of a Detail an encoder needs more than once, worked out once.
type derived struct {
	transit                 *int
	pickup, delivery, first *models.Checkpoint
	link                    string
	predicted               *tracking.EDDPrediction
	latest                  *tracking.Estimate
	onTimeStatus            string
	onTimeLate              int
	onTimeOK                bool
	failedAttempts          int
}

func derive(d *tracking.Detail) derived {
	x := derived{transit: d.TransitDays(), pickup: d.PickupCheckpoint(), delivery: d.DeliveryCheckpoint(),
		first: d.FirstAttempt(), link: d.CourierLink(), predicted: d.PredictedDelivery(), latest: d.LatestEstimate(),
		failedAttempts: d.FailedAttempts()}
	x.onTimeStatus, x.onTimeLate, x.onTimeOK = d.OnTime()
	return x
}

// The names of the state, city, postal code and raw location of either end.
var (
	originKeys      = [4]string{"origin_state", "origin_city", "origin_postal_code", "origin_raw_location"}
	destinationKeys = [4]string{"destination_state", "destination_city", "destination_postal_code", "destination_raw_location"}
)

// appendPlace writes the state, city, postal code and raw location of an origin
// or destination.
func appendPlace(o *jsonObject, keys *[4]string, state, city, postal, raw *string) {
	o.strPtr(keys[0], state)
	o.strPtr(keys[1], city)
	o.strPtr(keys[2], postal)
	o.strPtr(keys[3], raw)
}

// appendStatus writes the run of fields from source to unique_token every version
// shares.
func appendStatus(o *jsonObject, d *tracking.Detail) {
	o.str("source", d.Source)
	o.str("tag", d.Tag)
	o.str("subtag", d.Subtag)
	o.str("subtag_message", d.SubtagMessage())
	o.str("title", d.Title)
	o.int("tracked_count", d.Parcel.PollCount)
	o.null("last_mile_tracking_supported")
	o.strPtr("language", d.Language)
	o.str("unique_token", "deprecated")
}

// appendDelivery writes the run of fields from subscribed_smses to
// first_attempted_at, which 2025-07 writes before the redirect link.
func appendDelivery(o *jsonObject, d *tracking.Detail, x *derived, attemptBeforeRedirect bool) {
	o.strs("subscribed_smses", []string{})
	o.strs("subscribed_emails", []string{})
	o.bool("return_to_sender", d.ReturnToSender())
	o.strPtr("order_promised_delivery_date", d.OrderPromisedDeliveryDate)
	o.strPtr("delivery_type", d.DeliveryType)
	o.strPtr("pickup_location", d.PickupLocation)
	o.strPtr("pickup_note", d.PickupNote)
	o.strOrNull("courier_tracking_link", x.link)
	if attemptBeforeRedirect {
		o.checkpointTime("first_attempted_at", x.first)
		o.strOrNull("courier_redirect_link", x.link)
		return
	}
	o.strOrNull("courier_redirect_link", x.link)
	o.checkpointTime("first_attempted_at", x.first)
}

func appendOnTime(o *jsonObject, x *derived) {
	if !x.onTimeOK {
		o.null("on_time_status")
		o.null("on_time_difference")
		return
	}
	o.str("on_time_status", x.onTimeStatus)
	o.int("on_time_difference", x.onTimeLate)
}

func appendEDDDates(o *jsonObject, p *tracking.EDDPrediction) {
	o.date("estimated_delivery_date", p.Date)
	o.date("estimated_delivery_date_min", p.Min)
	o.date("estimated_delivery_date_max", p.Max)
}

// appendEstimates writes first_ and latest_estimated_delivery, which are the same
// estimate; 2025-07's carries a revise reason.
func appendEstimates(o *jsonObject, e *tracking.Estimate, withReason bool) {
	if e == nil {
		o.null("first_estimated_delivery")
		o.null("latest_estimated_delivery")
		return
	}
	o.key("first_estimated_delivery")
	start := len(o.b)
	v := openObject(o.b)
	if e.Specific {
		v.str("type", "specific")
	} else {
		v.str("type", "range")
	}
	if e.Source != "" {
		v.str("source", e.Source)
	}
	if e.Specific && e.Source != tracking.SourceOrder {
		v.utc("datetime", e.At)
	} else {
		v.date("datetime", e.At)
	}
	if e.Specific {
		v.null("datetime_min")
		v.null("datetime_max")
	} else {
		v.datePtr("datetime_min", e.Min)
		v.datePtr("datetime_max", e.Max)
	}
	if withReason {
		v.null("revise_reason")
	}
	o.b = v.close()
	end := len(o.b)
	o.key("latest_estimated_delivery")
	o.b = append(o.b, o.b[start:end]...)
}

func appendCheckpointTags(o *jsonObject, c *models.Checkpoint) {
	o.str("tag", c.Tag)
	o.str("subtag", c.Subtag)
	o.str("subtag_message", subtagMessage(c))
}

func appendCoordinates(b []byte, c *models.Checkpoint) []byte {
	if len(c.Coordinates) != 2 {
		return append(b, '[', ']')
	}
	b = append(b, '[')
	b = appendJSONFloat(b, c.Coordinates[0])
	b = append(b, ',')
	b = appendJSONFloat(b, c.Coordinates[1])
	return append(b, ']')
}

// appendLocalTime writes the event's time in its own zone, as localTimestamp does.
func appendLocalTime(b []byte, c *models.Checkpoint) []byte {
	b = append(b, '"')
	b = appendTimestamp(b, c.OccurredAt, c.UTCOffset)
	return append(b, '"')
}

func (o *jsonObject) checkpointTime(k string, c *models.Checkpoint) {
	if c == nil {
		o.null(k)
		return
	}
	o.key(k)
	o.b = appendLocalTime(o.b, c)
}

// naiveLocal writes the event's wall time without an offset, as naiveLocal does.
func (o *jsonObject) naiveLocal(k string, c *models.Checkpoint) {
	if c == nil {
		o.null(k)
		return
	}
	o.key(k)
	o.b = append(o.b, '"')
	o.b = appendWallClock(o.b, c.OccurredAt, c.UTCOffset)
	o.b = append(o.b, '"')
}

// strPtrOr writes *p, else fallback with "" as null: a merchant's value before
// the carrier's.
func (o *jsonObject) strPtrOr(k string, p *string, fallback string) {
	if p != nil {
		o.str(k, *p)
		return
	}
	o.strOrNull(k, fallback)
}

func (o *jsonObject) timePtr(k string, t *time.Time) {
	if t == nil {
		o.null(k)
		return
	}
	o.utc(k, *t)
}

// date writes t's day in its own zone, as dateOf does.
func (o *jsonObject) datePtr(k string, t *time.Time) {
	if t == nil {
		o.null(k)
		return
	}
	o.date(k, *t)
}

func (o *jsonObject) date(k string, t time.Time) {
	o.key(k)
	o.b = append(o.b, '"')
	o.b = t.AppendFormat(o.b, time.DateOnly)
	o.b = append(o.b, '"')
}
