package accounts

import (
	"context"
	"errors"

	"github.com/waypost/waypost/models"
)

// validNewPassword checks a new password as signup does.
func validNewPassword(field, password string) error {
	if len(password) < 10 {
		return models.Invalid(field, models.CodeInvalid, "Use at least 10 characters.")
	}
	if len(password) > 256 {
		return models.Invalid(field, models.CodeInvalid, "Use at most 256 characters.")
	}
	return nil
}

// ChangePassword sets a new password for a signed-in user who knows the current one.
func (s *Service) ChangePassword(ctx context.Context, userID, current, next string) error {
	u, err := s.db.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	ok, err := s.hash.Verify(ctx, u.PasswordHash, current)
	if err != nil {
		return err
	}
	if !ok {
		return models.Invalid("current_password", models.CodeInvalid, "This is not your current password.")
	}
	if err := validNewPassword("new_password", next); err != nil {
		return err
	}
	return s.setPassword(ctx, u.ID, next)
}

// ResetPassword is the operator's reset: it sets password for the user with
// this email, or a new random one when password is empty, and returns it.
func (s *Service) ResetPassword(ctx context.Context, email, password string) (string, error) {
	u, err := s.db.UserByEmail(ctx, email)
	if errors.Is(err, models.ErrNotFound) {
		return "", models.Invalid("email", models.CodeInvalid, "No user has this email address.")
	}
	if err != nil {
		return "", err
	}
	if password == "" {
		password = randomString(20, alnum)
	}
	if err := validNewPassword("password", password); err != nil {
		return "", err
	}
	return password, s.setPassword(ctx, u.ID, password)
}

func (s *Service) setPassword(ctx context.Context, userID, password string) error {
	hash, err := s.hash.Hash(ctx, password)
	if err != nil {
		return err
	}
	return s.db.SetPasswordHash(ctx, userID, hash)
}
