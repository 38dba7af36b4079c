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

// Issue codes. Required and Invalid make an address invalid; Mismatch and Unknown only
// make it partially valid, because the address may still be deliverable.
const (
	CodeRequired = "required"
	CodeInvalid  = "invalid"
	CodeUnknown  = "unknown_country"
	// CodeMismatch marks fields that are each well formed but disagree with one another,
	// such as a ZIP code from another state.
	CodeMismatch = "mismatch"
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

// check looks at one field of a normalised address and reports at most one issue.
type check func(a carriers.Address, r rule) *Issue

// checks run in the order fields are written on an envelope, so issues read that way.
var checks = []check{checkStreet, checkCity, checkState, checkPostal, checkPhone, checkEmail}

// Validate normalises a and checks it against the rules of its country. The returned
// address is normalised even when it is invalid, so a form can show what was understood.
func Validate(a carriers.Address) Result {
	n, r, countryIssue := normalize(a)
	var issues []Issue
	if countryIssue != nil {
		issues = append(issues, *countryIssue)
	}
	for _, c := range checks {
		if is := c(n, r); is != nil {
			issues = append(issues, *is)
		}
	}
	return Result{Address: n, Status: statusOf(issues), Issues: issues}
}

// Missing lists only the required fields a is missing for its country, for callers that
// refuse incomplete addresses but leave format problems to the carrier.
func Missing(a carriers.Address) []Issue {
	var missing []Issue
	for _, is := range Validate(a).Issues {
		if is.Code == CodeRequired {
			missing = append(missing, is)
		}
	}
	return missing
}

func statusOf(issues []Issue) string {
	status := StatusValid
	for _, is := range issues {
		if is.Code == CodeRequired || is.Code == CodeInvalid {
			return StatusInvalid
		}
		status = StatusPartiallyValid
	}
	return status
}

func checkStreet(a carriers.Address, r rule) *Issue {
	if a.Street1 == "" {
		return required("street1", "Street address (street1)", r)
	}
	return nil
}

func checkCity(a carriers.Address, r rule) *Issue {
	if a.City == "" && !r.optionalCity {
		return required("city", "City", r)
	}
	return nil
}

func required(field, label string, r rule) *Issue {
	return &Issue{Field: field, Code: CodeRequired, Message: label + " is required" + r.where() + "."}
}
