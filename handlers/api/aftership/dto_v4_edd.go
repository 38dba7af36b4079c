package aftership

import (
	"github.com/waypost/waypost/web/tracking"
)

// eddAddressV4 is an address of the v4 and 2024-04 EDD API.
type eddAddressV4 struct {
	Country     *string `json:"country"`
	State       *string `json:"state"`
	PostalCode  *string `json:"postal_code"`
	RawLocation *string `json:"raw_location"`
	City        *string `json:"city"`
}

func (a *eddAddressV4) model() tracking.EDDAddress {
	if a == nil {
		return tracking.EDDAddress{}
	}
	return tracking.EDDAddress{Country: deref(a.Country), State: deref(a.State), City: deref(a.City),
		PostalCode: deref(a.PostalCode), RawLocation: deref(a.RawLocation)}
}

func newEDDAddressV4(a tracking.EDDAddress) eddAddressV4 {
	return eddAddressV4{Country: orNull(a.Country), State: orNull(a.State), PostalCode: orNull(a.PostalCode),
		RawLocation: orNull(a.RawLocation), City: orNull(a.City)}
}

type eddItemInV4 struct {
	Slug               string        `json:"slug"`
	ServiceTypeName    *string       `json:"service_type_name"`
	OriginAddress      *eddAddressV4 `json:"origin_address"`
	DestinationAddress *eddAddressV4 `json:"destination_address"`
	Weight             *eddWeight    `json:"weight"`
	PackageCount       *int          `json:"package_count"`
	PickupTime         *string       `json:"pickup_time"`
	EstimatedPickup    *eddPickupIn  `json:"estimated_pickup"`
}

type eddItemV4 struct {
	Slug               string        `json:"slug"`
	ServiceTypeName    *string       `json:"service_type_name"`
	OriginAddress      eddAddressV4  `json:"origin_address"`
	DestinationAddress eddAddressV4  `json:"destination_address"`
	Weight             *eddWeight    `json:"weight"`
	PackageCount       *int          `json:"package_count"`
	PickupTime         *string       `json:"pickup_time"`
	EstimatedPickup    *eddPickupOut `json:"estimated_pickup"`
	Date               string        `json:"estimated_delivery_date"`
	Min                string        `json:"estimated_delivery_date_min"`
	Max                string        `json:"estimated_delivery_date_max"`
}

type eddListV4 struct {
	EstimatedDeliveryDates []eddItemV4 `json:"estimated_delivery_dates"`
}

func decodeEDDV2404V4(body []byte) ([]tracking.EDDRequest, error) {
	var b struct {
		Items []eddItemInV4 `json:"estimated_delivery_dates"`
	}
	if err := decodeJSON(body, &b); err != nil {
		return nil, err
	}
	out := make([]tracking.EDDRequest, len(b.Items))
	for i, it := range b.Items {
		s := eddShipment{Slug: it.Slug, ServiceTypeName: it.ServiceTypeName, Weight: it.Weight,
			PackageCount: it.PackageCount, PickupTime: it.PickupTime, EstimatedPickup: it.EstimatedPickup}
		out[i] = s.request(it.OriginAddress.model(), it.DestinationAddress.model())
	}
	return out, nil
}

func newEDDListV4(reqs []tracking.EDDRequest, preds []tracking.EDDPrediction) eddListV4 {
	out := eddListV4{EstimatedDeliveryDates: make([]eddItemV4, len(reqs))}
	for i, r := range reqs {
		p := preds[i]
		out.EstimatedDeliveryDates[i] = eddItemV4{
			Slug: r.Slug, ServiceTypeName: orNull(r.ServiceTypeName),
			OriginAddress: newEDDAddressV4(r.Origin), DestinationAddress: newEDDAddressV4(r.Destination),
			Weight: weightOut(r.Weight), PackageCount: r.PackageCount, PickupTime: orNull(r.PickupTime),
			EstimatedPickup: pickupOut(r, p),
			Date:            dateOf(p.Date), Min: dateOf(p.Min), Max: dateOf(p.Max),
		}
	}
	return out
}
