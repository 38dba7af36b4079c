package aftership

import (
	"cmp"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// trackingV4 is the tracking object of the legacy v4 API (and of the 2023-10
// generation that v4 clients speak).
type trackingV4 struct {
	ID                            string            `json:"id"`
	CreatedAt                     string            `json:"created_at"`
	UpdatedAt                     string            `json:"updated_at"`
	LastUpdatedAt                 string            `json:"last_updated_at"`
	TrackingNumber                string            `json:"tracking_number"`
	Slug                          string            `json:"slug"`
	Active                        bool              `json:"active"`
	Android                       []string          `json:"android"`
	IOS                           []string          `json:"ios"`
	CustomFields                  map[string]string `json:"custom_fields"`
	CustomerName                  *string           `json:"customer_name"`
	TransitTime                   *int              `json:"transit_time"`
	DeliveryTime                  int               `json:"delivery_time"`
	DestinationCountryISO3        *string           `json:"destination_country_iso3"`
	DestinationState              *string           `json:"destination_state"`
	DestinationCity               *string           `json:"destination_city"`
	DestinationPostalCode         *string           `json:"destination_postal_code"`
	DestinationRawLocation        *string           `json:"destination_raw_location"`
	CourierDestinationCountryISO3 *string           `json:"courier_destination_country_iso3"`
	Emails                        []string          `json:"emails"`
	ExpectedDelivery              *string           `json:"expected_delivery"`
	Note                          *string           `json:"note"`
	OrderID                       *string           `json:"order_id"`
	OrderIDPath                   *string           `json:"order_id_path"`
	OrderDate                     *string           `json:"order_date"`
	OrderNumber                   *string           `json:"order_number"`
	OriginCountryISO3             *string           `json:"origin_country_iso3"`
	OriginState                   *string           `json:"origin_state"`
	OriginCity                    *string           `json:"origin_city"`
	OriginPostalCode              *string           `json:"origin_postal_code"`
	OriginRawLocation             *string           `json:"origin_raw_location"`
	ShipmentPackageCount          int               `json:"shipment_package_count"`
	ShipmentPickupDate            *string           `json:"shipment_pickup_date"`
	ShipmentDeliveryDate          *string           `json:"shipment_delivery_date"`
	ShipmentType                  *string           `json:"shipment_type"`
	ShipmentWeight                *float64          `json:"shipment_weight"`
	ShipmentWeightUnit            *string           `json:"shipment_weight_unit"`
	SignedBy                      *string           `json:"signed_by"`
	Smses                         []string          `json:"smses"`
	Source                        string            `json:"source"`
	Tag                           string            `json:"tag"`
	Subtag                        string            `json:"subtag"`
	SubtagMessage                 string            `json:"subtag_message"`
	Title                         string            `json:"title"`
	TrackedCount                  int               `json:"tracked_count"`
	LastMileTrackingSupported     *bool             `json:"last_mile_tracking_supported"`
	Language                      *string           `json:"language"`
	UniqueToken                   string            `json:"unique_token"`
	Checkpoints                   []checkpointV4    `json:"checkpoints"`
	SubscribedSmses               []string          `json:"subscribed_smses"`
	SubscribedEmails              []string          `json:"subscribed_emails"`
	ReturnToSender                bool              `json:"return_to_sender"`
	OrderPromisedDeliveryDate     *string           `json:"order_promised_delivery_date"`
	DeliveryType                  *string           `json:"delivery_type"`
	PickupLocation                *string           `json:"pickup_location"`
	PickupNote                    *string           `json:"pickup_note"`
	CourierTrackingLink           *string           `json:"courier_tracking_link"`
	CourierRedirectLink           *string           `json:"courier_redirect_link"`
	FirstAttemptedAt              *string           `json:"first_attempted_at"`
	TrackingAccountNumber         *string           `json:"tracking_account_number"`
	TrackingOriginCountry         *string           `json:"tracking_origin_country"`
	TrackingDestinationCountry    *string           `json:"tracking_destination_country"`
	TrackingKey                   *string           `json:"tracking_key"`
	TrackingPostalCode            *string           `json:"tracking_postal_code"`
	TrackingShipDate              *string           `json:"tracking_ship_date"`
	TrackingState                 *string           `json:"tracking_state"`
	OnTimeStatus                  *string           `json:"on_time_status"`
	OnTimeDifference              *int              `json:"on_time_difference"`
	OrderTags                     []string          `json:"order_tags"`
	AfterShipEDD                  *predictedEDDV4   `json:"aftership_estimated_delivery_date"`
	CustomEstimatedDeliveryDate   *estimateV4       `json:"custom_estimated_delivery_date"`
	FirstEstimatedDelivery        *estimateV4       `json:"first_estimated_delivery"`
	LatestEstimatedDelivery       *estimateV4       `json:"latest_estimated_delivery"`
	ShipmentTags                  []string          `json:"shipment_tags"`
	CourierConnectionID           *string           `json:"courier_connection_id"`
	NextCouriers                  []nextCourierV4   `json:"next_couriers"`
	Sandbox                       bool              `json:"sandbox,omitempty"`
}

// checkpointV4 is one event, in the shape v4 and 2024-04 share.
type checkpointV4 struct {
	Slug           string    `json:"slug"`
	City           *string   `json:"city"`
	CreatedAt      string    `json:"created_at"`
	Location       *string   `json:"location"`
	CountryName    *string   `json:"country_name"`
	Message        string    `json:"message"`
	CountryISO3    *string   `json:"country_iso3"`
	Tag            string    `json:"tag"`
	Subtag         string    `json:"subtag"`
	SubtagMessage  string    `json:"subtag_message"`
	CheckpointTime string    `json:"checkpoint_time"`
	Coordinates    []float64 `json:"coordinates"`
	// Coordinate and Events are the 2024-04 names the seeds' full tracking object
	// shows beside coordinates; both versions carry them.
	Coordinate *coordinate2507    `json:"coordinate"`
	State      *string            `json:"state"`
	Zip        *string            `json:"zip"`
	RawTag     *string            `json:"raw_tag"`
	Source     string             `json:"source"`
	Events     *checkpointEventV4 `json:"events"`
}

// checkpointEventV4 is a carrier's structured reason for an event (such as an
// unable_to_deliver with its reason code). No carrier Waypost reads gives one,
// so events is null.
type checkpointEventV4 struct {
	Code   string `json:"code"`
	Reason struct {
		Code string `json:"code"`
	} `json:"reason"`
}

// predictedEDDV4 is the predicted delivery window of a tracking.
type predictedEDDV4 struct {
	ConfidenceScore *float64 `json:"confidence_score"`
	Date            string   `json:"estimated_delivery_date"`
	Min             string   `json:"estimated_delivery_date_min"`
	Max             string   `json:"estimated_delivery_date_max"`
}

// estimateV4 is a delivery estimate with its source.
type estimateV4 struct {
	Type        string  `json:"type"`
	Source      string  `json:"source,omitempty"`
	Datetime    *string `json:"datetime"`
	DatetimeMin *string `json:"datetime_min"`
	DatetimeMax *string `json:"datetime_max"`
}

type nextCourierV4 struct {
	Slug           string `json:"slug"`
	TrackingNumber string `json:"tracking_number"`
	Source         string `json:"source"`
}

func newTrackingV4(d *tracking.Detail) trackingV4 {
	t, p := d.Tracking, d.Parcel
	out := trackingV4{
		ID: t.ID, CreatedAt: timestamp(t.CreatedAt), UpdatedAt: timestamp(t.UpdatedAt),
		LastUpdatedAt: timestamp(t.LastUpdatedAt), TrackingNumber: t.TrackingNumber, Slug: t.Slug,
		Active: t.Active, Android: []string{}, IOS: []string{}, CustomFields: customFields(t.CustomFields),
		CustomerName: t.CustomerName, TransitTime: d.TransitDays(), DeliveryTime: intOr0(d.TransitDays()),
		DestinationCountryISO3: t.DestinationCountryISO3, DestinationState: t.DestinationState,
		DestinationCity: t.DestinationCity, DestinationPostalCode: t.DestinationPostalCode,
		DestinationRawLocation:        t.DestinationRawLocation,
		CourierDestinationCountryISO3: emptyAsNull(&p.DestinationCountryISO3),
		Emails:                        nonNilList(t.Emails), ExpectedDelivery: timestampPtr(p.ExpectedDelivery), Note: t.Note,
		OrderID: t.OrderID, OrderIDPath: t.OrderIDPath, OrderDate: t.OrderDate, OrderNumber: t.OrderNumber,
		OriginCountryISO3: originISO3(d), OriginState: t.OriginState, OriginCity: t.OriginCity,
		OriginPostalCode: t.OriginPostalCode, OriginRawLocation: t.OriginRawLocation,
		ShipmentPackageCount: p.ShipmentPackageCount, ShipmentPickupDate: naiveLocal(d.PickupCheckpoint()),
		ShipmentDeliveryDate: naiveLocal(d.DeliveryCheckpoint()), ShipmentType: shipmentType(d),
		ShipmentWeight: p.ShipmentWeight, ShipmentWeightUnit: emptyAsNull(&p.ShipmentWeightUnit), SignedBy: emptyAsNull(&p.SignedBy),
		Smses: nonNilList(t.Smses), Source: t.Source, Tag: t.Tag, Subtag: t.Subtag, SubtagMessage: d.SubtagMessage(),
		Title: t.Title, TrackedCount: p.PollCount, Language: t.Language, UniqueToken: "deprecated",
		Checkpoints: checkpointsV4(d), SubscribedSmses: []string{}, SubscribedEmails: []string{},
		ReturnToSender: d.ReturnToSender(), OrderPromisedDeliveryDate: t.OrderPromisedDeliveryDate,
		DeliveryType: t.DeliveryType, PickupLocation: t.PickupLocation, PickupNote: t.PickupNote,
		CourierTrackingLink: orNull(d.CourierLink()), CourierRedirectLink: orNull(d.CourierLink()),
		FirstAttemptedAt: checkpointTime(d.FirstAttempt()), OrderTags: []string{},
		ShipmentTags: nonNilList(t.ShipmentTags), CourierConnectionID: t.CourierConnectionID,
		NextCouriers: nextCouriersV4(t.NextCouriers), Sandbox: p.Sandbox,
	}
	out.setAdditionalFields(t)
	out.setEstimates(d)
	return out
}

func (out *trackingV4) setAdditionalFields(t *models.Tracking) {
	out.TrackingAccountNumber, out.TrackingKey, out.TrackingShipDate = t.TrackingAccountNumber, t.TrackingKey, t.TrackingShipDate
	out.TrackingOriginCountry, out.TrackingDestinationCountry = t.TrackingOriginCountry, t.TrackingDestinationCountry
	out.TrackingPostalCode, out.TrackingState = t.TrackingPostalCode, t.TrackingState
}

func (out *trackingV4) setEstimates(d *tracking.Detail) {
	if p := d.PredictedDelivery(); p != nil {
		out.AfterShipEDD = &predictedEDDV4{Date: dateOf(p.Date), Min: dateOf(p.Min), Max: dateOf(p.Max)}
	}
	if e := d.LatestEstimate(); e != nil {
		est := estimateV4{}
		est.Type, est.Source, est.Datetime, est.DatetimeMin, est.DatetimeMax = estimateFields(e)
		out.FirstEstimatedDelivery, out.LatestEstimatedDelivery = &est, &est
	}
	if status, late, ok := d.OnTime(); ok {
		out.OnTimeStatus, out.OnTimeDifference = &status, &late
	}
}

func checkpointsV4(d *tracking.Detail) []checkpointV4 {
	out := make([]checkpointV4, len(d.Checkpoints))
	times := eventTimes(d.Checkpoints)
	for i := range d.Checkpoints {
		out[i] = newCheckpointV4(d.Slug, &d.Checkpoints[i], times[2*i], times[2*i+1])
	}
	return out
}

// newCheckpointV4 encodes c, created and checkpointTime being its times spelled
// by eventTimes.
func newCheckpointV4(slug string, c *models.Checkpoint, created, checkpointTime string) checkpointV4 {
	return checkpointV4{
		Slug: slug, City: emptyAsNull(&c.City), CreatedAt: created, Location: emptyAsNull(&c.Location),
		CountryName: emptyAsNull(&c.CountryName), Message: c.Message, CountryISO3: emptyAsNull(&c.CountryISO3),
		Tag: c.Tag, Subtag: c.Subtag, SubtagMessage: subtagMessage(c), CheckpointTime: checkpointTime,
		Coordinates: coordinates(c), Coordinate: coordinateOf(c), State: emptyAsNull(&c.State), Zip: emptyAsNull(&c.Zip),
		RawTag: emptyAsNull(&c.RawTag), Source: "carrier",
	}
}

func nextCouriersV4(ns []models.NextCourier) []nextCourierV4 {
	out := make([]nextCourierV4, len(ns))
	for i, n := range ns {
		out[i] = nextCourierV4{Slug: n.Slug, TrackingNumber: n.TrackingNumber, Source: cmp.Or(n.Source, "user")}
	}
	return out
}

// briefV4 is the short tracking object of delete and retrack.
type briefV4 struct {
	ID                         string  `json:"id"`
	Slug                       string  `json:"slug"`
	TrackingNumber             string  `json:"tracking_number"`
	Active                     *bool   `json:"active,omitempty"`
	TrackingAccountNumber      *string `json:"tracking_account_number"`
	TrackingKey                *string `json:"tracking_key"`
	TrackingShipDate           *string `json:"tracking_ship_date"`
	TrackingOriginCountry      *string `json:"tracking_origin_country"`
	TrackingDestinationCountry *string `json:"tracking_destination_country"`
	TrackingPostalCode         *string `json:"tracking_postal_code"`
	TrackingState              *string `json:"tracking_state"`
}

func newBriefV4(t *models.Tracking, withActive bool) briefV4 {
	b := briefV4{ID: t.ID, Slug: t.Slug, TrackingNumber: t.TrackingNumber,
		TrackingAccountNumber: t.TrackingAccountNumber, TrackingKey: t.TrackingKey, TrackingShipDate: t.TrackingShipDate,
		TrackingOriginCountry: t.TrackingOriginCountry, TrackingDestinationCountry: t.TrackingDestinationCountry,
		TrackingPostalCode: t.TrackingPostalCode, TrackingState: t.TrackingState}
	if withActive {
		b.Active = &t.Active
	}
	return b
}
