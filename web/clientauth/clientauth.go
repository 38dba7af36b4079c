// Package clientauth issues and checks the client credentials of the
// tracker.delivery-compatible API: "Authorization: TRACKQL-API-KEY id:secret".
package clientauth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"strings"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/accounts"
)

// Service manages client credentials.
type Service struct{ db *models.DB }

// New returns the service.
func New(db *models.DB) *Service { return &Service{db: db} }

// Create issues a credential; the secret is returned in clear only here.
func (s *Service) Create(ctx context.Context, orgID, name string) (*models.ClientCredential, string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = "tracker.delivery client"
	}
	if len(name) > 100 {
		return nil, "", models.Invalid("name", models.CodeInvalid, "Use at most 100 characters.")
	}
	secret := rand.Text() + rand.Text()
	c := &models.ClientCredential{
		OrganizationID: orgID, Name: name,
		ClientID:   "wpc_" + strings.ToLower(rand.Text()[:20]),
		SecretHash: accounts.HashAPIKey(secret),
	}
	if err := s.db.CreateClientCredential(ctx, c); err != nil {
		return nil, "", err
	}
	return c, secret, nil
}

// List returns the organization's credentials.
func (s *Service) List(ctx context.Context, orgID string) ([]models.ClientCredential, error) {
	return s.db.ClientCredentials(ctx, orgID)
}

// Revoke disables a credential.
func (s *Service) Revoke(ctx context.Context, orgID, id string) error {
	return s.db.RevokeClientCredential(ctx, orgID, id)
}

// Authenticate checks "client_id:client_secret"; any mismatch is models.ErrNotFound.
func (s *Service) Authenticate(ctx context.Context, token string) (*models.ClientCredential, error) {
	id, secret, ok := strings.Cut(strings.TrimSpace(token), ":")
	if !ok || id == "" || secret == "" || len(token) > 200 {
		return nil, models.ErrNotFound
	}
	c, err := s.db.ClientCredentialByClientID(ctx, id)
	if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare([]byte(c.SecretHash), []byte(accounts.HashAPIKey(secret))) != 1 {
		return nil, models.ErrNotFound
	}
	// The row just read says when it was last used: write only when that is stale,
	// so most requests take no write lock.
	if now := s.db.Now(); c.LastUsedAt == nil || now.Sub(*c.LastUsedAt) >= time.Minute {
		_ = s.db.TouchClientCredential(ctx, c.ID)
	}
	return c, nil
}
