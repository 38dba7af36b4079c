package tracking

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Limits on list fields, as AfterShip documents them.
const (
	MaxContacts     = 3
	MaxShipmentTags = 50
	MaxNextCouriers = 1
	MaxCustomers    = 3
)

var (
	emailPattern    = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)
	phonePattern    = regexp.MustCompile(`^\+[0-9]{6,15}$`)
	languagePattern = regexp.MustCompile(`^[a-z]{2}([-_][A-Za-z]{2,4})?$`)
)

// DeliveryTypes are the accepted delivery_type values.
var DeliveryTypes = []string{"pickup_at_store", "door_to_door", "pickup_at_courier"}

// SlugGroups are the accepted slug_group values.
var SlugGroups = []string{"amazon-group", "fedex-group", "toll-group", "taqbin-group", "tnt-group", "cj-group",
	"hermes-group", "dpd-group", "gls-group", "dhl-group", "fastway-group", "asendia-group"}

func invalid(field, why string) error {
	return models.Invalid(field, models.CodeInvalid, fmt.Sprintf("The value of `%s` is invalid: %s.", field, why))
}

// DateStyle is how an API version writes the merchant's dates.
type DateStyle int

const (
	// Dates2404V4 (2024-04 and v4): order_promised_delivery_date is YYYY-MM-DD and
	// tracking_ship_date YYYYMMDD.
	Dates2404V4 DateStyle = iota
	// Dates2025 (2025-07): both also take a local or zoned time of day.
	Dates2025
)

// Layouts of the merchant's dates.
const (
	layoutShipDate  = "20060102"
	layoutLocalTime = "2006-01-02T15:04:05"
)

