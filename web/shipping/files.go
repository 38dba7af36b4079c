package shipping

import "context"

// File reads a stored document by its token. Tokens are unguessable and the token is
// the capability: files are not scoped to an organization.
func (s *Service) File(ctx context.Context, token string) (name, contentType string, data []byte, err error) {
	return "", "", nil, errNotImplemented
}
