package aftership

import (
	"cmp"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// The list encoders of v4 and 2024-04: the same bytes as json.Marshal of
// trackingV4 and tracking2404 (dto_v4.go, dto_2404.go), written field by field in
// their order. TestListEncodersMatchDTOs holds the two in step.

func appendTrackingV4(b []byte, d *tracking.Detail) []byte {
	x := derive(d)
	o := openObject(b)
	appendV4Fields(&o, d, &x, true)
	return o.close()
}

// appendTracking2404 writes v4's fields but its predicted delivery, which 2024-04
// spells with a confidence code after them, then the fields 2024-04 added.
func appendTracking2404(b []byte, d *tracking.Detail) []byte {
	x := derive(d)
	o := openObject(b)
	appendV4Fields(&o, d, &x, false)
	o.key("aftership_estimated_delivery_date")
	if p := x.predicted; p != nil {
		e := openObject(o.b)
		e.null("confidence_code")
		appendEDDDates(&e, p)
		o.b = e.close()
	} else {
		o.b = append(o.b, "null"...)
	}
	o.null("carbon_emissions")
	o.strPtr("location_id", d.LocationID)
	o.strPtr("shipping_method", d.ShippingMethod)
	o.int("failed_delivery_attempts", x.failedAttempts)
	o.null("signature_requirement")
	return o.close()
}

func appendV4Fields(o *jsonObject, d *tracking.Detail, x *derived, withEDD bool) {
	t, p := d.Tracking, d.Parcel
	o.str("id", t.ID)
	o.utc("created_at", t.CreatedAt)
	o.utc("updated_at", t.UpdatedAt)
	o.utc("last_updated_at", t.LastUpdatedAt)
	o.str("tracking_number", t.TrackingNumber)
	o.str("slug", t.Slug)
	o.bool("active", t.Active)
	o.strs("android", []string{})
	o.strs("ios", []string{})
	o.strMap("custom_fields", customFields(t.CustomFields))
	o.strPtr("customer_name", t.CustomerName)
	o.intPtr("transit_time", x.transit)
	o.int("delivery_time", intOr0(x.transit))
	o.strPtr("destination_country_iso3", t.DestinationCountryISO3)
	appendPlace(o, &destinationKeys, t.DestinationState, t.DestinationCity, t.DestinationPostalCode, t.DestinationRawLocation)
	o.strOrNull("courier_destination_country_iso3", p.DestinationCountryISO3)
	o.strs("emails", nonNilList(t.Emails))
	o.timePtr("expected_delivery", p.ExpectedDelivery)
	o.strPtr("note", t.Note)
	o.strPtr("order_id", t.OrderID)
	o.strPtr("order_id_path", t.OrderIDPath)
	o.strPtr("order_date", t.OrderDate)
	o.strPtr("order_number", t.OrderNumber)
	o.strPtrOr("origin_country_iso3", t.OriginCountryISO3, p.OriginCountryISO3)
	appendPlace(o, &originKeys, t.OriginState, t.OriginCity, t.OriginPostalCode, t.OriginRawLocation)
	o.int("shipment_package_count", p.ShipmentPackageCount)
	o.naiveLocal("shipment_pickup_date", x.pickup)
	o.naiveLocal("shipment_delivery_date", x.delivery)
	o.strPtrOr("shipment_type", t.ShipmentType, p.ShipmentType)
	o.floatPtr("shipment_weight", p.ShipmentWeight)
	o.strOrNull("shipment_weight_unit", p.ShipmentWeightUnit)
	o.strOrNull("signed_by", p.SignedBy)
	o.strs("smses", nonNilList(t.Smses))
	appendStatus(o, d)
	o.key("checkpoints")
	o.b = appendCheckpointsV4(o.b, d)
	appendDelivery(o, d, x, false)
	o.strPtr("tracking_account_number", t.TrackingAccountNumber)
	o.strPtr("tracking_origin_country", t.TrackingOriginCountry)
	o.strPtr("tracking_destination_country", t.TrackingDestinationCountry)
	o.strPtr("tracking_key", t.TrackingKey)
	o.strPtr("tracking_postal_code", t.TrackingPostalCode)
	o.strPtr("tracking_ship_date", t.TrackingShipDate)
	o.strPtr("tracking_state", t.TrackingState)
	appendOnTime(o, x)
	o.strs("order_tags", []string{})
	if withEDD {
		appendPredictedV4(o, x.predicted)
	}
	o.null("custom_estimated_delivery_date")
	appendEstimates(o, x.latest, false)
	o.strs("shipment_tags", nonNilList(t.ShipmentTags))
	o.strPtr("courier_connection_id", t.CourierConnectionID)
	appendNextCouriersV4(o, t.NextCouriers)
	if p.Sandbox {
		o.bool("sandbox", true)
	}
}

func appendPredictedV4(o *jsonObject, p *tracking.EDDPrediction) {
	o.key("aftership_estimated_delivery_date")
	if p == nil {
		o.b = append(o.b, "null"...)
		return
	}
	e := openObject(o.b)
	e.null("confidence_score")
	appendEDDDates(&e, p)
	o.b = e.close()
}

func appendNextCouriersV4(o *jsonObject, ns []models.NextCourier) {
	o.key("next_couriers")
	o.b = appendArray(o.b, len(ns), func(b []byte, i int) []byte {
		v := openObject(b)
		v.str("slug", ns[i].Slug)
		v.str("tracking_number", ns[i].TrackingNumber)
		v.str("source", cmp.Or(ns[i].Source, "user"))
		return v.close()
	})
}

func appendCheckpointsV4(b []byte, d *tracking.Detail) []byte {
	return appendArray(b, len(d.Checkpoints), func(b []byte, i int) []byte {
		c := &d.Checkpoints[i]
		o := openObject(b)
		o.str("slug", d.Slug)
		o.strOrNull("city", c.City)
		o.utc("created_at", c.CreatedAt)
		o.strOrNull("location", c.Location)
		o.strOrNull("country_name", c.CountryName)
		o.str("message", c.Message)
		o.strOrNull("country_iso3", c.CountryISO3)
		appendCheckpointTags(&o, c)
		o.key("checkpoint_time")
		o.b = appendLocalTime(o.b, c)
		o.key("coordinates")
		o.b = appendCoordinates(o.b, c)
		appendCoordinate2507(&o, c)
		o.strOrNull("state", c.State)
		o.strOrNull("zip", c.Zip)
		o.strOrNull("raw_tag", c.RawTag)
		o.str("source", "carrier")
		o.null("events")
		return o.close()
	})
}
