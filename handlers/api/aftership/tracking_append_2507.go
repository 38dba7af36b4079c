package aftership

import (
	"cmp"
	"net/url"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// The list encoder of 2025-07: the same bytes as json.Marshal of tracking2507
// (dto_2507.go), written field by field in its order.

func appendTracking2507(b []byte, d *tracking.Detail, publicURL string) []byte {
	t, p := d.Tracking, d.Parcel
	x := derive(d)
	o := openObject(b)
	o.str("id", t.ID)
	o.str("legacy_id", t.ID)
	o.utc("created_at", t.CreatedAt)
	o.utc("updated_at", t.UpdatedAt)
	o.str("tracking_number", t.TrackingNumber)
	o.str("slug", t.Slug)
	o.bool("active", t.Active)
	o.strMap("custom_fields", customFields(t.CustomFields))
	o.intPtr("transit_time", x.transit)
	o.strPtrOr("origin_country_region", t.OriginCountryISO3, p.OriginCountryISO3)
	appendPlace(&o, &originKeys, t.OriginState, t.OriginCity, t.OriginPostalCode, t.OriginRawLocation)
	o.strPtr("destination_country_region", t.DestinationCountryISO3)
	appendPlace(&o, &destinationKeys, t.DestinationState, t.DestinationCity, t.DestinationPostalCode, t.DestinationRawLocation)
	o.strOrNull("courier_destination_country_region", p.DestinationCountryISO3)
	appendCourierEDD2507(&o, p)
	o.strPtr("note", t.Note)
	o.strPtr("order_id", t.OrderID)
	o.strPtr("order_id_path", t.OrderIDPath)
	o.strPtr("order_date", t.OrderDate)
	o.int("shipment_package_count", p.ShipmentPackageCount)
	o.naiveLocal("shipment_pickup_date", x.pickup)
	o.naiveLocal("shipment_delivery_date", x.delivery)
	o.strPtrOr("shipment_type", t.ShipmentType, p.ShipmentType)
	appendWeight2507(&o, p)
	o.strOrNull("signed_by", p.SignedBy)
	appendStatus(&o, d)
	o.key("checkpoints")
	o.b = appendCheckpoints2507(o.b, d)
	appendDelivery(&o, d, &x, true)
	o.strPtr("tracking_account_number", t.TrackingAccountNumber)
	o.strPtr("tracking_key", t.TrackingKey)
	o.strPtr("tracking_ship_date", t.TrackingShipDate)
	appendOnTime(&o, &x)
	o.strs("order_tags", []string{})
	appendPredicted2507(&o, x.predicted)
	o.null("custom_estimated_delivery_date")
	o.strPtr("order_number", t.OrderNumber)
	appendEstimates(&o, x.latest, true)
	o.strs("shipment_tags", nonNilList(t.ShipmentTags))
	o.strPtr("courier_connection_id", t.CourierConnectionID)
	appendTail2507(&o, d, &x, publicURL)
	return o.close()
}

// appendTail2507 writes the fields from carbon_emissions on.
func appendTail2507(o *jsonObject, d *tracking.Detail, x *derived, publicURL string) {
	o.null("carbon_emissions")
	o.strPtr("location_id", d.LocationID)
	o.strPtr("shipping_method", d.ShippingMethod)
	o.int("failed_delivery_attempts", x.failedAttempts)
	o.null("signature_requirement")
	o.null("delivery_location_type")
	if publicURL == "" {
		o.null("aftership_tracking_url")
	} else {
		// publicTrackingURL's text, escaped piece by piece rather than joined first.
		o.key("aftership_tracking_url")
		o.b = appendJSONParts(o.b, publicURL, "/track/", url.PathEscape(d.Slug), "/", url.PathEscape(d.TrackingNumber))
	}
	o.null("aftership_tracking_order_url")
	o.null("first_mile")
	appendLastMile2507(o, d.NextCouriers)
	appendCustomers2507(o, d.Tracking)
	if d.Parcel.Sandbox {
		o.bool("sandbox", true)
	}
}

func appendCourierEDD2507(o *jsonObject, p *models.Parcel) {
	if p.ExpectedDelivery == nil {
		o.null("courier_estimated_delivery_date")
		return
	}
	o.key("courier_estimated_delivery_date")
	e := openObject(o.b)
	e.date("estimated_delivery_date", *p.ExpectedDelivery)
	e.null("estimated_delivery_date_min")
	e.null("estimated_delivery_date_max")
	o.b = e.close()
}

func appendWeight2507(o *jsonObject, p *models.Parcel) {
	if p.ShipmentWeight == nil {
		o.null("shipment_weight")
		return
	}
	o.key("shipment_weight")
	w := openObject(o.b)
	w.str("unit", p.ShipmentWeightUnit)
	w.floatPtr("value", p.ShipmentWeight)
	o.b = w.close()
}

func appendPredicted2507(o *jsonObject, p *tracking.EDDPrediction) {
	if p == nil {
		o.null("aftership_estimated_delivery_date")
		return
	}
	o.key("aftership_estimated_delivery_date")
	e := openObject(o.b)
	e.date("estimated_delivery_date", p.Date)
	e.null("confidence_code")
	e.date("estimated_delivery_date_min", p.Min)
	e.date("estimated_delivery_date_max", p.Max)
	o.b = e.close()
}

func appendLastMile2507(o *jsonObject, ns []models.NextCourier) {
	if len(ns) == 0 {
		o.null("last_mile")
		return
	}
	o.key("last_mile")
	m := openObject(o.b)
	m.str("tracking_number", ns[0].TrackingNumber)
	m.str("slug", ns[0].Slug)
	m.null("transit_time")
	m.null("courier_tracking_link")
	m.null("courier_redirect_link")
	m.str("source", cmp.Or(ns[0].Source, "user"))
	o.b = m.close()
}

func appendCustomers2507(o *jsonObject, t *models.Tracking) {
	o.key("customers")
	cs := customersOf(t)
	o.b = appendArray(o.b, len(cs), func(b []byte, i int) []byte {
		c := &cs[i]
		v := openObject(b)
		v.strOrNull("role", c.Role)
		v.strOrNull("name", c.Name)
		v.strOrNull("phone_number", c.PhoneNumber)
		v.strOrNull("email", c.Email)
		v.strOrNull("language", c.Language)
		return v.close()
	})
}

func appendCheckpoints2507(b []byte, d *tracking.Detail) []byte {
	return appendArray(b, len(d.Checkpoints), func(b []byte, i int) []byte {
		c := &d.Checkpoints[i]
		o := openObject(b)
		o.utc("created_at", c.CreatedAt)
		o.str("slug", d.Slug)
		o.key("checkpoint_time")
		o.b = appendLocalTime(o.b, c)
		o.strOrNull("location", c.Location)
		o.strOrNull("city", c.City)
		o.strOrNull("state", c.State)
		o.strOrNull("zip", c.Zip)
		appendCoordinate2507(&o, c)
		o.strOrNull("country_region", c.CountryISO3)
		o.strOrNull("country_region_name", c.CountryName)
		o.str("message", c.Message)
		appendCheckpointTags(&o, c)
		o.strOrNull("raw_tag", c.RawTag)
		o.key("events")
		o.b = append(o.b, '[', ']')
		o.str("source", "carrier")
		return o.close()
	})
}

func appendCoordinate2507(o *jsonObject, c *models.Checkpoint) {
	if len(c.Coordinates) != 2 {
		o.null("coordinate")
		return
	}
	o.key("coordinate")
	v := openObject(o.b)
	v.floatPtr("latitude", &c.Coordinates[0])
	v.floatPtr("longitude", &c.Coordinates[1])
	o.b = v.close()
}
