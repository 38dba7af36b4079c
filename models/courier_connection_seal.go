package models

import (
	"context"
	"encoding/json"
	"fmt"
)

func (db *DB) sealCredentials(creds map[string]any) (string, error) {
	b, err := json.Marshal(creds)
	if err != nil {
		return "", fmt.Errorf("encode credentials: %w", err)
	}
	return db.seal(b, "courier credentials")
}

// openCredentials fills Credentials from the stored column. Rows written before
// sealing hold plain JSON; they stay readable until SealCourierCredentials or the
// next update seals them.
func (db *DB) openCredentials(cc *CourierConnection) error {
	raw := []byte(cc.StoredCredentials)
	if db.sealer != nil && db.sealer.Sealed(cc.StoredCredentials) {
		b, err := db.open(cc.StoredCredentials, "courier credentials")
		if err != nil {
			return err
		}
		raw = b
	}
	cc.Credentials = map[string]any{}
	if len(raw) == 0 {
		return nil
	}
	if err := json.Unmarshal(raw, &cc.Credentials); err != nil {
		return fmt.Errorf("decode credentials of courier connection %s: %w", cc.ID, err)
	}
	return nil
}

// resealCourierCredentials seals credentials stored in clear or under an older key.
func (db *DB) resealCourierCredentials(ctx context.Context) (int, error) {
	var rows []CourierConnection
	err := db.q(ctx).Model(&CourierConnection{}).Select("id", "credentials").Find(&rows).Error
	if err != nil {
		return 0, wrap(err, "read courier credentials")
	}
	resealed := 0
	for _, cc := range rows {
		if db.sealer.Current(cc.StoredCredentials) {
			continue
		}
		if err := db.openCredentials(&cc); err != nil {
			return resealed, err
		}
		v, err := db.sealCredentials(cc.Credentials)
		if err != nil {
			return resealed, err
		}
		res := db.q(ctx).Model(&CourierConnection{}).Where("id = ? AND credentials = ?", cc.ID, cc.StoredCredentials).
			Update("credentials", v)
		if res.Error != nil {
			return resealed, wrap(res.Error, "seal courier credentials")
		}
		resealed += int(res.RowsAffected)
	}
	return resealed, nil
}
