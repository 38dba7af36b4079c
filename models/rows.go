package models

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Lists read hundreds of rows per request (a page of trackings, their parcels
// and their events), and GORM's reflective scanning of them cost more than the
// database's own work. These tables name each column with the field it is
// scanned into, so lists and single reads of trackings scan rows straight into
// the structs. A column added to a struct goes here too: TestRowsReadEveryColumn
// compares these reads with GORM's.

// column is a column of T's table and the field of a T it is scanned into.
type column[T any] struct {
	name string
	dst  func(*T) any
}

// selectList names cols, each prefixed with the table alias.
func selectList[T any](alias string, cols []column[T]) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = alias + "." + c.name
	}
	return strings.Join(names, ", ")
}

// appendDests appends the scan destinations of v's fields.
func appendDests[T any](dests []any, v *T, cols []column[T]) []any {
	for _, c := range cols {
		dests = append(dests, c.dst(v))
	}
	return dests
}

// jsonColumn scans a JSON text column as the field's serializer:json tag reads
// it: NULL or empty text leaves the zero value.
type jsonColumn[T any] struct{ dst *T }

func jsonInto[T any](dst *T) any { return jsonColumn[T]{dst} }

func (j jsonColumn[T]) Scan(src any) error {
	var zero T
	*j.dst = zero
	var text string
	switch v := src.(type) {
	case nil:
		return nil
	case string:
		text = v
	case []byte:
		text = string(v)
	default:
		return fmt.Errorf("json column: cannot read %T", src)
	}
	if text == "" || j.setEmpty(text) {
		return nil
	}
	if xy, ok := any(j.dst).(*[]float64); ok && readNumbers(text, xy) {
		return nil
	}
	return json.Unmarshal([]byte(text), j.dst)
}

// setEmpty stores the empty list or object most rows hold without going
// through json.Unmarshal, whose setup costs more than the rest of a row.
func (j jsonColumn[T]) setEmpty(text string) bool {
	v := reflect.ValueOf(j.dst).Elem()
	switch {
	case v.Kind() == reflect.Slice && text == "[]":
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	case v.Kind() == reflect.Map && text == "{}":
		v.Set(reflect.MakeMap(v.Type()))
	default:
		return false
	}
	return true
}

// readNumbers reads a list of plain numbers such as an event's coordinates,
// [40.7128,-74.006], the way json.Marshal wrote it; anything else is left to
// json.Unmarshal.
func readNumbers(text string, dst *[]float64) bool {
	if len(text) < 3 || text[0] != '[' || text[len(text)-1] != ']' {
		return false
	}
	inner := text[1 : len(text)-1]
	out := make([]float64, 0, 2)
	for part := range strings.SplitSeq(inner, ",") {
		if !isJSONNumber(part) {
			return false
		}
		f, err := strconv.ParseFloat(part, 64)
		if err != nil {
			return false
		}
		out = append(out, f)
	}
	*dst = out
	return true
}

var _ sql.Scanner = jsonColumn[[]string]{}

// isJSONNumber reports whether s is a number as JSON spells it:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func isJSONNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	digits := func() int {
		n := 0
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		return n
	}
	n := digits()
	if n == 0 || (n > 1 && s[0] == '0') {
		return false
	}
	s = s[n:]
	if rest, ok := strings.CutPrefix(s, "."); ok {
		if s = rest; digits() == 0 {
			return false
		}
		s = s[digits():]
	}
	if len(s) > 0 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			s = s[1:]
		}
		if digits() == 0 {
			return false
		}
		s = s[digits():]
	}
	return s == ""
}

// The columns of trackings, parcels and checkpoints, in the order of their structs.

