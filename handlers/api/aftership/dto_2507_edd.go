package aftership

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// eddAddress2507 is an address of the 2025-07 EDD API.
type eddAddress2507 struct {
	CountryRegion *string `json:"country_region"`
	State         *string `json:"state"`
	City          *string `json:"city"`
	PostalCode    *string `json:"postal_code"`
	RawLocation   *string `json:"raw_location"`
}

func (a *eddAddress2507) model() tracking.EDDAddress {
	if a == nil {
		return tracking.EDDAddress{}
	}
	return tracking.EDDAddress{Country: deref(a.CountryRegion), State: deref(a.State), City: deref(a.City),
		PostalCode: deref(a.PostalCode), RawLocation: deref(a.RawLocation)}
}

func newEDDAddress2507(a tracking.EDDAddress) eddAddress2507 {
	return eddAddress2507{CountryRegion: orNull(a.Country), State: orNull(a.State), City: orNull(a.City),
		PostalCode: orNull(a.PostalCode), RawLocation: orNull(a.RawLocation)}
}

type eddIn2507 struct {
	Slug               string          `json:"slug"`
	ServiceTypeName    *string         `json:"service_type_name"`
	OriginAddress      *eddAddress2507 `json:"origin_address"`
	DestinationAddress *eddAddress2507 `json:"destination_address"`
	Weight             *eddWeight      `json:"weight"`
	PackageCount       *int            `json:"package_count"`
	PickupTime         *string         `json:"pickup_time"`
	EstimatedPickup    *eddPickupIn    `json:"estimated_pickup"`
}

func (it eddIn2507) request() tracking.EDDRequest {
	s := eddShipment{Slug: it.Slug, ServiceTypeName: it.ServiceTypeName, Weight: it.Weight,
		PackageCount: it.PackageCount, PickupTime: it.PickupTime, EstimatedPickup: it.EstimatedPickup}
	return s.request(it.OriginAddress.model(), it.DestinationAddress.model())
}

// edd2507 is one prediction of the 2025-07 API.
type edd2507 struct {
	ID                 string         `json:"id"`
	Slug               string         `json:"slug"`
	ServiceTypeName    *string        `json:"service_type_name"`
	OriginAddress      eddAddress2507 `json:"origin_address"`
	DestinationAddress eddAddress2507 `json:"destination_address"`
	Weight             *eddWeight     `json:"weight"`
	PackageCount       *int           `json:"package_count"`
	PickupTime         *string        `json:"pickup_time"`
	EstimatedPickup    *eddPickupOut  `json:"estimated_pickup"`
	Date               string         `json:"estimated_delivery_date"`
	ConfidenceCode     *int           `json:"confidence_code"`
	Min                string         `json:"estimated_delivery_date_min"`
	Max                string         `json:"estimated_delivery_date_max"`
}

type eddList2507 struct {
	EstimatedDeliveryDates []edd2507 `json:"estimated_delivery_dates"`
}

func newEDD2507(r tracking.EDDRequest, p tracking.EDDPrediction) edd2507 {
	return edd2507{
		ID: models.NewID(), Slug: r.Slug, ServiceTypeName: orNull(r.ServiceTypeName),
		OriginAddress: newEDDAddress2507(r.Origin), DestinationAddress: newEDDAddress2507(r.Destination),
		Weight: weightOut(r.Weight), PackageCount: r.PackageCount, PickupTime: orNull(r.PickupTime),
		EstimatedPickup: pickupOut(r, p), Date: dateOf(p.Date), Min: dateOf(p.Min), Max: dateOf(p.Max),
	}
}

func decode2507EDDBatch(body []byte) ([]tracking.EDDRequest, error) {
	var b struct {
		Items []eddIn2507 `json:"estimated_delivery_dates"`
	}
	if err := decodeJSON(body, &b); err != nil {
		return nil, err
	}
	out := make([]tracking.EDDRequest, len(b.Items))
	for i, it := range b.Items {
		out[i] = it.request()
	}
	return out, nil
}

// Predict serves 2025-07's POST /estimated-delivery-date/predict: one shipment.
func (h *Handler) Predict(c *gin.Context) {
	body, ok := h.body(c)
	if !ok {
		return
	}
	var in eddIn2507
	if err := decodeJSON(body, &in); err != nil {
		h.fail(c, err)
		return
	}
	r := in.request()
	p, err := tracking.PredictDelivery(r)
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, newEDD2507(r, p))
}
