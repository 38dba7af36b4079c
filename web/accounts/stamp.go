package accounts

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/waypost/waypost/models"
)

// PasswordStamp is a short fingerprint of a user's password hash, kept in the
// login cookie: a password change or reset changes it, which ends every other
// session of that user. It reveals nothing of the password (the hash is salted
// argon2id and this is a digest of it).
func PasswordStamp(u *models.User) string {
	sum := sha256.Sum256([]byte("waypost session stamp\x00" + u.PasswordHash))
	return hex.EncodeToString(sum[:8])
}
