package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
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

// ValidateAddress checks and normalises an address and records the result. An
// address missing a field its country requires is a FieldErrors on "address.<field>",
// not a stored result; format problems give an invalid or partially_valid result.
func (s *Service) ValidateAddress(ctx context.Context, orgID string, a carriers.Address) (*AddressValidation, error) {
	var errs FieldErrors
	checkAddress(&errs, "address", a)
	if err := errs.err(); err != nil {
		return nil, err
	}
	res := address.Validate(a)
	issues := res.Issues
	if issues == nil {
		issues = []address.Issue{}
	}
	row := &models.AddressValidation{OrganizationID: orgID, Status: res.Status, Address: toJSON(res.Address), Issues: toJSON(issues)}
	if err := s.db.CreateAddressValidation(ctx, row); err != nil {
		return nil, err
	}
	return validationOf(row)
}

// ListAddressValidations lists an organization's address validations, newest first.
func (s *Service) ListAddressValidations(ctx context.Context, orgID string, f ListFilter) (Page[AddressValidation], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Status: f.Status,
		CreatedFrom: f.CreatedFrom, CreatedTo: f.CreatedTo},
		func(sf models.ShippingFilter) ([]models.AddressValidation, int64, error) {
			return s.db.ListAddressValidations(ctx, orgID, sf)
		},
		validationOf, func(v AddressValidation) (time.Time, string) { return v.CreatedAt, v.ID })
}

// AddressValidation reads one address validation.
func (s *Service) AddressValidation(ctx context.Context, orgID, id string) (*AddressValidation, error) {
	row, err := s.db.AddressValidationByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return validationOf(row)
}

func validationOf(r *models.AddressValidation) (*AddressValidation, error) {
	v := &AddressValidation{ID: r.ID, Status: r.Status, CreatedAt: r.CreatedAt, Issues: []address.Issue{}}
	if err := fromJSON(r.Address, &v.Address); err != nil {
		return nil, err
	}
	if err := fromJSON(r.Issues, &v.Issues); err != nil {
		return nil, err
	}
	return v, nil
}
