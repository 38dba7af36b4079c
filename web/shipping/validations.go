package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/address"
)

// AddressValidation is one checked address, normalised.
type AddressValidation struct {
	ID        string
	Status    string // valid, invalid or partially_valid
	Address   carriers.Address
	Issues    []address.Issue
	CreatedAt time.Time
}

// ValidateAddress checks and normalises an address and records the result.
func (s *Service) ValidateAddress(ctx context.Context, orgID string, a carriers.Address) (*AddressValidation, error) {
	return nil, errNotImplemented
}

// ListAddressValidations lists an organization's address validations, newest first.
func (s *Service) ListAddressValidations(ctx context.Context, orgID string, f ListFilter) (Page[AddressValidation], error) {
	return Page[AddressValidation]{}, errNotImplemented
}

// AddressValidation reads one address validation.
func (s *Service) AddressValidation(ctx context.Context, orgID, id string) (*AddressValidation, error) {
	return nil, errNotImplemented
}
