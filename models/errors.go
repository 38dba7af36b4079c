package models

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// Storage errors every caller can test with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	ErrConflict = errors.New("already exists")
)

// wrap gives GORM errors their storage meaning, keeping the original for logs.
func wrap(err error, what string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	case errors.Is(err, gorm.ErrDuplicatedKey):
		return fmt.Errorf("%s: %w", what, ErrConflict)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// ErrNotFoundRecord is gorm's not-found, for updates that matched no row.
var ErrNotFoundRecord = gorm.ErrRecordNotFound

// ValidationError is a problem with one input field. Code is a stable machine
// reason that each API maps to its own error codes.
type ValidationError struct {
	Field  string
	Code   string
	Reason string
}

// Validation error codes.
const (
	CodeRequired      = "required"
	CodeInvalid       = "invalid"
	CodeInvalidSlug   = "invalid_slug"
	CodeUndetectable  = "undetectable"
	CodeMissingFields = "missing_courier_fields"
	CodeInvalidNumber = "invalid_number"
	CodeStillActive   = "still_active"
	CodeRetrackLimit  = "retrack_limit"
	CodeAlreadyExists = "already_exists"
	CodeNotTrackable  = "not_trackable"
)

func (e *ValidationError) Error() string { return e.Field + ": " + e.Reason }

// Invalid builds a ValidationError.
func Invalid(field, code, reason string) *ValidationError {
	return &ValidationError{Field: field, Code: code, Reason: reason}
}
