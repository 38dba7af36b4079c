package models

import (
	"context"
	"time"
)

// RateQuote is one rate calculation; Request and Rates are JSON.
type RateQuote struct {
	ID             string
	OrganizationID string
	Status         string
	Request        string
	Rates          string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// CancelLabel is a request to void a label.
type CancelLabel struct {
	ID             string
	OrganizationID string
	LabelID        string
	Status         string
	ErrorMessage   string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Pickup is a booked collection; Address, Parcels and Charge are JSON.
type Pickup struct {
	ID                 string
	OrganizationID     string
	Status             string
	ShipperAccountID   string
	Slug               string
	AccountDescription string
	PickupDate         string
	StartTime          string
	EndTime            string
	Instructions       string
	Location           string
	Address            string
	ShipTo             string
	Parcels            string
	ConfirmationNumber string
	Charge             string
	ErrorMessage       string
	LabelIDs           []string `gorm:"-"`
	CreatedAt          time.Time
	UpdatedAt          time.Time
}

// CancelPickup is a request to cancel a pickup.
type CancelPickup struct {
	ID             string
	OrganizationID string
	PickupID       string
	Status         string
	ErrorMessage   string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Manifest closes the day for an account's labels; File is the token of its document.
type Manifest struct {
	ID                 string
	OrganizationID     string
	Status             string
	ShipperAccountID   string
	Slug               string
	AccountDescription string
	CarrierRef         string
	File               string
	ErrorMessage       string
	LabelIDs           []string `gorm:"-"`
	CreatedAt          time.Time
	UpdatedAt          time.Time
}

// AddressValidation is one checked address; Address and Issues are JSON.
type AddressValidation struct {
	ID             string
	OrganizationID string
	Status         string
	Address        string
	Issues         string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// pickupLabel and manifestLabel link labels to a pickup or a manifest.
type pickupLabel struct{ PickupID, LabelID string }

func (pickupLabel) TableName() string { return "pickup_labels" }

type manifestLabel struct{ ManifestID, LabelID string }

func (manifestLabel) TableName() string { return "manifest_labels" }

func createRecord(ctx context.Context, db *DB, id *string, v any, what string) error {
	if *id == "" {
		*id = NewID()
	}
	return wrap(db.q(ctx).Create(v).Error, "create "+what)
}

// CreateRateQuote stores a rate quote.
func (db *DB) CreateRateQuote(ctx context.Context, r *RateQuote) error {
	return createRecord(ctx, db, &r.ID, r, "rate quote")
}

// RateQuoteByID reads one of the organization's rate quotes.
func (db *DB) RateQuoteByID(ctx context.Context, orgID, id string) (*RateQuote, error) {
	return oneShipping[RateQuote](ctx, db, orgID, id, "rate quote")
}

// ListRateQuotes lists the organization's rate quotes, newest first.
func (db *DB) ListRateQuotes(ctx context.Context, orgID string, f ShippingFilter) ([]RateQuote, int64, error) {
	return listShipping[RateQuote](ctx, db, orgID, f, "rate quotes")
}

// UpdateRateQuote changes columns of a rate quote.
func (db *DB) UpdateRateQuote(ctx context.Context, orgID, id string, cols map[string]any) error {
	return updateShipping[RateQuote](ctx, db, orgID, id, cols, "rate quote")
}

// CreateCancelLabel stores a label cancellation.
func (db *DB) CreateCancelLabel(ctx context.Context, c *CancelLabel) error {
	return createRecord(ctx, db, &c.ID, c, "label cancellation")
}

// CancelLabelByID reads one of the organization's label cancellations.
func (db *DB) CancelLabelByID(ctx context.Context, orgID, id string) (*CancelLabel, error) {
	return oneShipping[CancelLabel](ctx, db, orgID, id, "label cancellation")
}

// ListCancelLabels lists the organization's label cancellations, newest first.
func (db *DB) ListCancelLabels(ctx context.Context, orgID string, f ShippingFilter) ([]CancelLabel, int64, error) {
	return listShipping[CancelLabel](ctx, db, orgID, f, "label cancellations")
}

// UpdateCancelLabel changes columns of a label cancellation.
func (db *DB) UpdateCancelLabel(ctx context.Context, orgID, id string, cols map[string]any) error {
	return updateShipping[CancelLabel](ctx, db, orgID, id, cols, "label cancellation")
}

// CreateCancelPickup stores a pickup cancellation.
func (db *DB) CreateCancelPickup(ctx context.Context, c *CancelPickup) error {
	return createRecord(ctx, db, &c.ID, c, "pickup cancellation")
}

// CancelPickupByID reads one of the organization's pickup cancellations.
func (db *DB) CancelPickupByID(ctx context.Context, orgID, id string) (*CancelPickup, error) {
	return oneShipping[CancelPickup](ctx, db, orgID, id, "pickup cancellation")
}

// ListCancelPickups lists the organization's pickup cancellations, newest first.
func (db *DB) ListCancelPickups(ctx context.Context, orgID string, f ShippingFilter) ([]CancelPickup, int64, error) {
	return listShipping[CancelPickup](ctx, db, orgID, f, "pickup cancellations")
}

// UpdateCancelPickup changes columns of a pickup cancellation.
func (db *DB) UpdateCancelPickup(ctx context.Context, orgID, id string, cols map[string]any) error {
	return updateShipping[CancelPickup](ctx, db, orgID, id, cols, "pickup cancellation")
}

// CreateAddressValidation stores an address validation.
func (db *DB) CreateAddressValidation(ctx context.Context, v *AddressValidation) error {
	return createRecord(ctx, db, &v.ID, v, "address validation")
}

// AddressValidationByID reads one of the organization's address validations.
func (db *DB) AddressValidationByID(ctx context.Context, orgID, id string) (*AddressValidation, error) {
	return oneShipping[AddressValidation](ctx, db, orgID, id, "address validation")
}

// ListAddressValidations lists the organization's address validations, newest first.
func (db *DB) ListAddressValidations(ctx context.Context, orgID string, f ShippingFilter) ([]AddressValidation, int64, error) {
	return listShipping[AddressValidation](ctx, db, orgID, f, "address validations")
}
