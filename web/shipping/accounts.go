package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
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
	in.Slug = normSlug(in.Slug)
	errs := checkAccountInput(in)
	if err := errs.err(); err != nil {
		return nil, err
	}
	sandbox, err := s.sandboxFor(in.Slug, in.Credentials)
	if err != nil {
		return nil, err
	}
	if in.Timezone == "" {
		in.Timezone = homeZone(in.Slug)
	}
	row := &models.ShipperAccount{OrganizationID: orgID, Slug: in.Slug, Description: in.Description,
		Timezone: in.Timezone, Status: AccountEnabled, Type: "user", Credentials: in.Credentials, Sandbox: sandbox}
	if in.Address != nil {
		row.Address = toJSON(in.Address)
	}
	if err := s.db.CreateShipperAccount(ctx, row); err != nil {
		return nil, err
	}
	return accountOf(row)
}

// ListShipperAccounts lists an organization's shipper accounts, newest first.
func (s *Service) ListShipperAccounts(ctx context.Context, orgID string, f AccountFilter) (Page[ShipperAccount], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Slug: normSlug(f.Slug)},
		func(sf models.ShippingFilter) ([]models.ShipperAccount, int64, error) {
			return s.db.ListShipperAccounts(ctx, orgID, sf)
		},
		accountOf, func(a ShipperAccount) (time.Time, string) { return a.CreatedAt, a.ID })
}

// ShipperAccount reads one shipper account.
func (s *Service) ShipperAccount(ctx context.Context, orgID, id string) (*ShipperAccount, error) {
	row, err := s.db.ShipperAccountByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return accountOf(row)
}

// DeleteShipperAccount removes a shipper account; its labels stay readable.
func (s *Service) DeleteShipperAccount(ctx context.Context, orgID, id string) error {
	return s.db.DeleteShipperAccount(ctx, orgID, id)
}

// UpdateShipperAccountCredentials replaces an account's credentials, checked against
// the carrier's fields like a new account's.
func (s *Service) UpdateShipperAccountCredentials(ctx context.Context, orgID, id string, creds map[string]string) (*ShipperAccount, error) {
	row, err := s.db.ShipperAccountByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	var errs FieldErrors
	checkCredentials(&errs, row.Slug, creds)
	if err := errs.err(); err != nil {
		return nil, err
	}
	sandbox, err := s.sandboxFor(row.Slug, creds)
	if err != nil {
		return nil, err
	}
	if err := s.db.UpdateShipperAccountCredentials(ctx, orgID, id, creds, sandbox); err != nil {
		return nil, err
	}
	return s.ShipperAccount(ctx, orgID, id)
}

// UpdateShipperAccountInfo changes an account's description, time zone or address.
func (s *Service) UpdateShipperAccountInfo(ctx context.Context, orgID, id string, in AccountInfo) (*ShipperAccount, error) {
	var errs FieldErrors
	cols := map[string]any{}
	if in.Description != nil {
		cols["description"] = *in.Description
	}
	if in.Timezone != nil {
		checkTimezone(&errs, *in.Timezone)
		cols["timezone"] = *in.Timezone
	}
	if in.Address != nil {
		checkAddress(&errs, "address", *in.Address)
		cols["address"] = toJSON(in.Address)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	if len(cols) > 0 {
		if err := s.db.UpdateShipperAccount(ctx, orgID, id, cols); err != nil {
			return nil, err
		}
	}
	return s.ShipperAccount(ctx, orgID, id)
}

// SetShipperAccountStatus enables or disables an account.
func (s *Service) SetShipperAccountStatus(ctx context.Context, orgID, id, status string) (*ShipperAccount, error) {
	if status != AccountEnabled && status != AccountDisabled {
		return nil, FieldErrors{{Path: "status", Code: CodeInvalid, Message: "status must be enabled or disabled"}}
	}
	if err := s.db.UpdateShipperAccount(ctx, orgID, id, map[string]any{"status": status}); err != nil {
		return nil, err
	}
	return s.ShipperAccount(ctx, orgID, id)
}

func accountOf(row *models.ShipperAccount) (*ShipperAccount, error) {
	a := &ShipperAccount{ID: row.ID, Slug: row.Slug, Description: row.Description, Timezone: row.Timezone,
		Status: row.Status, Type: row.Type, Sandbox: row.Sandbox, CreatedAt: row.CreatedAt, UpdatedAt: row.UpdatedAt,
		CredentialHints: maskCredentials(row.Credentials)}
	if row.Address != "" {
		a.Address = &carriers.Address{}
		if err := fromJSON(row.Address, a.Address); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// homeZone is the carrier's own time zone, which an account without one ships in.
func homeZone(slug string) string {
	if c, ok := carriers.Lookup(slug); ok && c.TimeZone != "" {
		return c.TimeZone
	}
	return "UTC"
}

// maskCredentials shows the last four characters of each value, enough to tell
// accounts apart and never enough to use one.
func maskCredentials(creds map[string]string) map[string]string {
	out := make(map[string]string, len(creds))
	for k, v := range creds {
		if r := []rune(v); len(r) > 8 {
			out[k] = "****" + string(r[len(r)-4:])
		} else {
			out[k] = "****"
		}
	}
	return out
}
