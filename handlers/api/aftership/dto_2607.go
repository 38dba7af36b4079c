package aftership

import (
	"github.com/waypost/waypost/web/tracking"
)

// tracking2607 is the 2026-07 tracking object: 2025-07's, with checkpoints that
// name a postal_code and carry their hash, customers with their own ids, the
// promised delivery date as an object, and the fields AfterShip added for
// shipment direction, multi-piece shipments, proof of delivery and linked
// return or forward shipments. What Waypost cannot know is null, never absent.
type tracking2607 struct {
	tracking2507
	Checkpoints               []checkpoint2607  `json:"checkpoints"`
	Customers                 []customer2607    `json:"customers"`
	OrderPromisedDeliveryDate *promisedDate2607 `json:"order_promised_delivery_date"`
	ShipmentDimensions        *dimensions2607   `json:"shipment_dimensions"`
	// A pointer, so the document says the list may be null.
	ProofOfDelivery   *[]proofOfDelivery  `json:"proof_of_delivery"`
	MultiPieceInfo    *multiPieceInfo2607 `json:"multi_piece_info"`
	ShipmentDirection *string             `json:"shipment_direction"`
	ReturnShipment    *shipmentLink2607   `json:"return_shipment"`
	ForwardShipment   *shipmentLink2607   `json:"forward_shipment"`
}

// checkpoint2607 is one event: 2025-07's "zip" is "postal_code", and the hash
// names the event (it is what Waypost stores it under).
type checkpoint2607 struct {
	checkpointCommon
	PostalCode *string `json:"postal_code"`
	Hash       string  `json:"hash"`
}

type customer2607 struct {
	customer2507
	ID *string `json:"id"`
}

type promisedDate2607 struct {
	Date *string `json:"promised_delivery_date"`
	Min  *string `json:"promised_delivery_date_min"`
	Max  *string `json:"promised_delivery_date_max"`
}

type dimensions2607 struct {
	Unit   string  `json:"unit"`
	Length float64 `json:"length"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

type proofOfDelivery struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

type multiPieceInfo2607 struct {
	Type   string      `json:"type"`
	Pieces []piece2607 `json:"pieces"`
}

type piece2607 struct {
	TrackingID     string `json:"tracking_id"`
	TrackingNumber string `json:"tracking_number"`
	Type           string `json:"type"`
	Trackable      bool   `json:"trackable"`
}

type shipmentLink2607 struct {
	ID             string `json:"id"`
	TrackingNumber string `json:"tracking_number,omitempty"`
	Slug           string `json:"slug,omitempty"`
}

// newTracking2607 builds 2025-07's object and respells what 2026-07 changed.
// Carriers report no dimensions, proofs of delivery, pieces or linked
// shipments to Waypost, so those are null.
func newTracking2607(d *tracking.Detail, publicURL string) tracking2607 {
	out := tracking2607{tracking2507: newTracking2507(d, publicURL), ShipmentDirection: d.Tracking.ShipmentDirection}
	out.Checkpoints = make([]checkpoint2607, len(out.tracking2507.Checkpoints))
	for i, c := range out.tracking2507.Checkpoints {
		out.Checkpoints[i] = checkpoint2607{checkpointCommon: c.checkpointCommon, PostalCode: c.Zip, Hash: d.Checkpoints[i].Hash}
	}
	ids := customersOf(d.Tracking)
	out.Customers = make([]customer2607, len(out.tracking2507.Customers))
	for i, c := range out.tracking2507.Customers {
		out.Customers[i] = customer2607{customer2507: c, ID: emptyAsNull(&ids[i].ID)}
	}
	if p := out.tracking2507.OrderPromisedDeliveryDate; p != nil {
		out.OrderPromisedDeliveryDate = &promisedDate2607{Date: p}
	}
	out.tracking2507.Checkpoints, out.tracking2507.Customers, out.tracking2507.OrderPromisedDeliveryDate = nil, nil, nil
	return out
}
