package console

import (
	"errors"
	"sort"
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
)

// editable is one field of the edit form: how it reads from a tracking, and
// how the form's text becomes the value the tracking service takes.
type editable struct {
	name, label, hint, kind string
	text                    func(t *models.Tracking) **string
	list                    func(t *models.Tracking) *[]string
}

var errCustomFields = errors.New("custom fields")

// editFields are the merchant's own fields of a tracking, as the Tracking
// API's update changes them.
var editFields = []editable{
	{name: "title", label: "Title", hint: "Shown to you and on the tracking page; empty shows the tracking number."},
	{name: "order_id", label: "Order ID", text: func(t *models.Tracking) **string { return &t.OrderID }},
	{name: "order_number", label: "Order number", text: func(t *models.Tracking) **string { return &t.OrderNumber }},
	{name: "order_promised_delivery_date", label: "Promised delivery date", kind: "date",
		text: func(t *models.Tracking) **string { return &t.OrderPromisedDeliveryDate }},
	{name: "customer_name", label: "Customer name", text: func(t *models.Tracking) **string { return &t.CustomerName }},
	{name: "emails", label: "Customer emails", hint: "Separate several addresses with commas.",
		list: func(t *models.Tracking) *[]string { return &t.Emails }},
	{name: "destination_city", label: "Destination city", text: func(t *models.Tracking) **string { return &t.DestinationCity }},
	{name: "destination_country_iso3", label: "Destination country", hint: "Three letters, such as USA or KOR.",
		text: func(t *models.Tracking) **string { return &t.DestinationCountryISO3 }},
	{name: "language", label: "Customer's language", hint: "Two letters, such as en or ko.",
		text: func(t *models.Tracking) **string { return &t.Language }},
	{name: "shipment_tags", label: "Tags", hint: "Your own labels for this shipment, separated by commas.",
		list: func(t *models.Tracking) *[]string { return &t.ShipmentTags }},
	{name: "note", label: "Note", kind: "textarea", text: func(t *models.Tracking) **string { return &t.Note }},
	{name: "custom_fields", label: "Custom fields", kind: "textarea", hint: "One per line, as name = value."},
}

// plainErrors are the words a person reads under a field the service refused.
var plainErrors = map[string]string{
	"emails":                       "Enter email addresses such as dana@example.com, separated by commas (at most 3).",
	"destination_country_iso3":     "Enter a three-letter country code, such as USA or KOR.",
	"language":                     "Enter a two-letter language code, such as en or ko.",
	"order_promised_delivery_date": "Pick a date from the calendar.",
	"shipment_tags":                "Use at most 50 tags.",
	"custom_fields":                "Write each custom field on its own line as name = value.",
}

// editView is the form filled from t.
func editView(t *models.Tracking) templates.TrackingEdit {
	e := templates.TrackingEdit{ID: t.ID, Title: t.Title, Number: t.TrackingNumber}
	for _, f := range editFields {
		e.Fields = append(e.Fields, templates.EditField{Name: f.name, Label: f.label, Hint: f.hint, Type: f.kind, Value: f.value(t)})
	}
	return e
}

func (f editable) value(t *models.Tracking) string {
	switch {
	case f.name == "title":
		return t.Title
	case f.name == "custom_fields":
		return customFieldsText(t.CustomFields)
	case f.text != nil:
		return deref(*f.text(t))
	default:
		return strings.Join(*f.list(t), ", ")
	}
}

// readEdit sets on v each field from the posted form and names the fields.
func readEdit(form func(string) string, v *models.Tracking) ([]string, error) {
	var names []string
	for _, f := range editFields {
		raw := strings.TrimSpace(form(f.name))
		names = append(names, f.name)
		switch {
		case f.name == "title":
			v.Title = raw
		case f.name == "custom_fields":
			cf, err := parseCustomFields(raw)
			if err != nil {
				return nil, err
			}
			v.CustomFields = cf
		case f.text != nil:
			*f.text(v) = &raw
		default:
			*f.list(v) = splitList(raw)
		}
	}
	return names, nil
}

func splitList(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseCustomFields(s string) (map[string]string, error) {
	out := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, errCustomFields
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out, nil
}

func customFieldsText(cf map[string]string) string {
	keys := make([]string, 0, len(cf))
	for k := range cf {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + " = " + cf[k] + "\n")
	}
	return b.String()
}
