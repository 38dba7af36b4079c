package carriers

import (
	"context"
	"time"
)

// The carrier-neutral shipping model: what a shipper adapter (live or sandbox) is asked
// and what it answers. Field names follow the Postmen v3 objects so the API edge maps
// them one to one; units are explicit on every quantity.

// Address is a postal address with its contact. Country is ISO 3166-1 alpha-3.
type Address struct {
	ContactName string
	CompanyName string
	Street1     string
	Street2     string
	Street3     string
	City        string
	State       string
	PostalCode  string
	Country     string
	Phone       string
	Email       string
	// Type is "residential" or "business" ("" when unknown).
	Type  string
	TaxID string
	Fax   string
}

// Weight is a mass in Unit: "kg", "g", "lb" or "oz".
type Weight struct {
	Value float64
	Unit  string
}

// Dimension is a box size in Unit: "cm", "mm", "m", "in" or "ft".
type Dimension struct {
	Width, Height, Depth float64
	Unit                 string
}

// Money is an amount in an ISO 4217 currency.
type Money struct {
	Amount   float64
	Currency string
}

// Item is one line of a parcel's contents, as customs needs it.
type Item struct {
	Description   string
	Quantity      int
	Price         Money
	Weight        Weight
	ItemID        string
	SKU           string
	OriginCountry string // ISO alpha-3
	HSCode        string
	ReturnReason  string
}

// Parcel is one box of a shipment.
type Parcel struct {
	BoxType     string // "custom" or a carrier box name
	Description string
	Dimension   Dimension
	Weight      Weight
	Items       []Item
}

// Shipment is what is sent, from where, to where.
type Shipment struct {
	ShipFrom             Address
	ShipTo               Address
	ReturnTo             *Address
	Parcels              []Parcel
	DeliveryInstructions string
}

// International reports whether the shipment crosses a border.
func (s Shipment) International() bool { return s.ShipFrom.Country != s.ShipTo.Country }

// Account is the shipper account a request runs under: the carrier, the merchant's
// credentials for it (opened, never logged) and where it ships from.
type Account struct {
	ID          string
	Slug        string
	Description string
	Timezone    string // IANA zone; ship dates and cut-offs are in it
	Credentials map[string]string
	Address     *Address
	// Sandbox routes the account to the simulator instead of the carrier.
	Sandbox bool
}

// RateRequest asks one account for its prices.
type RateRequest struct {
	Account    Account
	Shipment   Shipment
	ShipDate   time.Time // midnight of the ship date in the account's zone
	IsDocument bool
	// ServiceType narrows the quote to one service ("" for all).
	ServiceType string
}

// Charge is one part of a price (base, fuel_surcharge, residential, remote_area, ...).
type Charge struct {
	Type   string
	Charge Money
}

// Rate is one priced service.
type Rate struct {
	ServiceType     string // "usps-priority_mail", "sendle-standard", ...
	ServiceName     string
	ChargeWeight    Weight
	TotalCharge     Money
	DetailedCharges []Charge
	PickupDeadline  *time.Time
	BookingCutOff   *time.Time
	DeliveryDate    *time.Time
	TransitTime     *int // business days
	InfoMessage     string
}

// LabelRequest buys a label.
type LabelRequest struct {
	Account        Account
	Shipment       Shipment
	ServiceType    string
	ShipDate       time.Time
	IsDocument     bool
	ReturnShipment bool
	References     []string
	PaperSize      string // "4x6", "4x8", "A4", "A5", "8.5x11"
	FileType       string // "pdf", "png", "zpl"
	Customs        *Customs
	Billing        *Billing
	// IdempotencyKey is passed to carriers that support one so a retry never buys twice.
	IdempotencyKey string
}

// Customs is the customs declaration of an international shipment.
type Customs struct {
	Purpose      string // gift, merchandise, personal, sample, return, repair, non-merchandise
	TermsOfTrade string // ddu, ddp, dap, ...
}

// Billing says who pays.
type Billing struct {
	PaidBy        string // shipper, third_party, recipient
	AccountNumber string
}

// Label is a bought label. File is the carrier's own label document when it returns
// one (a live USPS label); nil means Waypost renders the label from the other fields.
type Label struct {
	TrackingNumbers []string
	// CarrierRef is the carrier's id for the shipment (Sendle order id, USPS label id),
	// needed to cancel it.
	CarrierRef string
	Rate       Rate
	File       *LabelFile
	// Barcode2D is the payload of a carrier 2-D code to print beside the Code 128, if any.
	Barcode2D string
	// Routing is a sort/routing code printed large on the label ("" when none).
	Routing string
}

// LabelFile is a label document produced by a carrier.
type LabelFile struct {
	FileType string // pdf, png, zpl
	Data     []byte
}

// CancelRequest voids a label.
type CancelRequest struct {
	Account         Account
	TrackingNumbers []string
	CarrierRef      string
}

// PickupRequest books a courier to collect parcels.
type PickupRequest struct {
	Account      Account
	Address      Address
	Date         time.Time // the day, in the account's zone
	StartTime    string    // "09:00"
	EndTime      string    // "17:00"
	Instructions string
	// TrackingNumbers of the labels collected; empty when Parcels describes them instead.
	TrackingNumbers []string
	Parcels         []Parcel
}

// Pickup is a booked collection.
type Pickup struct {
	ConfirmationNumber string
	// Window the carrier confirmed, in the account's zone.
	StartAt, EndAt time.Time
	Charge         *Money
}

// CancelPickupRequest cancels a booked collection.
type CancelPickupRequest struct {
	Account            Account
	ConfirmationNumber string
}

// ManifestRequest closes the day for an account's labels.
type ManifestRequest struct {
	Account         Account
	TrackingNumbers []string
	Date            time.Time
}

// Manifest is a closed end-of-day document. File is nil when Waypost renders it.
type Manifest struct {
	CarrierRef string
	File       *LabelFile
}

// Shipper prices and buys shipments at one carrier. Every method may return an *Error;
// KindAuth, KindInvalidNumber (bad input the carrier refused) and KindNotConfigured are
// final, the rest may succeed on retry.
type Shipper interface {
	Rates(ctx context.Context, req RateRequest) ([]Rate, error)
	CreateLabel(ctx context.Context, req LabelRequest) (*Label, error)
	CancelLabel(ctx context.Context, req CancelRequest) error
	SchedulePickup(ctx context.Context, req PickupRequest) (*Pickup, error)
	CancelPickup(ctx context.Context, req CancelPickupRequest) error
	CloseManifest(ctx context.Context, req ManifestRequest) (*Manifest, error)
}

// ShipperCredential names one credential field a carrier's shipper account needs.
type ShipperCredential struct {
	Key      string // "client_id", "sendle_id", ...
	Label    string // shown in the console
	Secret   bool   // masked when shown
	Optional bool
}

// ShippingService is one service a carrier sells.
type ShippingService struct {
	Type string // "usps-priority_mail"
	Name string // "USPS Priority Mail"
	// International is true for services that cross borders, Domestic for those inside one.
	Domestic, International bool
}