// parseDate reads a date in any of the layouts.
func parseDate(s string, layouts ...string) (time.Time, bool) {
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateRules are the date fields' checks in a style.
func (d DateStyle) dateRules(t *models.Tracking) []fieldRule {
	promised := func(s string) bool { _, ok := parseDate(s, time.DateOnly); return ok }
	shipped := func(s string) bool { _, ok := parseDate(s, layoutShipDate); return ok }
	promisedWhy, shippedWhy := "use YYYY-MM-DD", "use YYYYMMDD"
	if d == Dates2025 {
		promised = func(s string) bool { _, ok := parseDate(s, time.DateOnly, layoutLocalTime, time.RFC3339); return ok }
		shipped = func(s string) bool {
			_, ok := parseDate(s, layoutShipDate, time.DateOnly, layoutLocalTime, time.RFC3339)
			return ok
		}
		promisedWhy = "use YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss or YYYY-MM-DDTHH:mm:ssZ"
		shippedWhy = promisedWhy
	}
	return []fieldRule{
		{"order_promised_delivery_date", t.OrderPromisedDeliveryDate, promised, promisedWhy},
		{"tracking_ship_date", t.TrackingShipDate, shipped, shippedWhy},
	}
}

// carrierShipDate is a ship date as carriers take it, YYYYMMDD, whichever form
// the merchant gave; the date is the shipper's calendar day as written.
func carrierShipDate(s string) string {
	if t, ok := parseDate(s, time.DateOnly, layoutLocalTime, time.RFC3339); ok {
		return t.Format(layoutShipDate)
	}
	return s
}

func validDateTime(s string) bool {
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}

type fieldRule struct {
	field string
	value *string
	ok    func(string) bool
	why   string
}

// normalizeTracking tidies what clients commonly send loosely: empty strings for
// absent values, country codes in lower case, spaces around addresses.
func normalizeTracking(t *models.Tracking) {
	optional := []**string{&t.SlugGroup, &t.CourierConnectionID}
	for _, field := range textColumns {
		optional = append(optional, field(t))
	}
	for _, p := range optional {
		if *p != nil && strings.TrimSpace(**p) == "" {
			*p = nil
		}
	}
	for _, p := range []**string{&t.OriginCountryISO3, &t.DestinationCountryISO3, &t.TrackingOriginCountry, &t.TrackingDestinationCountry} {
		if *p != nil {
			v := strings.ToUpper(strings.TrimSpace(**p))
			*p = &v
		}
	}
	for i := range t.Emails {
		t.Emails[i] = strings.TrimSpace(t.Emails[i])
	}
	for i := range t.Smses {
		t.Smses[i] = normalizePhone(t.Smses[i])
	}
	for i := range t.Customers {
		t.Customers[i].PhoneNumber = normalizePhone(t.Customers[i].PhoneNumber)
	}
}

// phoneSeparators are what people write inside phone numbers: "+1 (855) 507-2509".
var phoneSeparators = strings.NewReplacer(" ", "", "-", "", "(", "", ")", "", ".", "")

// normalizePhone writes a phone number as + and digits only, the form SMS
// gateways take and the form duplicates are recognised in.
func normalizePhone(p string) string {
	return phoneSeparators.Replace(strings.TrimSpace(p))
}

// validateTracking checks the merchant-supplied fields of a tracking, dates as
// the API version writes them.
func validateTracking(t *models.Tracking, dates DateStyle) error {
	normalizeTracking(t)
	rules := []fieldRule{
		{"delivery_type", t.DeliveryType, func(s string) bool { return slices.Contains(DeliveryTypes, s) }, "use " + strings.Join(DeliveryTypes, ", ")},
		{"language", t.Language, validLanguage, "use an ISO 639-1 code such as en"},
		{"origin_country_iso3", t.OriginCountryISO3, validCountry, "use an ISO 3166-1 alpha-3 code such as USA"},
		{"destination_country_iso3", t.DestinationCountryISO3, validCountry, "use an ISO 3166-1 alpha-3 code such as USA"},
		{"tracking_origin_country", t.TrackingOriginCountry, validCountry, "use an ISO 3166-1 alpha-3 code such as USA"},
		{"tracking_destination_country", t.TrackingDestinationCountry, validCountry, "use an ISO 3166-1 alpha-3 code such as USA"},
		{"order_date", t.OrderDate, validDateTime, "use YYYY-MM-DDTHH:mm:ssZ, e.g. 2021-07-26T11:23:51-05:00"},
		{"slug_group", t.SlugGroup, func(s string) bool { return slices.Contains(SlugGroups, s) }, "use one of " + strings.Join(SlugGroups, ", ")},
	}
	for _, r := range append(rules, dates.dateRules(t)...) {
		if r.value != nil && !r.ok(*r.value) {
			return invalid(r.field, r.why)
		}
	}
	if t.SlugGroup != nil && t.Slug != "" {
		return invalid("slug_group", "slug_group cannot be used together with slug")
	}
	if t.LocationID != nil && hasOrigin(t) {
		return invalid("location_id", "location_id cannot be used together with origin address fields")
	}
	return validateLists(t)
}

func hasOrigin(t *models.Tracking) bool {
	for _, p := range []*string{t.OriginCountryISO3, t.OriginState, t.OriginCity, t.OriginPostalCode, t.OriginRawLocation} {
		if p != nil {
			return true
		}
	}
	return false
}

func validateLists(t *models.Tracking) error {
	if err := validateContacts(t.Emails, t.Smses); err != nil {
		return err
	}
	if len(t.ShipmentTags) > MaxShipmentTags {
		return invalid("shipment_tags", fmt.Sprintf("at most %d tags", MaxShipmentTags))
	}
	if len(t.NextCouriers) > MaxNextCouriers {
		return invalid("next_couriers", fmt.Sprintf("at most %d next courier", MaxNextCouriers))
	}
	for _, n := range t.NextCouriers {
		if _, known := carriers.Lookup(n.Slug); !known {
			return invalid("next_couriers", "each next courier needs the slug of a known courier")
		}
		if err := ValidateNumber(NormalizeNumber(n.TrackingNumber)); err != nil {
			return invalid("next_couriers", "each next courier needs a valid tracking_number")
		}
	}
	return validateCustomers(t.Customers)
}

func validateContacts(emails, smses []string) error {
	if len(emails) > MaxContacts {
		return invalid("emails", fmt.Sprintf("at most %d email addresses", MaxContacts))
	}
	if len(smses) > MaxContacts {
		return invalid("smses", fmt.Sprintf("at most %d phone numbers", MaxContacts))
	}
	return validateContactFormats(emails, smses)
}

func validateContactFormats(emails, smses []string) error {
	for _, e := range emails {
		if !emailPattern.MatchString(e) {
			return invalid("emails", fmt.Sprintf("%q is not an email address", e))
		}
	}
	for _, p := range smses {
		if !phonePattern.MatchString(p) {
			return invalid("smses", fmt.Sprintf("%q is not a phone number in the form +<country code><number>", p))
		}
	}
	return nil
}

func validateCustomers(cs []models.Customer) error {
	if len(cs) > MaxCustomers {
		return invalid("customers", fmt.Sprintf("at most %d customers", MaxCustomers))
	}
	for _, c := range cs {
		switch {
		case c.Email != "" && !emailPattern.MatchString(c.Email):
			return invalid("customers", fmt.Sprintf("%q is not an email address", c.Email))
		case c.PhoneNumber != "" && !phonePattern.MatchString(c.PhoneNumber):
			return invalid("customers", fmt.Sprintf("%q is not a phone number in the form +<country code><number>", c.PhoneNumber))
		case c.Language != "" && !validLanguage(c.Language):
			return invalid("customers", fmt.Sprintf("%q is not an ISO 639-1 language code", c.Language))
		}
	}
	return nil
}

// syncContacts keeps the two ways of naming who to notify in step: the older API
// versions' emails, smses and customer_name, and 2025-07's customers. Customers,
// when given, decide the older fields.
func syncContacts(t *models.Tracking) {
	if len(t.Customers) == 0 {
		return
	}
	t.Emails, t.Smses = []string{}, []string{}
	t.CustomerName = nil
	for _, c := range t.Customers {
		if c.Email != "" && len(t.Emails) < MaxContacts {
			t.Emails = append(t.Emails, c.Email)
		}
		if c.PhoneNumber != "" && len(t.Smses) < MaxContacts {
			t.Smses = append(t.Smses, c.PhoneNumber)
		}
		if c.Name != "" && t.CustomerName == nil {
			name := c.Name
			t.CustomerName = &name
		}
		if c.Language != "" && t.Language == nil {
			lang := c.Language
			t.Language = &lang
		}
	}
}

// ValidateDetectHints checks what a detection request narrows the couriers by,
// with the same rules as a new tracking's fields. Country codes may come in lower case.
func ValidateDetectHints(h *DetectHints) error {
	h.OriginCountryISO3 = strings.ToUpper(strings.TrimSpace(h.OriginCountryISO3))
	h.DestinationCountryISO3 = strings.ToUpper(strings.TrimSpace(h.DestinationCountryISO3))
	for _, s := range h.Slugs {
		if _, ok := carriers.Lookup(s); !ok {
			return models.Invalid("slug", models.CodeInvalidSlug, "The value of `slug` is invalid: unknown courier "+s+".")
		}
	}
	switch {
	case h.SlugGroup != "" && len(h.Slugs) > 0:
		return invalid("slug_group", "slug_group cannot be used together with slug")
	case h.SlugGroup != "" && !slices.Contains(SlugGroups, h.SlugGroup):
		return invalid("slug_group", "use one of "+strings.Join(SlugGroups, ", "))
	case h.OriginCountryISO3 != "" && !validCountry(h.OriginCountryISO3):
		return invalid("origin_country_iso3", "use an ISO 3166-1 alpha-3 code such as USA")
	case h.DestinationCountryISO3 != "" && !validCountry(h.DestinationCountryISO3):
		return invalid("destination_country_iso3", "use an ISO 3166-1 alpha-3 code such as USA")
	}
	return nil
}

// asRequiredField reports an invalid value of a field the courier requires as
// that courier's missing-or-invalid required field, as AfterShip does.
func asRequiredField(slug string, err error) error {
	var ve *models.ValidationError
	c, ok := carriers.Lookup(slug)
	if !ok || !errors.As(err, &ve) || !slices.Contains(c.RequiredFields, ve.Field) {
		return err
	}
	return models.Invalid(ve.Field, models.CodeMissingFields,
		"missing or invalid required fields for "+c.Slug+": "+ve.Field)
}
