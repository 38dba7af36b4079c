package tracking

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// UpdateInput changes the named fields of a tracking to their values in Values.
// Fields are column names, spelled as the 2024-04 API spells them; fields not
// named are left as they are.
type UpdateInput struct {
	Values models.Tracking
	Fields []string
	Dates  DateStyle
}

// textColumns are the optional text fields a merchant may change; "" clears one.
var textColumns = map[string]func(t *models.Tracking) **string{
	"note":                         func(t *models.Tracking) **string { return &t.Note },
	"order_id":                     func(t *models.Tracking) **string { return &t.OrderID },
	"order_id_path":                func(t *models.Tracking) **string { return &t.OrderIDPath },
	"order_number":                 func(t *models.Tracking) **string { return &t.OrderNumber },
	"order_date":                   func(t *models.Tracking) **string { return &t.OrderDate },
	"customer_name":                func(t *models.Tracking) **string { return &t.CustomerName },
	"language":                     func(t *models.Tracking) **string { return &t.Language },
	"order_promised_delivery_date": func(t *models.Tracking) **string { return &t.OrderPromisedDeliveryDate },
	"delivery_type":                func(t *models.Tracking) **string { return &t.DeliveryType },
	"pickup_location":              func(t *models.Tracking) **string { return &t.PickupLocation },
	"pickup_note":                  func(t *models.Tracking) **string { return &t.PickupNote },
	"tracking_account_number":      func(t *models.Tracking) **string { return &t.TrackingAccountNumber },
	"tracking_key":                 func(t *models.Tracking) **string { return &t.TrackingKey },
	"tracking_ship_date":           func(t *models.Tracking) **string { return &t.TrackingShipDate },
	"tracking_origin_country":      func(t *models.Tracking) **string { return &t.TrackingOriginCountry },
	"tracking_destination_country": func(t *models.Tracking) **string { return &t.TrackingDestinationCountry },
	"tracking_postal_code":         func(t *models.Tracking) **string { return &t.TrackingPostalCode },
	"tracking_state":               func(t *models.Tracking) **string { return &t.TrackingState },
	"origin_country_iso3":          func(t *models.Tracking) **string { return &t.OriginCountryISO3 },
	"origin_state":                 func(t *models.Tracking) **string { return &t.OriginState },
	"origin_city":                  func(t *models.Tracking) **string { return &t.OriginCity },
	"origin_postal_code":           func(t *models.Tracking) **string { return &t.OriginPostalCode },
	"origin_raw_location":          func(t *models.Tracking) **string { return &t.OriginRawLocation },
	"destination_country_iso3":     func(t *models.Tracking) **string { return &t.DestinationCountryISO3 },
	"destination_state":            func(t *models.Tracking) **string { return &t.DestinationState },
	"destination_city":             func(t *models.Tracking) **string { return &t.DestinationCity },
	"destination_postal_code":      func(t *models.Tracking) **string { return &t.DestinationPostalCode },
	"destination_raw_location":     func(t *models.Tracking) **string { return &t.DestinationRawLocation },
	"shipment_type":                func(t *models.Tracking) **string { return &t.ShipmentType },
	"location_id":                  func(t *models.Tracking) **string { return &t.LocationID },
	"shipping_method":              func(t *models.Tracking) **string { return &t.ShippingMethod },
}

