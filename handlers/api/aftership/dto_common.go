package aftership

import (
	"cmp"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/tracking"
)

// Conversions every version's DTOs share: how a model value reads on the wire,
// whatever the field is called.

// customFields is null when there are none, as AfterShip shows it.
func customFields(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	return m
}

func intOr0(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// originISO3 is the merchant's origin country, else the one the carrier reported.
func originISO3(d *tracking.Detail) *string {
	if d.OriginCountryISO3 != nil {
		return d.OriginCountryISO3
	}
	return emptyAsNull(&d.Parcel.OriginCountryISO3)
}

// shipmentType is the merchant's, which the carrier must not overwrite, else the carrier's.
func shipmentType(d *tracking.Detail) *string {
	if d.ShipmentType != nil {
		return d.ShipmentType
	}
	return emptyAsNull(&d.Parcel.ShipmentType)
}

func checkpointTime(c *models.Checkpoint) *string {
	if c == nil {
		return nil
	}
	s := localTimestamp(c)
	return &s
}

func subtagMessage(c *models.Checkpoint) string {
	return cmp.Or(carriers.SubtagMessage(c.Subtag), carriers.TagMessage(carriers.Tag(c.Tag)))
}

func coordinates(c *models.Checkpoint) []float64 {
	if len(c.Coordinates) != 2 {
		return []float64{}
	}
	return c.Coordinates
}

// estimateFields spells a delivery estimate: a carrier's is a moment, a
// prediction a window of days.
func estimateFields(e *tracking.Estimate) (typ, source string, at, min, max *string) {
	source = e.Source
	if e.Specific {
		v := timestamp(e.At)
		if e.Source == tracking.SourceOrder {
			v = dateOf(e.At)
		}
		return "specific", source, &v, nil, nil
	}
	v := dateOf(e.At)
	return "range", source, &v, datePtr(e.Min), datePtr(e.Max)
}
