package tracking

import (
	"context"
	"errors"
	"fmt"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// CreateConnection stores an organization's credentials for a carrier.
func (s *Service) CreateConnection(ctx context.Context, orgID, slug string, creds map[string]any) (*models.CourierConnection, error) {
	if slug == "" {
		return nil, models.Invalid("courier_slug", models.CodeRequired, "courier_slug is required.")
	}
	c, ok := carriers.Lookup(slug)
	if !ok {
		return nil, models.Invalid("courier_slug", models.CodeInvalidSlug, fmt.Sprintf("The value of `courier_slug` is invalid: unknown courier %q.", slug))
	}
	if err := validateCredentials(creds); err != nil {
		return nil, err
	}
	cc := &models.CourierConnection{OrganizationID: orgID, CourierSlug: c.Slug, Credentials: creds}
	if err := s.db.CreateCourierConnection(ctx, cc); err != nil {
		return nil, err
	}
	return s.db.CourierConnectionByID(ctx, orgID, cc.ID)
}

func validateCredentials(creds map[string]any) error {
	if len(creds) == 0 {
		return models.Invalid("credentials", models.CodeRequired, "credentials is required: an object of the carrier's account fields.")
	}
	for k, v := range creds {
		switch v.(type) {
		case string, float64, bool:
		default:
			return invalid("credentials", fmt.Sprintf("%q must be a string, number or boolean", k))
		}
	}
	return nil
}

// Connection returns one of the organization's courier connections.
func (s *Service) Connection(ctx context.Context, orgID, id string) (*models.CourierConnection, error) {
	return s.db.CourierConnectionByID(ctx, orgID, id)
}

// Connections lists the organization's courier connections, newest first.
func (s *Service) Connections(ctx context.Context, orgID string, f models.CourierConnectionFilter) ([]models.CourierConnection, int64, error) {
	if f.CourierSlug != "" {
		if c, ok := carriers.Lookup(f.CourierSlug); ok {
			f.CourierSlug = c.Slug
		}
	}
	return s.db.ListCourierConnections(ctx, orgID, f)
}

// UpdateConnection replaces a connection's credentials.
func (s *Service) UpdateConnection(ctx context.Context, orgID, id string, creds map[string]any) (*models.CourierConnection, error) {
	if err := validateCredentials(creds); err != nil {
		return nil, err
	}
	if err := s.db.UpdateCourierConnection(ctx, orgID, id, creds); err != nil {
		return nil, err
	}
	return s.db.CourierConnectionByID(ctx, orgID, id)
}

// DeleteConnection removes a connection and returns it as it was.
func (s *Service) DeleteConnection(ctx context.Context, orgID, id string) (*models.CourierConnection, error) {
	cc, err := s.db.CourierConnectionByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return cc, s.db.DeleteCourierConnection(ctx, orgID, id)
}

// checkConnection rejects a courier_connection_id the organization does not have.
func (s *Service) checkConnection(ctx context.Context, orgID string, id *string) error {
	if id == nil {
		return nil
	}
	_, err := s.db.CourierConnectionByID(ctx, orgID, *id)
	if errors.Is(err, models.ErrNotFound) {
		return invalid("courier_connection_id", "no courier connection has this id")
	}
	return err
}