// listColumns are the list and object fields a merchant may change.
var listColumns = map[string]func(t *models.Tracking) any{
	"custom_fields": func(t *models.Tracking) any { return t.CustomFields },
	"emails":        func(t *models.Tracking) any { return nonNil(t.Emails) },
	"smses":         func(t *models.Tracking) any { return nonNil(t.Smses) },
	"shipment_tags": func(t *models.Tracking) any { return nonNil(t.ShipmentTags) },
	"customers": func(t *models.Tracking) any {
		if t.Customers == nil {
			return []models.Customer{}
		}
		return t.Customers
	},
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Update validates and writes the named fields and returns the tracking as stored.
// Changing the slug moves the tracking to the parcel of the new courier.
func (s *Service) Update(ctx context.Context, orgID, id string, in UpdateInput) (*models.Tracking, error) {
	t, err := s.db.TrackingByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	v := in.Values
	if err := validateTracking(&v, in.Dates); err != nil {
		return nil, err
	}
	if err := s.checkConnection(ctx, orgID, v.CourierConnectionID); err != nil {
		return nil, err
	}
	cols := updateColumns(t, &v, in.Fields)
	if v.Slug != "" && v.Slug != t.Slug {
		if err := s.moveToCourier(ctx, t, v.Slug, cols); err != nil {
			return nil, err
		}
		return s.db.TrackingByID(ctx, orgID, id)
	}
	if len(cols) > 0 {
		if err := s.db.UpdateTracking(ctx, orgID, id, cols); err != nil {
			return nil, err
		}
	}
	return s.db.TrackingByID(ctx, orgID, id)
}

// updateColumns turns the named fields into column values. Customers, when named,
// rewrite the older contact fields; those, when named without customers, clear
// customers so that both views keep telling the same story.
func updateColumns(t *models.Tracking, v *models.Tracking, fields []string) map[string]any {
	cols := map[string]any{}
	named := map[string]bool{}
	for _, f := range fields {
		named[f] = true
		switch {
		case f == "title":
			cols[f] = v.Title
			if v.Title == "" {
				cols[f] = t.TrackingNumber
			}
		case f == "courier_connection_id":
			cols[f] = emptyAsNil(v.CourierConnectionID)
		case textColumns[f] != nil:
			cols[f] = emptyAsNil(*textColumns[f](v))
		case listColumns[f] != nil:
			cols[f] = listColumns[f](v)
		}
	}
	if named["customers"] {
		syncContacts(v)
		cols["emails"], cols["smses"], cols["customer_name"] = nonNil(v.Emails), nonNil(v.Smses), emptyAsNil(v.CustomerName)
		if v.Language != nil {
			cols["language"] = *v.Language
		}
	} else if named["emails"] || named["smses"] || named["customer_name"] {
		cols["customers"] = customersAfter(t, v, named)
	}
	return cols
}

// customersAfter is the stored customers once the named older contact fields
// (emails, smses, customer_name) take their values from v.
func customersAfter(t, v *models.Tracking, named map[string]bool) []models.Customer {
	emails, smses := t.Emails, t.Smses
	if named["emails"] {
		emails = nonNil(v.Emails)
	}
	if named["smses"] {
		smses = nonNil(v.Smses)
	}
	customers := reconcileCustomers(t.Customers, emails, smses)
	if named["customer_name"] && len(customers) > 0 {
		customers[0].Name = deref(v.CustomerName)
	}
	return customers
}

// reconcileCustomers keeps 2025-07's customers in step with contacts changed
// through an older version: a customer keeps its name, role and language and
// loses only a removed address; new addresses become new customers. A tracking
// without customers keeps none, and its contacts stay the single source.
func reconcileCustomers(have []models.Customer, emails, smses []string) []models.Customer {
	if len(have) == 0 {
		return []models.Customer{}
	}
	holds := func(list []string, v string) bool {
		return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, v) })
	}
	out := []models.Customer{}
	var kept []string
	for _, c := range have {
		if !holds(emails, c.Email) {
			c.Email = ""
		}
		if !holds(smses, c.PhoneNumber) {
			c.PhoneNumber = ""
		}
		if c.Email == "" && c.PhoneNumber == "" && c.Name == "" {
			continue
		}
		kept = append(kept, c.Email, c.PhoneNumber)
		out = append(out, c)
	}
	for _, contact := range slices.Concat(emails, smses) {
		if holds(kept, contact) {
			continue
		}
		c := models.Customer{Role: "buyer", Email: contact}
		if holds(smses, contact) {
			c = models.Customer{Role: "buyer", PhoneNumber: contact}
		}
		out = append(out, c)
	}
	return out
}

func emptyAsNilString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func emptyAsNil(p *string) any {
	if p == nil || *p == "" {
		return nil
	}
	return *p
}

// moveToCourier re-points a tracking at the parcel of another courier (a merchant
// correcting a wrong slug) and writes cols in the same transaction.
func (s *Service) moveToCourier(ctx context.Context, t *models.Tracking, slug string, cols map[string]any) error {
	c, ok := carriers.Lookup(slug)
	if !ok {
		return models.Invalid("slug", models.CodeInvalidSlug, "The value of `slug` is invalid: unknown courier.")
	}
	moved := *t
	moved.Slug = c.Slug
	// Fields sent with the new slug count: they are often what the new courier needs.
	for name, field := range textColumns {
		if v, ok := cols[name]; ok {
			s, _ := v.(string)
			*field(&moved) = emptyAsNilString(s)
		}
	}
	if err := checkRequiredFields(moved); err != nil {
		return err
	}
	now := s.now().UTC()
	err := s.db.Tx(ctx, func(tx *models.DB) error {
		p, err := tx.EnsureParcel(ctx, &models.Parcel{
			Slug: c.Slug, TrackingNumber: t.TrackingNumber, Fields: parcelFields(&moved),
			Tag: string(carriers.TagPending), Subtag: "Pending_001", Active: true, NextPollAt: &now,
		})
		if err != nil {
			return err
		}
		if err := followParcel(ctx, tx, p, now); err != nil {
			return err
		}
		m, err := tx.ParcelMilestones(ctx, p.ID)
		if err != nil {
			return err
		}
		cols["slug"], cols["parcel_id"], cols["tag"], cols["subtag"], cols["active"] = c.Slug, p.ID, p.Tag, p.Subtag, p.Active
		cols["picked_up_at"], cols["delivered_at"], cols["transit_time"] = m.PickedUpAt, m.DeliveredAt, m.TransitDays()
		cols["completed_at"], cols["completed_reason"], cols["last_updated_at"] = nil, nil, now
		return tx.UpdateTracking(ctx, t.OrganizationID, t.ID, cols)
	})
	if errors.Is(err, models.ErrConflict) {
		return s.existsError(ctx, t.OrganizationID, moved)
	}
	if err == nil {
		s.enqueue(ctx, cols["parcel_id"].(string))
	}
	return err
}