var trackingColumns = []column[Tracking]{
	{"id", func(t *Tracking) any { return &t.ID }},
	{"organization_id", func(t *Tracking) any { return &t.OrganizationID }},
	{"parcel_id", func(t *Tracking) any { return &t.ParcelID }},
	{"slug", func(t *Tracking) any { return &t.Slug }},
	{"tracking_number", func(t *Tracking) any { return &t.TrackingNumber }},
	{"source", func(t *Tracking) any { return &t.Source }},
	{"title", func(t *Tracking) any { return &t.Title }},
	{"note", func(t *Tracking) any { return &t.Note }},
	{"order_id", func(t *Tracking) any { return &t.OrderID }},
	{"order_id_path", func(t *Tracking) any { return &t.OrderIDPath }},
	{"order_number", func(t *Tracking) any { return &t.OrderNumber }},
	{"order_date", func(t *Tracking) any { return &t.OrderDate }},
	{"custom_fields", func(t *Tracking) any { return jsonInto(&t.CustomFields) }},
	{"language", func(t *Tracking) any { return &t.Language }},
	{"emails", func(t *Tracking) any { return jsonInto(&t.Emails) }},
	{"smses", func(t *Tracking) any { return jsonInto(&t.Smses) }},
	{"customer_name", func(t *Tracking) any { return &t.CustomerName }},
	{"order_promised_delivery_date", func(t *Tracking) any { return &t.OrderPromisedDeliveryDate }},
	{"delivery_type", func(t *Tracking) any { return &t.DeliveryType }},
	{"pickup_location", func(t *Tracking) any { return &t.PickupLocation }},
	{"pickup_note", func(t *Tracking) any { return &t.PickupNote }},
	{"tracking_account_number", func(t *Tracking) any { return &t.TrackingAccountNumber }},
	{"tracking_key", func(t *Tracking) any { return &t.TrackingKey }},
	{"tracking_ship_date", func(t *Tracking) any { return &t.TrackingShipDate }},
	{"tracking_origin_country", func(t *Tracking) any { return &t.TrackingOriginCountry }},
	{"tracking_destination_country", func(t *Tracking) any { return &t.TrackingDestinationCountry }},
	{"tracking_postal_code", func(t *Tracking) any { return &t.TrackingPostalCode }},
	{"tracking_state", func(t *Tracking) any { return &t.TrackingState }},
	{"origin_country_iso3", func(t *Tracking) any { return &t.OriginCountryISO3 }},
	{"origin_state", func(t *Tracking) any { return &t.OriginState }},
	{"origin_city", func(t *Tracking) any { return &t.OriginCity }},
	{"origin_postal_code", func(t *Tracking) any { return &t.OriginPostalCode }},
	{"origin_raw_location", func(t *Tracking) any { return &t.OriginRawLocation }},
	{"destination_country_iso3", func(t *Tracking) any { return &t.DestinationCountryISO3 }},
	{"destination_state", func(t *Tracking) any { return &t.DestinationState }},
	{"destination_city", func(t *Tracking) any { return &t.DestinationCity }},
	{"destination_postal_code", func(t *Tracking) any { return &t.DestinationPostalCode }},
	{"destination_raw_location", func(t *Tracking) any { return &t.DestinationRawLocation }},
	{"slug_group", func(t *Tracking) any { return &t.SlugGroup }},
	{"shipment_type", func(t *Tracking) any { return &t.ShipmentType }},
	{"shipment_tags", func(t *Tracking) any { return jsonInto(&t.ShipmentTags) }},
	{"courier_connection_id", func(t *Tracking) any { return &t.CourierConnectionID }},
	{"next_couriers", func(t *Tracking) any { return jsonInto(&t.NextCouriers) }},
	{"location_id", func(t *Tracking) any { return &t.LocationID }},
	{"shipping_method", func(t *Tracking) any { return &t.ShippingMethod }},
	{"customers", func(t *Tracking) any { return jsonInto(&t.Customers) }},
	{"shipment_direction", func(t *Tracking) any { return &t.ShipmentDirection }},
	{"tag", func(t *Tracking) any { return &t.Tag }},
	{"subtag", func(t *Tracking) any { return &t.Subtag }},
	{"active", func(t *Tracking) any { return &t.Active }},
	{"completed_reason", func(t *Tracking) any { return &t.CompletedReason }},
	{"completed_at", func(t *Tracking) any { return &t.CompletedAt }},
	{"retrack_count", func(t *Tracking) any { return &t.RetrackCount }},
	{"picked_up_at", func(t *Tracking) any { return &t.PickedUpAt }},
	{"delivered_at", func(t *Tracking) any { return &t.DeliveredAt }},
	{"transit_time", func(t *Tracking) any { return &t.TransitTime }},
	{"last_updated_at", func(t *Tracking) any { return &t.LastUpdatedAt }},
	{"created_at", func(t *Tracking) any { return &t.CreatedAt }},
	{"updated_at", func(t *Tracking) any { return &t.UpdatedAt }},
}

