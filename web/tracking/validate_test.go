package tracking

import (
	"testing"

	"github.com/waypost/waypost/models"
)

func strp(s string) *string { return &s }

func TestValidateTracking(t *testing.T) {
	cases := []struct {
		name  string
		t     models.Tracking
		field string // "" when valid
	}{
		{"empty is fine", models.Tracking{}, ""},
		{"lower-case countries are read as codes", models.Tracking{OriginCountryISO3: strp("kor")}, ""},
		{"blank optional values count as absent", models.Tracking{Language: strp(" "), SlugGroup: strp("")}, ""},
		{"promised date", models.Tracking{OrderPromisedDeliveryDate: strp("2019-02-30")}, "order_promised_delivery_date"},
		{"delivery type", models.Tracking{DeliveryType: strp("drone")}, "delivery_type"},
		{"language", models.Tracking{Language: strp("english")}, "language"},
		{"country", models.Tracking{DestinationCountryISO3: strp("US")}, "destination_country_iso3"},
		{"ship date", models.Tracking{TrackingShipDate: strp("2024-01-01")}, "tracking_ship_date"},
		{"order date", models.Tracking{OrderDate: strp("yesterday")}, "order_date"},
		{"slug group", models.Tracking{SlugGroup: strp("ups-group")}, "slug_group"},
		{"slug with slug group", models.Tracking{Slug: "fedex", SlugGroup: strp("fedex-group")}, "slug_group"},
		{"location with origin", models.Tracking{LocationID: strp("loc"), OriginCity: strp("Seoul")}, "location_id"},
		{"four emails", models.Tracking{Emails: []string{"a@b.co", "c@d.co", "e@f.co", "g@h.co"}}, "emails"},
		{"bad email", models.Tracking{Emails: []string{"not-an-email"}}, "emails"},
		{"phone without country code", models.Tracking{Smses: []string{"01012345678"}}, "smses"},
		{"two next couriers", models.Tracking{NextCouriers: []models.NextCourier{{TrackingNumber: "12345"}, {TrackingNumber: "67890"}}}, "next_couriers"},
		{"customer email", models.Tracking{Customers: []models.Customer{{Email: "x"}}}, "customers"},
	}
	for _, tc := range cases {
		tr := tc.t
		err := validateTracking(&tr, Dates2404V4)
		ve, _ := err.(*models.ValidationError)
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.field != "" && (ve == nil || ve.Field != tc.field || ve.Code != models.CodeInvalid):
			t.Errorf("%s: want an invalid %s, got %v", tc.name, tc.field, err)
		}
	}
}

func TestSyncContacts(t *testing.T) {
	tr := models.Tracking{Customers: []models.Customer{
		{Role: "buyer", Email: "a@example.com", PhoneNumber: "+8210"},
		{Name: "Lee", Email: "b@example.com", Language: "ko"},
	}, Emails: []string{"old@example.com"}}
	syncContacts(&tr)
	if len(tr.Emails) != 2 || tr.Emails[1] != "b@example.com" || len(tr.Smses) != 1 || *tr.CustomerName != "Lee" || *tr.Language != "ko" {
		t.Errorf("customers decide the contacts: %v %v %v %v", tr.Emails, tr.Smses, *tr.CustomerName, *tr.Language)
	}
	legacy := models.Tracking{Emails: []string{"keep@example.com"}}
	syncContacts(&legacy)
	if len(legacy.Emails) != 1 {
		t.Errorf("without customers the contacts stay: %v", legacy.Emails)
	}
}
