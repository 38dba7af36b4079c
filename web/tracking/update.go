package tracking

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/polling"
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
	"shipment_direction":           func(t *models.Tracking) **string { return &t.ShipmentDirection },
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
	renew := namesRequestField(in.Fields)
	if v.Slug != "" && v.Slug != t.Slug {
		if err := s.moveToCourier(ctx, t, v.Slug, cols, renew); err != nil {
			return nil, err
		}
		return s.db.TrackingByID(ctx, orgID, id)
	}
	if len(cols) > 0 {
		if err := s.writeUpdate(ctx, t, cols, renew); err != nil {
			return nil, err
		}
	}
	return s.db.TrackingByID(ctx, orgID, id)
}

// writeUpdate stores cols and, when they name an additional field, hands the fields
// to the parcel in the same transaction, so that the next poll asks the carrier with
// them.
func (s *Service) writeUpdate(ctx context.Context, t *models.Tracking, cols map[string]any, renew bool) error {
	after := withColumns(t, cols)
	if renew {
		if err := checkRequiredFields(after); err != nil {
			return err
		}
	}
	renewed := ""
	err := s.db.Tx(ctx, func(tx *models.DB) error {
		if err := tx.UpdateTracking(ctx, t.OrganizationID, t.ID, cols); err != nil {
			return err
		}
		if !renew {
			return nil
		}
		var err error
		renewed, err = s.renewRequest(ctx, tx, &after)
		return err
	})
	if err == nil && renewed != "" {
		s.enqueue(ctx, renewed)
	}
	return err
}

// withColumns is the tracking as it reads once cols are written: the text columns,
// which are what the carrier request is built from.
func withColumns(t *models.Tracking, cols map[string]any) models.Tracking {
	out := *t
	for name, field := range textColumns {
		if v, ok := cols[name]; ok {
			s, _ := v.(string)
			*field(&out) = emptyAsNilString(s)
		}
	}
	return out
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
func (s *Service) moveToCourier(ctx context.Context, t *models.Tracking, slug string, cols map[string]any, renew bool) error {
	c, ok := carriers.Lookup(slug)
	if !ok {
		return models.Invalid("slug", models.CodeInvalidSlug, "The value of `slug` is invalid: unknown courier.")
	}
	// Fields sent with the new slug count: they are often what the new courier needs.
	moved := withColumns(t, cols)
	moved.Slug = c.Slug
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
		if err := polling.Follow(ctx, tx, p, now); err != nil {
			return err
		}
		m, err := tx.ParcelMilestones(ctx, p.ID)
		if err != nil {
			return err
		}
		cols["slug"], cols["parcel_id"], cols["tag"], cols["subtag"], cols["active"] = c.Slug, p.ID, p.Tag, p.Subtag, p.Active
		cols["picked_up_at"], cols["delivered_at"], cols["transit_time"] = m.PickedUpAt, m.DeliveredAt, m.TransitDays()
		cols["completed_at"], cols["completed_reason"], cols["last_updated_at"] = nil, nil, now
		if err := tx.UpdateTracking(ctx, t.OrganizationID, t.ID, cols); err != nil {
			return err
		}
		if !renew {
			return nil
		}
		// The new courier's parcel may be another organization's, asked with other fields.
		_, err = s.renewRequest(ctx, tx, &moved)
		return err
	})
	if errors.Is(err, models.ErrConflict) {
		return s.existsError(ctx, t.OrganizationID, moved)
	}
	if err == nil {
		s.enqueue(ctx, cols["parcel_id"].(string))
	}
	return err
}

// requestColumns are the tracking columns the carrier request's additional fields
// are built from (see parcelFields).
var requestColumns = []string{
	"tracking_account_number", "tracking_key", "tracking_ship_date", "tracking_postal_code",
	"destination_postal_code", "tracking_origin_country", "origin_country_iso3",
	"tracking_destination_country", "destination_country_iso3", "tracking_state", "destination_state",
}

func namesRequestField(fields []string) bool {
	return slices.ContainsFunc(fields, func(f string) bool { return slices.Contains(requestColumns, f) })
}

// renewRequest hands the additional fields of after (the tracking as updated) to its
// parcel and returns the parcel's id when that changed them. Organizations tracking the
// same number share the parcel and its one carrier request, so the fields written last
// win for all of them: they describe the same physical shipment, and a merchant
// correcting one knows better than the value an earlier request carried. Each tracking
// keeps showing its own organization's values. A merchant corrects a field because the
// carrier did not know the parcel by the old one, so a parcel a failure left Pending,
// or that Expired, starts over: active, Pending again (or at its last event's status),
// with a fresh no-news clock, and due now, for every tracking of it.
func (s *Service) renewRequest(ctx context.Context, tx *models.DB, after *models.Tracking) (string, error) {
	now := s.now().UTC()
	p, changed, err := tx.RenewParcelRequest(ctx, after.OrganizationID, after.ID, parcelFields(after), now)
	if err != nil || !changed {
		return "", err
	}
	stuck := p.Tag == string(carriers.TagExpired) ||
		(p.Tag == string(carriers.TagPending) && p.Subtag != "Pending_001")
	if !stuck {
		return p.ID, nil
	}
	p.Active = true
	if err := polling.Reopen(ctx, tx, p, now); err != nil {
		return "", err
	}
	return p.ID, polling.SaveParcel(ctx, tx, p, true)
}
