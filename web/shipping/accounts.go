package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Shipper account statuses.
const (
	AccountEnabled  = "enabled"
	AccountDisabled = "disabled"
)

// ShipperAccountInput creates a shipper account.
type ShipperAccountInput struct {
	Slug        string
	Description string
	Timezone    string
	Credentials map[string]string
	Address     *carriers.Address
}

// ShipperAccount is a merchant's account at a carrier. Credentials are never shown:
// CredentialHints masks each value to its last four characters ("****abcd").
type ShipperAccount struct {
	ID              string
	Slug            string
	Description     string
	Timezone        string
	Status          string // enabled or disabled
	Type            string // "user"
	Address         *carriers.Address
	CredentialHints map[string]string
	Sandbox         bool
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// AccountInfo changes the descriptive fields of an account; nil leaves a field as is.
type AccountInfo struct {
	Description *string
	Timezone    *string
	Address     *carriers.Address
}

// CreateShipperAccount validates and stores a shipper account with sealed credentials.
func (s *Service) CreateShipperAccount(ctx context.Context, orgID string, in ShipperAccountInput) (*ShipperAccount, error) {
	return nil, errNotImplemented
}

// ListShipperAccounts lists an organization's shipper accounts, newest first.
func (s *Service) ListShipperAccounts(ctx context.Context, orgID string, f AccountFilter) (Page[ShipperAccount], error) {
	return Page[ShipperAccount]{}, errNotImplemented
}

// ShipperAccount reads one shipper account.
func (s *Service) ShipperAccount(ctx context.Context, orgID, id string) (*ShipperAccount, error) {
	return nil, errNotImplemented
}

// DeleteShipperAccount removes a shipper account; its labels stay readable.
func (s *Service) DeleteShipperAccount(ctx context.Context, orgID, id string) error {
	return errNotImplemented
}

// UpdateShipperAccountCredentials replaces an account's credentials.
func (s *Service) UpdateShipperAccountCredentials(ctx context.Context, orgID, id string, creds map[string]string) (*ShipperAccount, error) {
	return nil, errNotImplemented
}

// UpdateShipperAccountInfo changes an account's description, time zone or address.
func (s *Service) UpdateShipperAccountInfo(ctx context.Context, orgID, id string, in AccountInfo) (*ShipperAccount, error) {
	return nil, errNotImplemented
}

// SetShipperAccountStatus enables or disables an account.
func (s *Service) SetShipperAccountStatus(ctx context.Context, orgID, id, status string) (*ShipperAccount, error) {
	return nil, errNotImplemented
}
