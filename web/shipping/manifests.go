package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
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

// CreateManifest manifests every open label (created, neither cancelled nor on a
// manifest) of the account: the carrier closes the day, Waypost draws the manifest
// document and the labels become manifested. An account without open labels is a
// FieldErrors; a carrier refusal is a *CarrierError, the manifest failed and its
// labels open again for the next one.
func (s *Service) CreateManifest(ctx context.Context, orgID, shipperAccountID, idempotencyKey string) (*Manifest, error) {
	acct, err := s.usableAccount(ctx, orgID, shipperAccountID, "shipper_account.id")
	if err != nil {
		return nil, err
	}
	row := &models.Manifest{ID: models.NewID(), OrganizationID: orgID, Status: ManifestManifesting,
		ShipperAccountID: acct.ID, Slug: acct.Slug, AccountDescription: acct.Description}
	var labels []models.Label
	id, fresh, err := s.once(ctx, orgID, opManifest, idempotencyKey, shipperAccountID, row.ID, func(tx *models.DB) error {
		open, err := tx.OpenLabels(ctx, orgID, acct.ID)
		if err != nil {
			return err
		}
		if len(open) == 0 {
			return FieldErrors{{Path: "shipper_account.id", Code: CodeInvalid, Message: "the shipper account has no open label to manifest"}}
		}
		labels = open
		for _, l := range open {
			row.LabelIDs = append(row.LabelIDs, l.ID)
		}
		if err := tx.CreateManifest(ctx, row); err != nil {
			return err
		}
		return tx.SetManifestLabelsStatus(ctx, orgID, row.ID, LabelManifesting)
	})
	if err != nil {
		return nil, err
	}
	if !fresh {
		return s.Manifest(ctx, orgID, id)
	}
	if err := s.closeDay(ctx, orgID, acct, row, labels); err != nil {
		s.release(ctx, orgID, opManifest, idempotencyKey)
		s.failManifest(ctx, orgID, row.ID, err)
		m, rerr := s.Manifest(ctx, orgID, row.ID)
		if rerr != nil {
			return nil, err
		}
		return m, err
	}
	return s.Manifest(ctx, orgID, row.ID)
}

// failManifest records why a manifest failed and gives its labels back.
func (s *Service) failManifest(ctx context.Context, orgID, id string, cause error) {
	err := s.db.Tx(ctx, func(tx *models.DB) error {
		if err := tx.SetManifestLabelsStatus(ctx, orgID, id, LabelCreated); err != nil {
			return err
		}
		if err := tx.ReleaseManifestLabels(ctx, id); err != nil {
			return err
		}
		return tx.UpdateManifest(ctx, orgID, id, map[string]any{"status": ManifestFailed, "error_message": rateMessage(cause)})
	})
	if err != nil {
		s.log.Error("fail manifest", "manifest", id, "err", err)
	}
}

// ListManifests lists an organization's manifests, newest first.
func (s *Service) ListManifests(ctx context.Context, orgID string, f ListFilter) (Page[Manifest], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Status: f.Status,
		ShipperAccountID: f.ShipperAccountID, CreatedFrom: f.CreatedFrom, CreatedTo: f.CreatedTo},
		func(sf models.ShippingFilter) ([]models.Manifest, int64, error) {
			return s.db.ListManifests(ctx, orgID, sf)
		},
		s.manifestOf, func(m Manifest) (time.Time, string) { return m.CreatedAt, m.ID })
}

// Manifest reads one manifest.
func (s *Service) Manifest(ctx context.Context, orgID, id string) (*Manifest, error) {
	row, err := s.db.ManifestByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return s.manifestOf(row)
}

func (s *Service) manifestOf(r *models.Manifest) (*Manifest, error) {
	ids := r.LabelIDs
	if ids == nil {
		ids = []string{}
	}
	return &Manifest{ID: r.ID, Status: r.Status, LabelIDs: ids, File: s.fileRef(r.File, "pdf", "A4"),
		ShipperAccount: AccountRef{ID: r.ShipperAccountID, Slug: r.Slug, Description: r.AccountDescription},
		ErrorMessage:   r.ErrorMessage, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}, nil
}
