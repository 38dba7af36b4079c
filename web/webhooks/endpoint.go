package webhooks

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// APIVersions are the tracking shapes an endpoint may receive.
var APIVersions = []string{"2024-04", "2025-07", "v4"}

// Events are the events an endpoint may select.
var Events = []string{models.EventTrackingUpdate}

// EndpointInput is a new endpoint, or (with nil fields kept) a change to one.
type EndpointInput struct {
	URL        *string
	Events     *[]string
	Tags       *[]string
	Secret     *string
	Headers    *map[string]string
	APIVersion *string
	Enabled    *bool
}

// Create registers an endpoint; the secret is generated when none is given. The
// returned endpoint carries the secret in clear, to show once.
func (s *Service) Create(ctx context.Context, orgID string, in EndpointInput) (*models.WebhookEndpoint, error) {
	if in.URL == nil {
		return nil, &models.ValidationError{Field: "url", Code: models.CodeRequired, Reason: "`url` is required."}
	}
	if in.Events == nil {
		in.Events = &[]string{models.EventTrackingUpdate}
	}
	if in.Tags == nil {
		in.Tags = &[]string{}
	}
	if in.APIVersion == nil {
		v := APIVersions[0]
		in.APIVersion = &v
	}
	if in.Headers == nil {
		in.Headers = &map[string]string{}
	}
	if err := s.validate(ctx, in); err != nil {
		return nil, err
	}
	secret := newSecret()
	if in.Secret != nil {
		secret = *in.Secret
	}
	e := &models.WebhookEndpoint{OrganizationID: orgID, URL: strings.TrimSpace(*in.URL), Events: *in.Events,
		Tags: *in.Tags, Headers: *in.Headers, APIVersion: *in.APIVersion, Secret: secret, Enabled: true}
	if in.Enabled != nil {
		e.Enabled = *in.Enabled
	}
	if err := s.db.CreateWebhookEndpoint(ctx, e); err != nil {
		return nil, err
	}
	return e, nil
}

// List is the organization's endpoints.
func (s *Service) List(ctx context.Context, orgID string) ([]models.WebhookEndpoint, error) {
	return s.db.WebhookEndpoints(ctx, orgID)
}

// Get is one of the organization's endpoints.
func (s *Service) Get(ctx context.Context, orgID, id string) (*models.WebhookEndpoint, error) {
	return s.db.WebhookEndpoint(ctx, orgID, id)
}

// Update changes an endpoint; the secret changes only by rotation.
func (s *Service) Update(ctx context.Context, orgID, id string, in EndpointInput) (*models.WebhookEndpoint, error) {
	if in.Secret != nil {
		return nil, &models.ValidationError{Field: "secret", Code: models.CodeInvalid,
			Reason: "`secret` cannot be changed; rotate it with POST /api/v1/webhooks/:id/rotate-secret."}
	}
	if err := s.validate(ctx, in); err != nil {
		return nil, err
	}
	if in.URL != nil {
		u := strings.TrimSpace(*in.URL)
		in.URL = &u
	}
	return s.db.UpdateWebhookEndpoint(ctx, orgID, id, models.WebhookEndpointChange{URL: in.URL, Events: in.Events,
		Tags: in.Tags, Headers: in.Headers, APIVersion: in.APIVersion, Enabled: in.Enabled})
}

// Delete removes an endpoint and its deliveries.
func (s *Service) Delete(ctx context.Context, orgID, id string) error {
	return s.db.DeleteWebhookEndpoint(ctx, orgID, id)
}

// RotateSecret gives the endpoint a new secret (returned in clear, once); the old one
// keeps signing beside it for the overlap period.
func (s *Service) RotateSecret(ctx context.Context, orgID, id string) (string, error) {
	secret := newSecret()
	until := s.db.Now().Add(s.opts.RotationOverlap)
	if err := s.db.RotateWebhookSecret(ctx, orgID, id, secret, until); err != nil {
		return "", err
	}
	return secret, nil
}

func (s *Service) validate(ctx context.Context, in EndpointInput) error {
	if in.URL != nil {
		if err := s.guard.checkURL(ctx, *in.URL); err != nil {
			return err
		}
	}
	if in.Events != nil {
		for _, ev := range *in.Events {
			if !slices.Contains(Events, ev) {
				return invalid("events", fmt.Sprintf("The event %q is not one of %s.", ev, strings.Join(Events, ", ")))
			}
		}
	}
	if in.Tags != nil {
		for _, t := range *in.Tags {
			if !carriers.ValidTag(carriers.Tag(t)) {
				return invalid("tags", fmt.Sprintf("The tag %q is not a tracking status tag.", t))
			}
		}
	}
	if in.APIVersion != nil && !slices.Contains(APIVersions, *in.APIVersion) {
		return invalid("api_version", "The value of `api_version` must be one of "+strings.Join(APIVersions, ", ")+".")
	}
	if in.Secret != nil && len(*in.Secret) < 16 {
		return invalid("secret", "`secret` must be at least 16 characters.")
	}
	if in.Headers != nil {
		for k := range *in.Headers {
			if reservedHeader(k) {
				return invalid("headers", fmt.Sprintf("The header %q is set by Waypost.", k))
			}
		}
	}
	return nil
}

func reservedHeader(k string) bool {
	k = strings.ToLower(k)
	return k == "host" || k == "content-type" || k == "content-length" || k == "aftership-hmac-sha256" ||
		k == "waypost-signature" || strings.HasPrefix(k, "waypost-")
}

func invalid(field, reason string) error {
	return &models.ValidationError{Field: field, Code: models.CodeInvalid, Reason: reason}
}

func newSecret() string {
	b := make([]byte, 24)
	rand.Read(b)
	return "whsec_" + hex.EncodeToString(b)
}
