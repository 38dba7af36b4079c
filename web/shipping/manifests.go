package shipping

import (
	"context"
	"time"
)

// Manifest statuses.
const (
	ManifestManifesting = "manifesting"
	ManifestManifested  = "manifested"
	ManifestFailed      = "failed"
)

// Manifest closes the day for the open labels of one account.
type Manifest struct {
	ID             string
	Status         string
	ShipperAccount AccountRef
	LabelIDs       []string
	File           *FileRef
	ErrorMessage   string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// CreateManifest manifests every open label (created, neither cancelled nor manifested)
// of the account.
func (s *Service) CreateManifest(ctx context.Context, orgID, shipperAccountID, idempotencyKey string) (*Manifest, error) {
	return nil, errNotImplemented
}

// ListManifests lists an organization's manifests, newest first.
func (s *Service) ListManifests(ctx context.Context, orgID string, f ListFilter) (Page[Manifest], error) {
	return Page[Manifest]{}, errNotImplemented
}

// Manifest reads one manifest.
func (s *Service) Manifest(ctx context.Context, orgID, id string) (*Manifest, error) {
	return nil, errNotImplemented
}
