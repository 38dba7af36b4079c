package console

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/detect"
	"github.com/waypost/waypost/web/server/render"
)

const maxSuggestions = 4

// DetectCourier suggests the couriers a number being typed looks like.
func (h *Handler) DetectCourier(c *gin.Context) {
	render.HTML(c, http.StatusOK, templates.DetectSuggestions(suggestions(c.Query("tracking_number"))))
}

// ShowCourierFields is the chosen courier's additional fields, empty for most.
func (h *Handler) ShowCourierFields(c *gin.Context) {
	render.HTML(c, http.StatusOK, templates.CourierFields(courierFields(c.Query("slug"), nil), nil))
}

func suggestions(number string) []templates.CourierOption {
	var out []templates.CourierOption
	for _, cand := range detect.Detect(number, detect.Hints{}) {
		co, ok := carriers.Lookup(cand.Slug)
		if !ok || containsSlug(out, co.Slug) {
			continue
		}
		out = append(out, templates.CourierOption{Slug: co.Slug, Name: co.Name})
		if len(out) == maxSuggestions {
			break
		}
	}
	return out
}

func containsSlug(list []templates.CourierOption, slug string) bool {
	for _, o := range list {
		if o.Slug == slug {
			return true
		}
	}
	return false
}

// additional describes an additional tracking field to a person.
type additional struct {
	label, hint, kind string
	set               func(t *models.Tracking) **string
}

var additionalFields = map[string]additional{
	"tracking_ship_date": {label: "Ship date", kind: "date",
		set: func(t *models.Tracking) **string { return &t.TrackingShipDate }},
	"tracking_postal_code": {label: "Destination postal code",
		set: func(t *models.Tracking) **string { return &t.TrackingPostalCode }},
	"tracking_account_number": {label: "Account number",
		set: func(t *models.Tracking) **string { return &t.TrackingAccountNumber }},
	"tracking_key": {label: "Tracking key",
		set: func(t *models.Tracking) **string { return &t.TrackingKey }},
	"tracking_origin_country": {label: "Origin country", hint: "Three letters, such as DEU.",
		set: func(t *models.Tracking) **string { return &t.TrackingOriginCountry }},
	"tracking_destination_country": {label: "Destination country", hint: "Three letters, such as USA.",
		set: func(t *models.Tracking) **string { return &t.TrackingDestinationCountry }},
	"tracking_state": {label: "Destination state",
		set: func(t *models.Tracking) **string { return &t.TrackingState }},
}

// courierFields are the inputs for the courier's required fields, filled from
// form when given.
func courierFields(slug string, form func(string) string) []templates.EditField {
	co, ok := carriers.Lookup(slug)
	if !ok || slug == "" {
		return nil
	}
	var out []templates.EditField
	for _, name := range co.RequiredFields {
		a, known := additionalFields[name]
		if !known {
			continue
		}
		f := templates.EditField{Name: name, Label: a.label, Hint: a.hint, Type: a.kind}
		if form != nil {
			f.Value = strings.TrimSpace(form(name))
		}
		out = append(out, f)
	}
	return out
}

// setCourierFields copies the filled additional fields onto t.
func setCourierFields(t *models.Tracking, fields []templates.EditField) {
	for _, f := range fields {
		if f.Value == "" {
			continue
		}
		v := f.Value
		if f.Name == "tracking_ship_date" {
			v = strings.ReplaceAll(v, "-", "") // the date input's 2026-12-01 is the API's 20261201
		}
		*additionalFields[f.Name].set(t) = &v
	}
}
