package models

import "context"

// CreatePickup stores a pickup and the labels it collects.
func (db *DB) CreatePickup(ctx context.Context, p *Pickup) error {
	if err := createRecord(ctx, db, &p.ID, p, "pickup"); err != nil {
		return err
	}
	for _, id := range p.LabelIDs {
		if err := db.q(ctx).Create(&pickupLabel{PickupID: p.ID, LabelID: id}).Error; err != nil {
			return wrap(err, "link pickup label")
		}
	}
	return nil
}

// PickupByID reads one of the organization's pickups with its label ids.
func (db *DB) PickupByID(ctx context.Context, orgID, id string) (*Pickup, error) {
	p, err := oneShipping[Pickup](ctx, db, orgID, id, "pickup")
	if err != nil {
		return nil, err
	}
	p.LabelIDs, err = linkedLabels[pickupLabel](ctx, db, "pickup_id", p.ID)
	return p, err
}

// ListPickups lists the organization's pickups with their label ids, newest first.
func (db *DB) ListPickups(ctx context.Context, orgID string, f ShippingFilter) ([]Pickup, int64, error) {
	list, total, err := listShipping[Pickup](ctx, db, orgID, f, "pickups")
	for i := range list {
		if err != nil {
			break
		}
		list[i].LabelIDs, err = linkedLabels[pickupLabel](ctx, db, "pickup_id", list[i].ID)
	}
	return list, total, err
}

// UpdatePickup changes columns of a pickup.
func (db *DB) UpdatePickup(ctx context.Context, orgID, id string, cols map[string]any) error {
	return updateShipping[Pickup](ctx, db, orgID, id, cols, "pickup")
}

// CreateManifest stores a manifest and claims its labels; a label already on a
// manifest is ErrConflict.
func (db *DB) CreateManifest(ctx context.Context, m *Manifest) error {
	if err := createRecord(ctx, db, &m.ID, m, "manifest"); err != nil {
		return err
	}
	for _, id := range m.LabelIDs {
		if err := db.q(ctx).Create(&manifestLabel{ManifestID: m.ID, LabelID: id}).Error; err != nil {
			return wrap(err, "link manifest label")
		}
	}
	return nil
}

// ManifestByID reads one of the organization's manifests with its label ids.
func (db *DB) ManifestByID(ctx context.Context, orgID, id string) (*Manifest, error) {
	m, err := oneShipping[Manifest](ctx, db, orgID, id, "manifest")
	if err != nil {
		return nil, err
	}
	m.LabelIDs, err = linkedLabels[manifestLabel](ctx, db, "manifest_id", m.ID)
	return m, err
}

// ListManifests lists the organization's manifests with their label ids, newest first.
func (db *DB) ListManifests(ctx context.Context, orgID string, f ShippingFilter) ([]Manifest, int64, error) {
	list, total, err := listShipping[Manifest](ctx, db, orgID, f, "manifests")
	for i := range list {
		if err != nil {
			break
		}
		list[i].LabelIDs, err = linkedLabels[manifestLabel](ctx, db, "manifest_id", list[i].ID)
	}
	return list, total, err
}

// UpdateManifest changes columns of a manifest.
func (db *DB) UpdateManifest(ctx context.Context, orgID, id string, cols map[string]any) error {
	return updateShipping[Manifest](ctx, db, orgID, id, cols, "manifest")
}

// SetManifestLabelsStatus sets the status of every label on a manifest.
func (db *DB) SetManifestLabelsStatus(ctx context.Context, orgID, manifestID, status string) error {
	return db.UpdateManifestLabels(ctx, orgID, manifestID, map[string]any{"status": status})
}

// UpdateManifestLabels changes columns of every label on a manifest.
func (db *DB) UpdateManifestLabels(ctx context.Context, orgID, manifestID string, cols map[string]any) error {
	cols["updated_at"] = db.now()
	err := db.q(ctx).Model(&Label{}).
		Where("organization_id = ? AND id IN (SELECT label_id FROM manifest_labels WHERE manifest_id = ?)", orgID, manifestID).
		Updates(cols).Error
	return wrap(err, "update manifest labels")
}

// ReleaseManifestLabels frees the labels of a failed manifest for the next one.
func (db *DB) ReleaseManifestLabels(ctx context.Context, manifestID string) error {
	return wrap(db.q(ctx).Where("manifest_id = ?", manifestID).Delete(&manifestLabel{}).Error, "release manifest labels")
}

func linkedLabels[T any](ctx context.Context, db *DB, column, id string) ([]string, error) {
	var ids []string
	err := db.q(ctx).Model(new(T)).Where(column+" = ?", id).Order("label_id").Pluck("label_id", &ids).Error
	if ids == nil {
		ids = []string{}
	}
	return ids, wrap(err, "linked labels")
}
