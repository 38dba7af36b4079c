package aftership

import (
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// tracking2507In is a 2025-07 create or update body: flat, with customers[] and
// "country_region" names.
type tracking2507In struct {
	// ID is a merchant's own tracking id, accepted on create only.
	ID                        string            `json:"id"`
	TrackingNumber            string            `json:"tracking_number"`
	Slug                      string            `json:"slug"`
	Title                     *string           `json:"title"`
	OrderID                   *string           `json:"order_id"`
	CustomFields              map[string]string `json:"custom_fields"`
	OrderIDPath               *string           `json:"order_id_path"`
	Language                  *string           `json:"language"`
	OrderPromisedDeliveryDate *string           `json:"order_promised_delivery_date"`
	DeliveryType              *string           `json:"delivery_type"`
	PickupLocation            *string           `json:"pickup_location"`
	PickupNote                *string           `json:"pickup_note"`
	TrackingAccountNumber     *string           `json:"tracking_account_number"`
	TrackingKey               *string           `json:"tracking_key"`
	TrackingShipDate          *string           `json:"tracking_ship_date"`
	OriginCountryRegion       *string           `json:"origin_country_region"`
	OriginState               *string           `json:"origin_state"`
	OriginCity                *string           `json:"origin_city"`
	OriginPostalCode          *string           `json:"origin_postal_code"`
	OriginRawLocation         *string           `json:"origin_raw_location"`
	DestinationCountryRegion  *string           `json:"destination_country_region"`
	DestinationState          *string           `json:"destination_state"`
	DestinationCity           *string           `json:"destination_city"`
	DestinationPostalCode     *string           `json:"destination_postal_code"`
	DestinationRawLocation    *string           `json:"destination_raw_location"`
	Note                      *string           `json:"note"`
	SlugGroup                 *string           `json:"slug_group"`
	OrderDate                 *string           `json:"order_date"`
	OrderNumber               *string           `json:"order_number"`
	ShipmentType              *string           `json:"shipment_type"`
	ShipmentTags              []string          `json:"shipment_tags"`
	CourierConnectionID       *string           `json:"courier_connection_id"`
	LocationID                *string           `json:"location_id"`
	ShippingMethod            *string           `json:"shipping_method"`
	LastMile                  *lastMile2507In   `json:"last_mile"`
	Customers                 []customer2507In  `json:"customers"`
}

type customer2507In struct {
	Role        string `json:"role"`
	Name        string `json:"name"`
	PhoneNumber string `json:"phone_number"`
	Email       string `json:"email"`
	Language    string `json:"language"`
}

type lastMile2507In struct {
	TrackingNumber string `json:"tracking_number"`
	Slug           string `json:"slug"`
}

// names2507 respells the service's field names where 2025-07 differs.
var names2507 = map[string]string{
	"origin_country_iso3":              "origin_country_region",
	"destination_country_iso3":         "destination_country_region",
	"courier_destination_country_iso3": "courier_destination_country_region",
	"next_couriers":                    "last_mile",
	"origin_address.country":           "origin_address.country_region",
	"destination_address.country":      "destination_address.country_region",
	// The additional tracking fields a courier may require (4011) are the
	// destination and origin fields in 2025-07.
	"tracking_postal_code":         "destination_postal_code",
	"tracking_state":               "destination_state",
	"tracking_origin_country":      "origin_country_region",
	"tracking_destination_country": "destination_country_region",
}

func (r *tracking2507In) model() models.Tracking {
	t := models.Tracking{
		TrackingNumber: r.TrackingNumber, Slug: r.Slug, Title: deref(r.Title), OrderID: r.OrderID,
		CustomFields: r.CustomFields, OrderIDPath: r.OrderIDPath, Language: r.Language,
		OrderPromisedDeliveryDate: r.OrderPromisedDeliveryDate, DeliveryType: r.DeliveryType,
		PickupLocation: r.PickupLocation, PickupNote: r.PickupNote, TrackingAccountNumber: r.TrackingAccountNumber,
		TrackingKey: r.TrackingKey, TrackingShipDate: r.TrackingShipDate, OriginCountryISO3: r.OriginCountryRegion,
		OriginState: r.OriginState, OriginCity: r.OriginCity, OriginPostalCode: r.OriginPostalCode,
		OriginRawLocation: r.OriginRawLocation, DestinationCountryISO3: r.DestinationCountryRegion,
		DestinationState: r.DestinationState, DestinationCity: r.DestinationCity,
		DestinationPostalCode: r.DestinationPostalCode, DestinationRawLocation: r.DestinationRawLocation,
		Note: r.Note, SlugGroup: r.SlugGroup, OrderDate: r.OrderDate, OrderNumber: r.OrderNumber,
		ShipmentType: r.ShipmentType, ShipmentTags: r.ShipmentTags, CourierConnectionID: r.CourierConnectionID,
		LocationID: r.LocationID, ShippingMethod: r.ShippingMethod,
	}
	for _, c := range r.Customers {
		t.Customers = append(t.Customers, models.Customer{Role: c.Role, Name: c.Name,
			PhoneNumber: c.PhoneNumber, Email: c.Email, Language: c.Language})
	}
	if r.LastMile != nil {
		t.NextCouriers = []models.NextCourier{{Slug: r.LastMile.Slug, TrackingNumber: r.LastMile.TrackingNumber, Source: "user"}}
	}
	return t
}

func decode2507Create(body []byte) (tracking.CreateInput, error) {
	var r tracking2507In
	if err := decodeJSON(body, &r); err != nil {
		return tracking.CreateInput{}, err
	}
	t := r.model()
	if r.ID != "" {
		if !idPattern.MatchString(r.ID) {
			return tracking.CreateInput{}, models.Invalid("id", models.CodeInvalid, "The value of `id` is invalid.")
		}
		t.ID = r.ID
	}
	return tracking.CreateInput{Tracking: t, Dates: tracking.Dates2025}, nil
}

// columns2507 are the service's names of 2025-07 body keys that are spelled differently.
var columns2507 = map[string]string{
	"origin_country_region":      "origin_country_iso3",
	"destination_country_region": "destination_country_iso3",
}

func decode2507Update(body []byte) (tracking.UpdateInput, error) {
	var r tracking2507In
	if err := decodeJSON(body, &r); err != nil {
		return tracking.UpdateInput{}, err
	}
	in := tracking.UpdateInput{Values: r.model(), Dates: tracking.Dates2025}
	for _, k := range namedFields[tracking2507In](body) {
		if col, ok := columns2507[k]; ok {
			k = col
		}
		in.Fields = append(in.Fields, k)
	}
	return in, nil
}
