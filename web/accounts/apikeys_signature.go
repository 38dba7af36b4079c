package accounts

import (
	"context"
	"strings"

	"github.com/waypost/waypost/models"
)

// NewSignatureAPIKey creates an API key with signature: requests made with it
// must also carry an as-signature-hmac-sha256 computed with the returned secret.
// Both are returned in clear once; the secret is stored sealed.
func (s *Service) NewSignatureAPIKey(ctx context.Context, orgID, name string) (key, secret string, k *models.APIKey, err error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = "API key with signature"
	}
	if len(name) > 100 {
		return "", "", nil, models.Invalid("name", models.CodeInvalid, "Use at most 100 characters.")
	}
	key = "wp_" + randomString(40, alnum)
	secret = "wps_" + randomString(48, alnum)
	k = &models.APIKey{OrganizationID: orgID, Name: name, Prefix: key[:APIKeyPrefixLen], Hash: HashAPIKey(key),
		Secret: secret, SignatureRequired: true}
	if err := s.db.CreateAPIKey(ctx, k); err != nil {
		return "", "", nil, err
	}
	return key, secret, k, nil
}
