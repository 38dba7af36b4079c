package aftership

import (
	"encoding/json"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// trackingInV2404V4 is a tracking in a request of the versions that wrap it in
// {"tracking": {...}}: v4 and 2024-04 send the same fields.
type trackingInV2404V4 struct {
	TrackingNumber             string               `json:"tracking_number"`
	Slug                       stringList           `json:"slug"`
	Title                      *string              `json:"title"`
	OrderID                    *string              `json:"order_id"`
	OrderIDPath                *string              `json:"order_id_path"`
	CustomFields               map[string]string    `json:"custom_fields"`
	Language                   *string              `json:"language"`
	OrderPromisedDeliveryDate  *string              `json:"order_promised_delivery_date"`
	DeliveryType               *string              `json:"delivery_type"`
	PickupLocation             *string              `json:"pickup_location"`
	PickupNote                 *string              `json:"pickup_note"`
	TrackingAccountNumber      *string              `json:"tracking_account_number"`
	TrackingKey                *string              `json:"tracking_key"`
	TrackingShipDate           *string              `json:"tracking_ship_date"`
	TrackingOriginCountry      *string              `json:"tracking_origin_country"`
	TrackingDestinationCountry *string              `json:"tracking_destination_country"`
	TrackingPostalCode         *string              `json:"tracking_postal_code"`
	TrackingState              *string              `json:"tracking_state"`
	Emails                     stringList           `json:"emails"`
	Smses                      stringList           `json:"smses"`
	Android                    stringList           `json:"android"`
	IOS                        stringList           `json:"ios"`
	CustomerName               *string              `json:"customer_name"`
	OriginCountryISO3          *string              `json:"origin_country_iso3"`
	OriginState                *string              `json:"origin_state"`
	OriginCity                 *string              `json:"origin_city"`
	OriginPostalCode           *string              `json:"origin_postal_code"`
	OriginRawLocation          *string              `json:"origin_raw_location"`
	DestinationCountryISO3     *string              `json:"destination_country_iso3"`
	DestinationState           *string              `json:"destination_state"`
	DestinationCity            *string              `json:"destination_city"`
	DestinationPostalCode      *string              `json:"destination_postal_code"`
	DestinationRawLocation     *string              `json:"destination_raw_location"`
	Note                       *string              `json:"note"`
	SlugGroup                  *string              `json:"slug_group"`
	OrderDate                  *string              `json:"order_date"`
	OrderNumber                *string              `json:"order_number"`
	ShipmentType               *string              `json:"shipment_type"`
	ShipmentTags               []string             `json:"shipment_tags"`
	CourierConnectionID        *string              `json:"courier_connection_id"`
	NextCouriers               []models.NextCourier `json:"next_couriers"`
	LocationID                 *string              `json:"location_id"`
	ShippingMethod             *string              `json:"shipping_method"`
}

// model converts the request to the service's tracking. A list of slugs names
// the couriers detection may choose from.
func (r *trackingInV2404V4) model() (models.Tracking, []string) {
	t := models.Tracking{
		TrackingNumber: r.TrackingNumber, Title: deref(r.Title), OrderID: r.OrderID, OrderIDPath: r.OrderIDPath,
		CustomFields: r.CustomFields, Language: r.Language, OrderPromisedDeliveryDate: r.OrderPromisedDeliveryDate,
		DeliveryType: r.DeliveryType, PickupLocation: r.PickupLocation, PickupNote: r.PickupNote,
		TrackingAccountNumber: r.TrackingAccountNumber, TrackingKey: r.TrackingKey, TrackingShipDate: r.TrackingShipDate,
		TrackingOriginCountry: r.TrackingOriginCountry, TrackingDestinationCountry: r.TrackingDestinationCountry,
		TrackingPostalCode: r.TrackingPostalCode, TrackingState: r.TrackingState,
		Emails: r.Emails, Smses: r.Smses, CustomerName: r.CustomerName,
		OriginCountryISO3: r.OriginCountryISO3, OriginState: r.OriginState, OriginCity: r.OriginCity,
		OriginPostalCode: r.OriginPostalCode, OriginRawLocation: r.OriginRawLocation,
		DestinationCountryISO3: r.DestinationCountryISO3, DestinationState: r.DestinationState,
		DestinationCity: r.DestinationCity, DestinationPostalCode: r.DestinationPostalCode,
		DestinationRawLocation: r.DestinationRawLocation, Note: r.Note, SlugGroup: r.SlugGroup,
		OrderDate: r.OrderDate, OrderNumber: r.OrderNumber, ShipmentType: r.ShipmentType,
		ShipmentTags: r.ShipmentTags, CourierConnectionID: r.CourierConnectionID, NextCouriers: r.NextCouriers,
		LocationID: r.LocationID, ShippingMethod: r.ShippingMethod,
	}
	if len(r.Slug) == 1 {
		t.Slug = r.Slug[0]
		return t, nil
	}
	return t, r.Slug
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// trackingBodyV2404V4 is a v4 or 2024-04 body. Some of AfterShip's own examples nest
// it once more under "value"; that form is read too.
type trackingBodyV2404V4 struct {
	Tracking     json.RawMessage      `json:"tracking"`
	Notification json.RawMessage      `json:"notification"`
	Value        *trackingBodyV2404V4 `json:"value"`
}

// unwrap returns the object under key ("tracking" or "notification"), or a
// required-field error naming the key.
func unwrapV2404V4(body []byte, key string) (json.RawMessage, error) {
	var env trackingBodyV2404V4
	if err := decodeJSON(body, &env); err != nil {
		return nil, err
	}
	if env.Value != nil && len(env.Tracking) == 0 && len(env.Notification) == 0 {
		env = *env.Value
	}
	raw := env.Tracking
	if key == "notification" {
		raw = env.Notification
	}
	if len(raw) == 0 || string(raw) == "null" {
		return nil, models.Invalid(key, models.CodeRequired, key+" object is required.")
	}
	return raw, nil
}

func decodeTrackingV2404V4(body []byte) (trackingInV2404V4, json.RawMessage, error) {
	var r trackingInV2404V4
	raw, err := unwrapV2404V4(body, "tracking")
	if err != nil {
		return r, nil, err
	}
	if err := decodeJSON(raw, &r); err != nil {
		return r, nil, err
	}
	return r, raw, nil
}

func decodeCreateV2404V4(body []byte) (tracking.CreateInput, error) {
	r, _, err := decodeTrackingV2404V4(body)
	if err != nil {
		return tracking.CreateInput{}, err
	}
	t, hints := r.model()
	return tracking.CreateInput{Tracking: t, SlugHints: hints}, nil
}

func decodeUpdateV2404V4(body []byte) (tracking.UpdateInput, error) {
	r, raw, err := decodeTrackingV2404V4(body)
	if err != nil {
		return tracking.UpdateInput{}, err
	}
	t, _ := r.model()
	return tracking.UpdateInput{Values: t, Fields: namedFields[trackingInV2404V4](raw)}, nil
}
