package models

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// ShipperAccount is an organization's account at a shipping carrier.
type ShipperAccount struct {
	ID             string
	OrganizationID string
	Slug           string
	Description    string
	Timezone       string
	Status         string
	Type           string
	// Address is the ship-from address as JSON ("" when none).
	Address string
	// Credentials are in clear in memory only.
	Credentials map[string]string `gorm:"-"`
	// StoredCredentials is the column: Credentials as JSON sealed with the data key.
	StoredCredentials string `gorm:"column:credentials"`
	Sandbox           bool
	CreatedAt         time.Time
	UpdatedAt         time.Time
}

// CreateShipperAccount stores a new shipper account, its credentials sealed.
func (db *DB) CreateShipperAccount(ctx context.Context, a *ShipperAccount) error {
	if a.ID == "" {
		a.ID = NewID()
	}
	sealed, err := db.sealShipperCredentials(a.Credentials)
	if err != nil {
		return err
	}
	a.StoredCredentials = sealed
	return wrap(db.q(ctx).Create(a).Error, "create shipper account")
}

// ShipperAccountByID reads one of the organization's shipper accounts, credentials opened.
func (db *DB) ShipperAccountByID(ctx context.Context, orgID, id string) (*ShipperAccount, error) {
	a, err := oneShipping[ShipperAccount](ctx, db, orgID, id, "shipper account")
	if err != nil {
		return nil, err
	}
	return a, db.openShipperCredentials(a)
}

// ListShipperAccounts lists the organization's shipper accounts (filtered by Slug
// and Status), newest first, credentials opened.
func (db *DB) ListShipperAccounts(ctx context.Context, orgID string, f ShippingFilter) ([]ShipperAccount, int64, error) {
	list, total, err := listShipping[ShipperAccount](ctx, db, orgID, f, "shipper accounts")
	if err != nil {
		return nil, 0, err
	}
	for i := range list {
		if err := db.openShipperCredentials(&list[i]); err != nil {
			return nil, 0, err
		}
	}
	return list, total, nil
}

// UpdateShipperAccount changes columns of a shipper account (description, timezone,
// address, status).
func (db *DB) UpdateShipperAccount(ctx context.Context, orgID, id string, cols map[string]any) error {
	return updateShipping[ShipperAccount](ctx, db, orgID, id, cols, "shipper account")
}

// UpdateShipperAccountCredentials replaces an account's credentials and sandbox flag.
func (db *DB) UpdateShipperAccountCredentials(ctx context.Context, orgID, id string, creds map[string]string, sandbox bool) error {
	sealed, err := db.sealShipperCredentials(creds)
	if err != nil {
		return err
	}
	return db.UpdateShipperAccount(ctx, orgID, id, map[string]any{"credentials": sealed, "sandbox": sandbox})
}

// DeleteShipperAccount removes one of the organization's shipper accounts.
func (db *DB) DeleteShipperAccount(ctx context.Context, orgID, id string) error {
	res := db.q(ctx).Where("organization_id = ? AND id = ?", orgID, id).Delete(&ShipperAccount{})
	if res.Error != nil {
		return wrap(res.Error, "delete shipper account")
	}
	if res.RowsAffected == 0 {
		return wrap(ErrNotFoundRecord, "delete shipper account")
	}
	return nil
}

func (db *DB) sealShipperCredentials(creds map[string]string) (string, error) {
	if creds == nil {
		creds = map[string]string{}
	}
	b, err := json.Marshal(creds)
	if err != nil {
		return "", fmt.Errorf("encode shipper credentials: %w", err)
	}
	return db.seal(b, "shipper credentials")
}

func (db *DB) openShipperCredentials(a *ShipperAccount) error {
	b, err := db.open(a.StoredCredentials, "shipper credentials")
	if err != nil {
		return err
	}
	a.Credentials = map[string]string{}
	if err := json.Unmarshal(b, &a.Credentials); err != nil {
		return fmt.Errorf("decode credentials of shipper account %s: %w", a.ID, err)
	}
	return nil
}

// resealShipperCredentials seals again credentials sealed under an older key.
func (db *DB) resealShipperCredentials(ctx context.Context) (int, error) {
	var rows []ShipperAccount
	err := db.q(ctx).Model(&ShipperAccount{}).Select("id", "credentials").Find(&rows).Error
	if err != nil {
		return 0, wrap(err, "read shipper credentials")
	}
	resealed := 0
	for _, a := range rows {
		if db.sealer.Current(a.StoredCredentials) {
			continue
		}
		if err := db.openShipperCredentials(&a); err != nil {
			return resealed, err
		}
		v, err := db.sealShipperCredentials(a.Credentials)
		if err != nil {
			return resealed, err
		}
		res := db.q(ctx).Model(&ShipperAccount{}).Where("id = ? AND credentials = ?", a.ID, a.StoredCredentials).
			Update("credentials", v)
		if res.Error != nil {
			return resealed, wrap(res.Error, "reseal shipper credentials")
		}
		resealed += int(res.RowsAffected)
	}
	return resealed, nil
}
