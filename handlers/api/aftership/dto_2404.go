package aftership

import (
	"github.com/waypost/waypost/web/tracking"
)

// tracking2404 is the 2024-04 tracking object: v4's, plus the fields AfterShip
// added by then. Its predicted delivery date carries a confidence code instead of
// v4's confidence score.
type tracking2404 struct {
	trackingV4
	AfterShipEDD           *predictedEDD2404 `json:"aftership_estimated_delivery_date"`
	CarbonEmissions        *weight2404       `json:"carbon_emissions"`
	LocationID             *string           `json:"location_id"`
	ShippingMethod         *string           `json:"shipping_method"`
	FailedDeliveryAttempts int               `json:"failed_delivery_attempts"`
	SignatureRequirement   *string           `json:"signature_requirement"`
}

type predictedEDD2404 struct {
	ConfidenceCode *int   `json:"confidence_code"`
	Date           string `json:"estimated_delivery_date"`
	Min            string `json:"estimated_delivery_date_min"`
	Max            string `json:"estimated_delivery_date_max"`
}

type weight2404 struct {
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`
}

func newTracking2404(d *tracking.Detail) tracking2404 {
	out := tracking2404{trackingV4: newTrackingV4(d), LocationID: d.LocationID,
		ShippingMethod: d.ShippingMethod, FailedDeliveryAttempts: d.FailedAttempts()}
	// The same prediction as v4's, which newTrackingV4 has just worked out.
	if p := out.trackingV4.AfterShipEDD; p != nil {
		out.AfterShipEDD = &predictedEDD2404{Date: p.Date, Min: p.Min, Max: p.Max}
	}
	return out
}