var parcelColumns = []column[Parcel]{
	{"id", func(p *Parcel) any { return &p.ID }},
	{"slug", func(p *Parcel) any { return &p.Slug }},
	{"tracking_number", func(p *Parcel) any { return &p.TrackingNumber }},
	{"fields", func(p *Parcel) any { return jsonInto(&p.Fields) }},
	{"tag", func(p *Parcel) any { return &p.Tag }},
	{"subtag", func(p *Parcel) any { return &p.Subtag }},
	{"signed_by", func(p *Parcel) any { return &p.SignedBy }},
	{"expected_delivery", func(p *Parcel) any { return &p.ExpectedDelivery }},
	{"origin_country_iso3", func(p *Parcel) any { return &p.OriginCountryISO3 }},
	{"destination_country_iso3", func(p *Parcel) any { return &p.DestinationCountryISO3 }},
	{"shipment_type", func(p *Parcel) any { return &p.ShipmentType }},
	{"shipment_weight", func(p *Parcel) any { return &p.ShipmentWeight }},
	{"shipment_weight_unit", func(p *Parcel) any { return &p.ShipmentWeightUnit }},
	{"shipment_package_count", func(p *Parcel) any { return &p.ShipmentPackageCount }},
	{"sandbox", func(p *Parcel) any { return &p.Sandbox }},
	{"active", func(p *Parcel) any { return &p.Active }},
	{"poll_count", func(p *Parcel) any { return &p.PollCount }},
	{"failures", func(p *Parcel) any { return &p.Failures }},
	{"last_error", func(p *Parcel) any { return &p.LastError }},
	{"last_polled_at", func(p *Parcel) any { return &p.LastPolledAt }},
	{"next_poll_at", func(p *Parcel) any { return &p.NextPollAt }},
	{"last_event_at", func(p *Parcel) any { return &p.LastEventAt }},
	{"active_since", func(p *Parcel) any { return &p.ActiveSince }},
	{"created_at", func(p *Parcel) any { return &p.CreatedAt }},
	{"updated_at", func(p *Parcel) any { return &p.UpdatedAt }},
}

var checkpointColumns = []column[Checkpoint]{
	{"id", func(c *Checkpoint) any { return &c.ID }},
	{"parcel_id", func(c *Checkpoint) any { return &c.ParcelID }},
	{"hash", func(c *Checkpoint) any { return &c.Hash }},
	{"occurred_at", func(c *Checkpoint) any { return &c.OccurredAt }},
	{"utc_offset", func(c *Checkpoint) any { return &c.UTCOffset }},
	{"message", func(c *Checkpoint) any { return &c.Message }},
	{"location", func(c *Checkpoint) any { return &c.Location }},
	{"city", func(c *Checkpoint) any { return &c.City }},
	{"state", func(c *Checkpoint) any { return &c.State }},
	{"zip", func(c *Checkpoint) any { return &c.Zip }},
	{"country_iso3", func(c *Checkpoint) any { return &c.CountryISO3 }},
	{"country_name", func(c *Checkpoint) any { return &c.CountryName }},
	{"raw_status", func(c *Checkpoint) any { return &c.RawStatus }},
	{"raw_tag", func(c *Checkpoint) any { return &c.RawTag }},
	{"tag", func(c *Checkpoint) any { return &c.Tag }},
	{"subtag", func(c *Checkpoint) any { return &c.Subtag }},
	{"coordinates", func(c *Checkpoint) any { return jsonInto(&c.Coordinates) }},
	{"created_at", func(c *Checkpoint) any { return &c.CreatedAt }},
}
