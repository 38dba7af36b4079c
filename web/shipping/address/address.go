// Package address validates and normalises postal addresses country by country:
// required fields, postal code patterns, state codes, casing and whitespace.
package address

import "github.com/waypost/waypost/web/carriers"

// Validation statuses, as the Postmen address-validations API names them.
const (
	StatusValid          = "valid"
	StatusPartiallyValid = "partially_valid"
	StatusInvalid        = "invalid"
)

// Issue codes.
const (
	CodeRequired = "required"
	CodeInvalid  = "invalid"
	CodeUnknown  = "unknown_country"
)

// Issue is a problem with one field. Field is the Postmen field name
// ("postal_code", "state", "street1", "country", ...).
type Issue struct {
	Field   string
	Code    string
	Message string
}

// Result is a validated address: the normalised form, its status and every issue found.
type Result struct {
	Address carriers.Address
	Status  string
	Issues  []Issue
}
