package models

import "context"

// SetPasswordHash replaces a user's password hash.
func (db *DB) SetPasswordHash(ctx context.Context, userID, hash string) error {
	res := db.q(ctx).Model(&User{}).Where("id = ?", userID).
		Updates(map[string]any{"password_hash": hash, "updated_at": db.now()})
	if res.Error == nil && res.RowsAffected == 0 {
		return ErrNotFound
	}
	return wrap(res.Error, "set password")
}
