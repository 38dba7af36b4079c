package accounts

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/waypost/waypost/models"
)

// APIKeyPrefixLen is how much of a key is kept in clear to tell keys apart.
const APIKeyPrefixLen = 10

// NewAPIKey creates a key for the organization and returns it in clear, once.
func (s *Service) NewAPIKey(ctx context.Context, orgID, name string) (string, *models.APIKey, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = "API key"
	}
	if len(name) > 100 {
		return "", nil, models.Invalid("name", models.CodeInvalid, "Use at most 100 characters.")
	}
	key := "wp_" + randomString(40, alnum)
	k, err := s.storeKey(ctx, orgID, name, key)
	return key, k, err
}

func (s *Service) storeKey(ctx context.Context, orgID, name, key string) (*models.APIKey, error) {
	k := &models.APIKey{OrganizationID: orgID, Name: name, Prefix: key[:APIKeyPrefixLen], Hash: HashAPIKey(key)}
	return k, s.db.CreateAPIKey(ctx, k)
}

// Authenticate resolves an API key to its organization id.
func (s *Service) Authenticate(ctx context.Context, key string) (*models.APIKey, error) {
	if len(key) < 16 || len(key) > 200 {
		return nil, models.ErrNotFound
	}
	k, err := s.db.APIKeyByHash(ctx, HashAPIKey(key))
	if err != nil {
		return nil, err
	}
	if touchDue(k.LastUsedAt, s.db.Now()) {
		_ = s.db.TouchAPIKey(ctx, k.ID)
	}
	return k, nil
}

// touchEvery is how stale a key's last use may get. An UPDATE takes SQLite's
// one write lock even when it changes nothing, so requests skip it while the
// row they have just read is fresh enough, and the busiest key writes once a
// minute rather than once a request.
const touchEvery = time.Minute

// touchDue reports whether a key last used at last should be marked used at now.
func touchDue(last *time.Time, now time.Time) bool {
	return last == nil || now.Sub(*last) >= touchEvery
}

// APIKeys lists an organization's keys.
func (s *Service) APIKeys(ctx context.Context, orgID string) ([]models.APIKey, error) {
	return s.db.APIKeys(ctx, orgID)
}

// RevokeAPIKey disables a key.
func (s *Service) RevokeAPIKey(ctx context.Context, orgID, id string) error {
	return s.db.RevokeAPIKey(ctx, orgID, id)
}

// Bootstrap describes what EnsureBootstrap created, for printing once.
type Bootstrap struct {
	Email, Password, APIKey string
	Created                 bool
}

// EnsureBootstrap creates the given merchant user and API key if they do not exist.
// With no email it creates a demo merchant with generated credentials, once.
func (s *Service) EnsureBootstrap(ctx context.Context, email, password, apiKey string) (*Bootstrap, error) {
	b := &Bootstrap{Email: email, Password: password, APIKey: apiKey}
	if b.Email == "" {
		b.Email = "demo@waypost.local"
		b.Password = randomString(16, alnum)
	}
	u, err := s.db.UserByEmail(ctx, b.Email)
	var orgID string
	switch {
	case err == nil:
		m, err := s.db.FirstMembership(ctx, u.ID)
		if err != nil {
			return nil, err
		}
		orgID = m.OrganizationID
	case errors.Is(err, models.ErrNotFound):
		sess, err := s.Signup(ctx, SignupInput{OrganizationName: "Demo Store", Email: b.Email, Password: b.Password})
		if err != nil {
			return nil, err
		}
		orgID, b.Created = sess.Organization.ID, true
	default:
		return nil, err
	}
	if err := s.ensureKey(ctx, orgID, b); err != nil {
		return nil, err
	}
	return b, nil
}

func (s *Service) ensureKey(ctx context.Context, orgID string, b *Bootstrap) error {
	if b.APIKey != "" {
		if _, err := s.db.APIKeyByHash(ctx, HashAPIKey(b.APIKey)); err == nil {
			return nil
		}
		_, err := s.storeKey(ctx, orgID, "Bootstrap key", b.APIKey)
		return err
	}
	if !b.Created {
		return nil
	}
	key, _, err := s.NewAPIKey(ctx, orgID, "Demo key")
	b.APIKey = key
	return err
}
