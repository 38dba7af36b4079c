package aftership

import (
	"encoding/json"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// tracking2607In is a 2026-07 create or update body: 2025-07's, with the promised
// delivery date as an object, customers with ids, and the shipment's direction.
type tracking2607In struct {
	tracking2507In
	OrderPromisedDeliveryDate *promisedDate2607 `json:"order_promised_delivery_date"`
	Customers                 []customer2607In  `json:"customers"`
	ShipmentDirection         *string           `json:"shipment_direction"`
}

type customer2607In struct {
	customer2507In
	ID string `json:"id"`
}

// decode2607 reads a body; the members 2026-07 spells its own way shadow 2025-07's.
func decode2607(body []byte) (models.Tracking, error) {
	var r tracking2607In
	if err := decodeJSON(body, &r); err != nil {
		return models.Tracking{}, err
	}
	old := &r.tracking2507In
	t := old.model()
	if p := r.OrderPromisedDeliveryDate; p != nil {
		t.OrderPromisedDeliveryDate = p.Date
	}
	for _, c := range r.Customers {
		t.Customers = append(t.Customers, models.Customer{Role: c.Role, Name: c.Name,
			PhoneNumber: c.PhoneNumber, Email: c.Email, Language: c.Language, ID: c.ID})
	}
	if d := r.ShipmentDirection; d != nil && *d != "forward" && *d != "return" {
		return t, models.Invalid("shipment_direction", models.CodeInvalid,
			"The value of `shipment_direction` is invalid: expected forward or return.")
	}
	t.ShipmentDirection = r.ShipmentDirection
	if old.ID != "" {
		if !idPattern.MatchString(old.ID) {
			return t, models.Invalid("id", models.CodeInvalid, "The value of `id` is invalid.")
		}
		t.ID = old.ID
	}
	return t, nil
}

func decode2607Create(body []byte) (tracking.CreateInput, error) {
	t, err := decode2607(body)
	if err != nil {
		return tracking.CreateInput{}, err
	}
	return tracking.CreateInput{Tracking: t, Dates: tracking.Dates2025}, nil
}

func decode2607Update(body []byte) (tracking.UpdateInput, error) {
	t, err := decode2607(body)
	if err != nil {
		return tracking.UpdateInput{}, err
	}
	in := tracking.UpdateInput{Values: t, Dates: tracking.Dates2025}
	for _, k := range namedFields[tracking2507In](body) {
		if col, ok := columns2507[k]; ok {
			k = col
		}
		in.Fields = append(in.Fields, k)
	}
	if _, ok := jsonMembers(body)["shipment_direction"]; ok {
		in.Fields = append(in.Fields, "shipment_direction")
	}
	return in, nil
}

func jsonMembers(body []byte) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	_ = json.Unmarshal(body, &m)
	return m
}
