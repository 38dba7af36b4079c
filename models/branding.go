package models

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm/clause"
)

// Branding is a merchant's look for its public tracking page and embed. The zero
// value (no row yet) is Waypost's own look.
type Branding struct {
	OrganizationID  string `gorm:"primaryKey"`
	DisplayName     string
	AccentColor     string // "#RRGGBB" or ""
	BackgroundColor string // "#RRGGBB" or ""
	// Messages is a note to shoppers per language ("en", "ko").
	Messages map[string]string `gorm:"serializer:json"`
	Links    []BrandingLink    `gorm:"serializer:json"`
	// FrameAncestors are the origins allowed to embed the page in an iframe.
	FrameAncestors []string `gorm:"serializer:json"`
	LogoType       string   // content type of the uploaded logo, "" for none
	LogoHash       string   // changes with the logo, so its URL can be cached forever
	UpdatedAt      time.Time
}

// BrandingLink is a merchant's link shown on its tracking page.
type BrandingLink struct {
	Label string `json:"label"`
	URL   string `json:"url"`
}

// BrandingLogo is the uploaded logo image.
type BrandingLogo struct {
	OrganizationID string `gorm:"primaryKey"`
	Body           []byte
	UpdatedAt      time.Time
}

var brandingColumns = []string{"display_name", "accent_color", "background_color", "messages",
	"links", "frame_ancestors", "updated_at"}

// BrandingOf returns the organization's branding, or an empty one.
func (db *DB) BrandingOf(ctx context.Context, orgID string) (*Branding, error) {
	var b Branding
	err := db.q(ctx).Where("organization_id = ?", orgID).Take(&b).Error
	if err = wrap(err, "branding"); errors.Is(err, ErrNotFound) {
		return &Branding{OrganizationID: orgID}, nil
	}
	return &b, err
}

// BrandingBySlug finds an organization by its public handle, with its branding.
func (db *DB) BrandingBySlug(ctx context.Context, slug string) (*Organization, *Branding, error) {
	var o Organization
	if err := db.q(ctx).Where("slug = ?", slug).Take(&o).Error; err != nil {
		return nil, nil, wrap(err, "organization")
	}
	b, err := db.BrandingOf(ctx, o.ID)
	return &o, b, err
}

// SaveBranding stores the organization's branding, leaving its logo as it is.
func (db *DB) SaveBranding(ctx context.Context, b *Branding) error {
	b.UpdatedAt = db.now()
	return wrap(db.q(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "organization_id"}},
		DoUpdates: clause.AssignmentColumns(brandingColumns),
	}).Create(b).Error, "save branding")
}

// SaveBrandingLogo replaces the organization's logo; a nil body removes it.
func (db *DB) SaveBrandingLogo(ctx context.Context, orgID, contentType, hash string, body []byte) error {
	return db.Tx(ctx, func(tx *DB) error {
		if _, err := tx.ensureBranding(ctx, orgID); err != nil {
			return err
		}
		err := tx.q(ctx).Where("organization_id = ?", orgID).Delete(&BrandingLogo{}).Error
		if err != nil {
			return wrap(err, "delete logo")
		}
		if body != nil {
			logo := &BrandingLogo{OrganizationID: orgID, Body: body, UpdatedAt: tx.now()}
			if err := tx.q(ctx).Create(logo).Error; err != nil {
				return wrap(err, "save logo")
			}
		}
		return wrap(tx.q(ctx).Model(&Branding{}).Where("organization_id = ?", orgID).
			Updates(map[string]any{"logo_type": contentType, "logo_hash": hash, "updated_at": tx.now()}).Error, "save logo")
	})
}

func (db *DB) ensureBranding(ctx context.Context, orgID string) (*Branding, error) {
	b := &Branding{OrganizationID: orgID, Messages: map[string]string{}, Links: []BrandingLink{},
		FrameAncestors: []string{}, UpdatedAt: db.now()}
	err := db.q(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(b).Error
	return b, wrap(err, "create branding")
}

// BrandingLogo returns the organization's logo.
func (db *DB) BrandingLogo(ctx context.Context, orgID string) (*BrandingLogo, error) {
	var l BrandingLogo
	err := db.q(ctx).Where("organization_id = ?", orgID).Take(&l).Error
	return &l, wrap(err, "logo")
}
