package aftership

import (
	"cmp"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/tracking"
)

// courierV4 is a courier as v4 and 2024-04 describe it.
type courierV4 struct {
	Slug                   string   `json:"slug"`
	Name                   string   `json:"name"`
	Phone                  *string  `json:"phone"`
	OtherName              *string  `json:"other_name"`
	WebURL                 *string  `json:"web_url"`
	RequiredFields         []string `json:"required_fields"`
	OptionalFields         []string `json:"optional_fields"`
	DefaultLanguage        string   `json:"default_language"`
	SupportLanguages       []string `json:"support_languages"`
	ServiceFromCountryISO3 []string `json:"service_from_country_iso3"`
}

type courierListV4 struct {
	Total    int         `json:"total"`
	Couriers []courierV4 `json:"couriers"`
}

func newCourierListV4(cs []carriers.Courier) courierListV4 {
	out := courierListV4{Total: len(cs), Couriers: make([]courierV4, len(cs))}
	for i, c := range cs {
		out.Couriers[i] = courierV4{
			Slug: c.Slug, Name: c.Name, Phone: orNull(c.Phone), OtherName: orNull(c.OtherName), WebURL: orNull(c.WebURL),
			RequiredFields: nonNilList(c.RequiredFields), OptionalFields: nonNilList(c.OptionalFields),
			DefaultLanguage: defaultLanguage(c), SupportLanguages: nonNilList(c.Languages),
			ServiceFromCountryISO3: countriesOf(c),
		}
	}
	return out
}

func defaultLanguage(c carriers.Courier) string {
	if len(c.Languages) > 0 {
		return c.Languages[0]
	}
	return "en"
}

func countriesOf(c carriers.Courier) []string {
	if c.CountryISO3 == "" {
		return []string{}
	}
	return []string{c.CountryISO3}
}

// detectV4 is the tracking of a v4 or 2024-04 detect request.
type detectV4 struct {
	TrackingNumber             string     `json:"tracking_number"`
	Slug                       stringList `json:"slug"`
	SlugGroup                  string     `json:"slug_group"`
	OriginCountryISO3          string     `json:"origin_country_iso3"`
	DestinationCountryISO3     string     `json:"destination_country_iso3"`
	TrackingOriginCountry      string     `json:"tracking_origin_country"`
	TrackingDestinationCountry string     `json:"tracking_destination_country"`
	TrackingPostalCode         string     `json:"tracking_postal_code"`
	TrackingShipDate           string     `json:"tracking_ship_date"`
	TrackingAccountNumber      string     `json:"tracking_account_number"`
	TrackingKey                string     `json:"tracking_key"`
	TrackingState              string     `json:"tracking_state"`
}

func decodeDetectV2404V4(body []byte) (detectInput, error) {
	raw, err := unwrapV2404V4(body, "tracking")
	if err != nil {
		return detectInput{}, err
	}
	var r detectV4
	if err := decodeJSON(raw, &r); err != nil {
		return detectInput{}, err
	}
	return detectInput{number: r.TrackingNumber, hints: tracking.DetectHints{
		Slugs: r.Slug, SlugGroup: r.SlugGroup,
		OriginCountryISO3:      cmp.Or(r.OriginCountryISO3, r.TrackingOriginCountry),
		DestinationCountryISO3: cmp.Or(r.DestinationCountryISO3, r.TrackingDestinationCountry),
	}}, nil
}
