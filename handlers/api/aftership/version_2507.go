package aftership

import (
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/tracking"
)

// v2507 is the wire format of 2025-07: flat bodies, data is the object itself,
// cursor-paged lists, "country_region" names.
type v2507 struct {
	publicURL string
}

func (v2507) decodeCreate(b []byte) (tracking.CreateInput, error)  { return decode2507Create(b) }
func (v2507) decodeUpdate(b []byte) (tracking.UpdateInput, error)  { return decode2507Update(b) }
func (v2507) decodeComplete(b []byte) (tracking.Completion, error) { return decodeCompletion(b) }
func (v2507) decodeDetect(b []byte) (detectInput, error)           { return decode2507Detect(b) }
func (v2507) decodeEDD(b []byte) ([]tracking.EDDRequest, error)    { return decode2507EDDBatch(b) }
func (v v2507) tracking(d *tracking.Detail) any                    { return newTracking2507(d, v.publicURL) }
func (v2507) one(obj any) any                                      { return obj }
func (v v2507) brief(d *tracking.Detail, _ bool) any               { return newTracking2507(d, v.publicURL) }
func (v2507) couriers(cs []carriers.Courier) any                   { return newCourierList2507(cs) }
func (v2507) listNames() listNames {
	return listNames{courierDestination: "courier_destination_country_region"}
}

// exists names the tracking that is already there.
func (v2507) exists(t *models.Tracking) any {
	return map[string]string{"id": t.ID, "slug": t.Slug, "tracking_number": t.TrackingNumber}
}

func (v2507) edd(reqs []tracking.EDDRequest, preds []tracking.EDDPrediction) any {
	out := eddList2507{EstimatedDeliveryDates: make([]edd2507, len(reqs))}
	for i := range reqs {
		out.EstimatedDeliveryDates[i] = newEDD2507(reqs[i], preds[i])
	}
	return out
}

// fieldName respells a field, also at the end of a path such as
// estimated_delivery_dates[0].origin_address.country.
func (v2507) fieldName(f string) string {
	for from, to := range names2507 {
		if f == from || strings.HasSuffix(f, "."+from) {
			return strings.TrimSuffix(f, from) + to
		}
	}
	return f
}

type trackingList2507 struct {
	Pagination pagination `json:"pagination"`
	Trackings  []any      `json:"trackings"`
}

func (v2507) list(_ *listQuery, page listPage) any {
	return trackingList2507{Pagination: newPagination(page), Trackings: page.items}
}

// courier2507 is a courier as 2025-07 describes it.
type courier2507 struct {
	Slug                      string   `json:"slug"`
	Name                      string   `json:"name"`
	Phone                     *string  `json:"phone"`
	OtherName                 *string  `json:"other_name"`
	WebURL                    *string  `json:"web_url"`
	RequiredFields            []string `json:"required_fields"`
	OptionalFields            []string `json:"optional_fields"`
	DefaultLanguage           string   `json:"default_language"`
	SupportLanguages          []string `json:"support_languages"`
	ServiceFromCountryRegions []string `json:"service_from_country_regions"`
}

type courierList2507 struct {
	Total    int           `json:"total"`
	Couriers []courier2507 `json:"couriers"`
}

// fields2507 are the 2025-07 names of the additional tracking fields.
var fields2507 = map[string]string{
	"tracking_postal_code":         "destination_postal_code",
	"tracking_state":               "destination_state",
	"tracking_origin_country":      "origin_country_region",
	"tracking_destination_country": "destination_country_region",
}

func additionalFields2507(fs []string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		if n, ok := fields2507[f]; ok {
			f = n
		}
		out[i] = f
	}
	return out
}

func newCourierList2507(cs []carriers.Courier) courierList2507 {
	out := courierList2507{Total: len(cs), Couriers: make([]courier2507, len(cs))}
	for i, c := range cs {
		out.Couriers[i] = courier2507{
			Slug: c.Slug, Name: c.Name, Phone: orNull(c.Phone), OtherName: orNull(c.OtherName), WebURL: orNull(c.WebURL),
			RequiredFields: additionalFields2507(c.RequiredFields), OptionalFields: additionalFields2507(c.OptionalFields),
			DefaultLanguage: defaultLanguage(c), SupportLanguages: nonNilList(c.Languages),
			ServiceFromCountryRegions: countriesOf(c),
		}
	}
	return out
}

// detect2507In is a 2025-07 detect body.
type detect2507In struct {
	TrackingNumber           string     `json:"tracking_number"`
	Slug                     stringList `json:"slug"`
	SlugGroup                string     `json:"slug_group"`
	OriginCountryRegion      string     `json:"origin_country_region"`
	DestinationCountryRegion string     `json:"destination_country_region"`
	DestinationPostalCode    string     `json:"destination_postal_code"`
	DestinationState         string     `json:"destination_state"`
	TrackingShipDate         string     `json:"tracking_ship_date"`
	TrackingAccountNumber    string     `json:"tracking_account_number"`
	TrackingKey              string     `json:"tracking_key"`
}

func decode2507Detect(body []byte) (detectInput, error) {
	var r detect2507In
	if err := decodeJSON(body, &r); err != nil {
		return detectInput{}, err
	}
	return detectInput{number: r.TrackingNumber, hints: tracking.DetectHints{
		Slugs: r.Slug, SlugGroup: r.SlugGroup, OriginCountryISO3: strings.ToUpper(r.OriginCountryRegion),
		DestinationCountryISO3: strings.ToUpper(r.DestinationCountryRegion),
	}}, nil
}
