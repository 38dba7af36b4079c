package aftership

import (
	"cmp"
	"net/url"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// tracking2507 is the 2025-07 tracking object: countries are "country_region",
// contacts are customers[], the weight and estimates are objects.
type tracking2507 struct {
	ID                              string            `json:"id"`
	LegacyID                        string            `json:"legacy_id"`
	CreatedAt                       string            `json:"created_at"`
	UpdatedAt                       string            `json:"updated_at"`
	TrackingNumber                  string            `json:"tracking_number"`
	Slug                            string            `json:"slug"`
	Active                          bool              `json:"active"`
	CustomFields                    map[string]string `json:"custom_fields"`
	TransitTime                     *int              `json:"transit_time"`
	OriginCountryRegion             *string           `json:"origin_country_region"`
	OriginState                     *string           `json:"origin_state"`
	OriginCity                      *string           `json:"origin_city"`
	OriginPostalCode                *string           `json:"origin_postal_code"`
	OriginRawLocation               *string           `json:"origin_raw_location"`
	DestinationCountryRegion        *string           `json:"destination_country_region"`
	DestinationState                *string           `json:"destination_state"`
	DestinationCity                 *string           `json:"destination_city"`
	DestinationPostalCode           *string           `json:"destination_postal_code"`
	DestinationRawLocation          *string           `json:"destination_raw_location"`
	CourierDestinationCountryRegion *string           `json:"courier_destination_country_region"`
	CourierEstimatedDeliveryDate    *courierEDD2507   `json:"courier_estimated_delivery_date"`
	Note                            *string           `json:"note"`
	OrderID                         *string           `json:"order_id"`
	OrderIDPath                     *string           `json:"order_id_path"`
	OrderDate                       *string           `json:"order_date"`
	ShipmentPackageCount            *int              `json:"shipment_package_count"`
	ShipmentPickupDate              *string           `json:"shipment_pickup_date"`
	ShipmentDeliveryDate            *string           `json:"shipment_delivery_date"`
	ShipmentType                    *string           `json:"shipment_type"`
	ShipmentWeight                  *weight2507       `json:"shipment_weight"`
	SignedBy                        *string           `json:"signed_by"`
	Source                          string            `json:"source"`
	Tag                             string            `json:"tag"`
	Subtag                          string            `json:"subtag"`
	SubtagMessage                   string            `json:"subtag_message"`
	Title                           string            `json:"title"`
	TrackedCount                    int               `json:"tracked_count"`
	LastMileTrackingSupported       *bool             `json:"last_mile_tracking_supported"`
	Language                        *string           `json:"language"`
	UniqueToken                     string            `json:"unique_token"`
	Checkpoints                     []checkpoint2507  `json:"checkpoints"`
	SubscribedSmses                 []string          `json:"subscribed_smses"`
	SubscribedEmails                []string          `json:"subscribed_emails"`
	ReturnToSender                  bool              `json:"return_to_sender"`
	OrderPromisedDeliveryDate       *string           `json:"order_promised_delivery_date"`
	DeliveryType                    *string           `json:"delivery_type"`
	PickupLocation                  *string           `json:"pickup_location"`
	PickupNote                      *string           `json:"pickup_note"`
	CourierTrackingLink             *string           `json:"courier_tracking_link"`
	FirstAttemptedAt                *string           `json:"first_attempted_at"`
	CourierRedirectLink             *string           `json:"courier_redirect_link"`
	TrackingAccountNumber           *string           `json:"tracking_account_number"`
	TrackingKey                     *string           `json:"tracking_key"`
	TrackingShipDate                *string           `json:"tracking_ship_date"`
	OnTimeStatus                    *string           `json:"on_time_status"`
	OnTimeDifference                *int              `json:"on_time_difference"`
	OrderTags                       []string          `json:"order_tags"`
	AfterShipEDD                    *predictedEDD2507 `json:"aftership_estimated_delivery_date"`
	CustomEstimatedDeliveryDate     *estimate2507     `json:"custom_estimated_delivery_date"`
	OrderNumber                     *string           `json:"order_number"`
	FirstEstimatedDelivery          *estimate2507     `json:"first_estimated_delivery"`
	LatestEstimatedDelivery         *estimate2507     `json:"latest_estimated_delivery"`
	ShipmentTags                    []string          `json:"shipment_tags"`
	CourierConnectionID             *string           `json:"courier_connection_id"`
	CarbonEmissions                 *weight2507       `json:"carbon_emissions"`
	LocationID                      *string           `json:"location_id"`
	ShippingMethod                  *string           `json:"shipping_method"`
	FailedDeliveryAttempts          int               `json:"failed_delivery_attempts"`
	SignatureRequirement            *string           `json:"signature_requirement"`
	DeliveryLocationType            *string           `json:"delivery_location_type"`
	AfterShipTrackingURL            *string           `json:"aftership_tracking_url"`
	AfterShipTrackingOrderURL       *string           `json:"aftership_tracking_order_url"`
	FirstMile                       *mile2507         `json:"first_mile"`
	LastMile                        *mile2507         `json:"last_mile"`
	Customers                       []customer2507    `json:"customers"`
	Sandbox                         bool              `json:"sandbox,omitempty"`
}

type courierEDD2507 struct {
	Date *string `json:"estimated_delivery_date"`
	Min  *string `json:"estimated_delivery_date_min"`
	Max  *string `json:"estimated_delivery_date_max"`
}

type predictedEDD2507 struct {
	Date           string `json:"estimated_delivery_date"`
	ConfidenceCode *int   `json:"confidence_code"`
	Min            string `json:"estimated_delivery_date_min"`
	Max            string `json:"estimated_delivery_date_max"`
}

type weight2507 struct {
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`
}

type estimate2507 struct {
	Type         string  `json:"type"`
	Source       string  `json:"source,omitempty"`
	Datetime     *string `json:"datetime"`
	DatetimeMin  *string `json:"datetime_min"`
	DatetimeMax  *string `json:"datetime_max"`
	ReviseReason *string `json:"revise_reason"`
}

type mile2507 struct {
	TrackingNumber      string  `json:"tracking_number"`
	Slug                string  `json:"slug"`
	TransitTime         *int    `json:"transit_time"`
	CourierTrackingLink *string `json:"courier_tracking_link"`
	CourierRedirectLink *string `json:"courier_redirect_link"`
	Source              string  `json:"source,omitempty"`
}

type customer2507 struct {
	Role        *string `json:"role"`
	Name        *string `json:"name"`
	PhoneNumber *string `json:"phone_number"`
	Email       *string `json:"email"`
	Language    *string `json:"language"`
}

// checkpoint2507 is one event in the 2025-07 shape.
type checkpoint2507 struct {
	checkpointCommon
	Zip *string `json:"zip"`
}

// checkpointCommon is what the checkpoints of 2025-07 and later have in common.
type checkpointCommon struct {
	CreatedAt         string          `json:"created_at"`
	Slug              string          `json:"slug"`
	CheckpointTime    string          `json:"checkpoint_time"`
	Location          *string         `json:"location"`
	City              *string         `json:"city"`
	State             *string         `json:"state"`
	Coordinate        *coordinate2507 `json:"coordinate"`
	CountryRegion     *string         `json:"country_region"`
	CountryRegionName *string         `json:"country_region_name"`
	Message           string          `json:"message"`
	Tag               string          `json:"tag"`
	Subtag            string          `json:"subtag"`
	SubtagMessage     string          `json:"subtag_message"`
	RawTag            *string         `json:"raw_tag"`
	Events            []struct{}      `json:"events"`
	Source            string          `json:"source"`
}

type coordinate2507 struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
}

func newTracking2507(d *tracking.Detail, publicURL string) tracking2507 {
	t, p := d.Tracking, d.Parcel
	out := tracking2507{
		ID: t.ID, LegacyID: t.ID, CreatedAt: timestamp(t.CreatedAt), UpdatedAt: timestamp(t.UpdatedAt),
		TrackingNumber: t.TrackingNumber, Slug: t.Slug, Active: t.Active, CustomFields: customFields(t.CustomFields),
		TransitTime: d.TransitDays(), OriginCountryRegion: originISO3(d), OriginState: t.OriginState,
		OriginCity: t.OriginCity, OriginPostalCode: t.OriginPostalCode, OriginRawLocation: t.OriginRawLocation,
		DestinationCountryRegion: t.DestinationCountryISO3, DestinationState: t.DestinationState,
		DestinationCity: t.DestinationCity, DestinationPostalCode: t.DestinationPostalCode,
		DestinationRawLocation:          t.DestinationRawLocation,
		CourierDestinationCountryRegion: emptyAsNull(&p.DestinationCountryISO3),
		Note:                            t.Note, OrderID: t.OrderID, OrderIDPath: t.OrderIDPath, OrderDate: t.OrderDate,
		ShipmentPackageCount: &p.ShipmentPackageCount, ShipmentPickupDate: naiveLocal(d.PickupCheckpoint()),
		ShipmentDeliveryDate: naiveLocal(d.DeliveryCheckpoint()), ShipmentType: shipmentType(d),
		SignedBy: emptyAsNull(&p.SignedBy), Source: t.Source, Tag: t.Tag, Subtag: t.Subtag, SubtagMessage: d.SubtagMessage(),
		Title: t.Title, TrackedCount: p.PollCount, Language: t.Language, UniqueToken: "deprecated",
		Checkpoints: checkpoints2507(d), SubscribedSmses: []string{}, SubscribedEmails: []string{},
		ReturnToSender: d.ReturnToSender(), OrderPromisedDeliveryDate: t.OrderPromisedDeliveryDate,
		DeliveryType: t.DeliveryType, PickupLocation: t.PickupLocation, PickupNote: t.PickupNote,
		CourierTrackingLink: orNull(d.CourierLink()), CourierRedirectLink: orNull(d.CourierLink()),
		FirstAttemptedAt: checkpointTime(d.FirstAttempt()), TrackingAccountNumber: t.TrackingAccountNumber,
		TrackingKey: t.TrackingKey, TrackingShipDate: t.TrackingShipDate, OrderTags: []string{},
		OrderNumber: t.OrderNumber, ShipmentTags: nonNilList(t.ShipmentTags), CourierConnectionID: t.CourierConnectionID,
		LocationID: t.LocationID, ShippingMethod: t.ShippingMethod, FailedDeliveryAttempts: d.FailedAttempts(),
		AfterShipTrackingURL: orNull(publicTrackingURL(publicURL, t.Slug, t.TrackingNumber)),
		LastMile:             lastMile2507(t.NextCouriers), Customers: customers2507(t), Sandbox: p.Sandbox,
	}
	if p.ShipmentWeight != nil {
		out.ShipmentWeight = &weight2507{Unit: p.ShipmentWeightUnit, Value: *p.ShipmentWeight}
	}
	out.setEstimates(d)
	return out
}

func (out *tracking2507) setEstimates(d *tracking.Detail) {
	if e := d.Parcel.ExpectedDelivery; e != nil {
		out.CourierEstimatedDeliveryDate = &courierEDD2507{Date: datePtr(e)}
	}
	if p := d.PredictedDelivery(); p != nil {
		out.AfterShipEDD = &predictedEDD2507{Date: dateOf(p.Date), Min: dateOf(p.Min), Max: dateOf(p.Max)}
	}
	if e := d.LatestEstimate(); e != nil {
		est := estimate2507{}
		est.Type, est.Source, est.Datetime, est.DatetimeMin, est.DatetimeMax = estimateFields(e)
		out.FirstEstimatedDelivery, out.LatestEstimatedDelivery = &est, &est
	}
	if status, late, ok := d.OnTime(); ok {
		out.OnTimeStatus, out.OnTimeDifference = &status, &late
	}
}

// publicTrackingURL is the tracking's page on this Waypost, which plays the part of
// AfterShip's branded tracking page.
func publicTrackingURL(base, slug, number string) string {
	if base == "" {
		return ""
	}
	return base + "/track/" + url.PathEscape(slug) + "/" + url.PathEscape(number)
}

func lastMile2507(ns []models.NextCourier) *mile2507 {
	if len(ns) == 0 {
		return nil
	}
	n := ns[0]
	return &mile2507{TrackingNumber: n.TrackingNumber, Slug: n.Slug, Source: cmp.Or(n.Source, "user")}
}

// customersOf lists the tracking's customers; a tracking written by an older
// version has its contacts read as one customer per email or phone number.
func customersOf(t *models.Tracking) []models.Customer {
	if len(t.Customers) > 0 {
		return t.Customers
	}
	var cs []models.Customer
	for i := range max(len(t.Emails), len(t.Smses)) {
		c := models.Customer{Role: "buyer"}
		if i < len(t.Emails) {
			c.Email = t.Emails[i]
		}
		if i < len(t.Smses) {
			c.PhoneNumber = t.Smses[i]
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 && t.CustomerName != nil {
		cs = append(cs, models.Customer{Role: "buyer"})
	}
	if len(cs) > 0 && t.CustomerName != nil {
		cs[0].Name = *t.CustomerName
	}
	return cs
}

func customers2507(t *models.Tracking) []customer2507 {
	cs := customersOf(t)
	out := make([]customer2507, len(cs))
	for i := range cs {
		c := &cs[i]
		out[i] = customer2507{Role: emptyAsNull(&c.Role), Name: emptyAsNull(&c.Name), PhoneNumber: emptyAsNull(&c.PhoneNumber),
			Email: emptyAsNull(&c.Email), Language: emptyAsNull(&c.Language)}
	}
	return out
}

func checkpoints2507(d *tracking.Detail) []checkpoint2507 {
	out := make([]checkpoint2507, len(d.Checkpoints))
	times := eventTimes(d.Checkpoints)
	for i := range d.Checkpoints {
		c := &d.Checkpoints[i]
		out[i] = checkpoint2507{Zip: emptyAsNull(&c.Zip), checkpointCommon: checkpointCommon{
			CreatedAt: times[2*i], Slug: d.Slug, CheckpointTime: times[2*i+1],
			Location: emptyAsNull(&c.Location), City: emptyAsNull(&c.City), State: emptyAsNull(&c.State),
			CountryRegion: emptyAsNull(&c.CountryISO3), CountryRegionName: emptyAsNull(&c.CountryName), Message: c.Message,
			Tag: c.Tag, Subtag: c.Subtag, SubtagMessage: subtagMessage(c), RawTag: emptyAsNull(&c.RawTag),
			Events: []struct{}{}, Source: "carrier", Coordinate: coordinateOf(c),
		}}
	}
	return out
}

// coordinateOf is the event's position as an object, nil when unknown.
func coordinateOf(c *models.Checkpoint) *coordinate2507 {
	if xy := coordinates(c); len(xy) == 2 {
		return &coordinate2507{Latitude: xy[0], Longitude: xy[1]}
	}
	return nil
}
