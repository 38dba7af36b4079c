package tracking

import (
	"time"
)

// Sources of a delivery estimate, as AfterShip names them.
const (
	SourceCarrier   = "Carrier EDD"
	SourcePredicted = "AfterShip EDD"
	SourceOrder     = "Order EDD"
)

// Estimate is a delivery estimate: one moment (Specific) or a window of days.
type Estimate struct {
	Source   string
	Specific bool
	// At is the estimated moment or most likely day; Min and Max bound a window.
	At       time.Time
	Min, Max *time.Time
}

// PredictedDelivery is Waypost's own estimate, counted from the pick-up on the
// lane's usual transit days; nil before the parcel moved.
func (d *Detail) PredictedDelivery() *EDDPrediction {
	if d.PickedUpAt == nil {
		return nil
	}
	local := d.PickedUpAt.UTC()
	if c := d.PickupCheckpoint(); c != nil {
		local = c.LocalTime()
	}
	naive := time.Date(local.Year(), local.Month(), local.Day(), local.Hour(), local.Minute(), local.Second(), 0, time.UTC)
	var w *EDDWeight
	if d.Parcel.ShipmentWeight != nil && d.Parcel.ShipmentWeightUnit != "" {
		w = &EDDWeight{Unit: d.Parcel.ShipmentWeightUnit, Value: *d.Parcel.ShipmentWeight}
	}
	p := laneOf(d.Courier.Slug, d.Parcel.ShipmentType, d.OriginCountry(), d.DestinationCountry(), w).from(naive)
	return &p
}

// LatestEstimate is the best current estimate: the carrier's, else Waypost's
// prediction, else the date promised to the customer; nil when there is none.
func (d *Detail) LatestEstimate() *Estimate {
	if d.Parcel.ExpectedDelivery != nil {
		return &Estimate{Source: SourceCarrier, Specific: true, At: *d.Parcel.ExpectedDelivery}
	}
	if p := d.PredictedDelivery(); p != nil {
		return &Estimate{Source: SourcePredicted, At: p.Date, Min: &p.Min, Max: &p.Max}
	}
	if promised, ok := d.promisedDate(); ok {
		return &Estimate{Source: SourceOrder, Specific: true, At: promised}
	}
	return nil
}

func (d *Detail) promisedDate() (time.Time, bool) {
	if d.OrderPromisedDeliveryDate == nil {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, *d.OrderPromisedDeliveryDate)
	return t, err == nil
}

// On-time statuses.
const (
	OnTime         = "on-time"
	Late           = "late"
	TrendingOnTime = "trending-on-time"
	TrendingLate   = "trending-late"
)

// OnTime compares delivery (or the latest estimate, while under way) with the date
// promised to the customer. ok is false when there is nothing to compare.
func (d *Detail) OnTime() (status string, daysLate int, ok bool) {
	promised, ok := d.promisedDate()
	if !ok {
		return "", 0, false
	}
	if d.DeliveredAt != nil {
		at := d.DeliveredAt.UTC()
		if c := d.DeliveryCheckpoint(); c != nil {
			at = c.LocalTime()
		}
		late := daysBetween(promised, at)
		if late > 0 {
			return Late, late, true
		}
		return OnTime, 0, true
	}
	e := d.LatestEstimate()
	if e == nil || e.Source == SourceOrder {
		return "", 0, false
	}
	late := daysBetween(promised, e.At)
	if late > 0 {
		return TrendingLate, late, true
	}
	return TrendingOnTime, 0, true
}

// daysBetween counts calendar days from the date of a to the date of b.
func daysBetween(a, b time.Time) int {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int(db.Sub(da) / (24 * time.Hour))
}
