// Package branding keeps each merchant's look for its public tracking page and
// embed: name, logo, colours, messages, links, and the sites allowed to frame
// the embed.
package branding

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"sync"
	"time"

	"github.com/waypost/waypost/models"
)

// cacheTTL is how long a merchant's page reads its branding from memory; a
// change in the console shows on every instance within it.
const cacheTTL = 30 * time.Second

// Brand is a merchant as its public pages show it.
type Brand struct {
	Handle string // the organization slug, in /m/<handle> and /embed/<handle>
	Name   string // the display name, or the organization's name
	models.Branding
}

// Service reads and changes brandings.
type Service struct {
	db  *models.DB
	now func() time.Time

	mu    sync.Mutex
	cache map[string]cachedBrand
}

type cachedBrand struct {
	b  *Brand
	at time.Time
}

// New returns the service; now may be nil for the wall clock.
func New(db *models.DB, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{db: db, now: now, cache: map[string]cachedBrand{}}
}

// ByHandle finds a merchant by its public handle: models.ErrNotFound when none.
// Values are shared between requests: read only.
func (s *Service) ByHandle(ctx context.Context, handle string) (*Brand, error) {
	s.mu.Lock()
	e, ok := s.cache[handle]
	s.mu.Unlock()
	if ok && s.now().Sub(e.at) < cacheTTL {
		return e.b, nil
	}
	org, br, err := s.db.BrandingBySlug(ctx, handle)
	if err != nil {
		return nil, err
	}
	b := &Brand{Handle: org.Slug, Name: org.Name, Branding: *br}
	if br.DisplayName != "" {
		b.Name = br.DisplayName
	}
	s.mu.Lock()
	if len(s.cache) > 10000 {
		s.cache = map[string]cachedBrand{}
	}
	s.cache[handle] = cachedBrand{b: b, at: s.now()}
	s.mu.Unlock()
	return b, nil
}

// Get returns the organization's branding for the console.
func (s *Service) Get(ctx context.Context, orgID string) (*models.Branding, error) {
	return s.db.BrandingOf(ctx, orgID)
}

// Handle returns the organization's public handle.
func (s *Service) Handle(ctx context.Context, orgID string) (string, error) {
	o, err := s.db.OrganizationByID(ctx, orgID)
	if err != nil {
		return "", err
	}
	return o.Slug, nil
}

// Save validates and stores the organization's branding.
func (s *Service) Save(ctx context.Context, orgID string, in Input) (*models.Branding, error) {
	b, err := in.validate()
	if err != nil {
		return nil, err
	}
	b.OrganizationID = orgID
	if err := s.db.SaveBranding(ctx, b); err != nil {
		return nil, err
	}
	s.forget(orgID)
	return s.db.BrandingOf(ctx, orgID)
}

// MaxLogoBytes bounds an uploaded logo.
const MaxLogoBytes = 256 << 10

// logoTypes are the image types a logo may have. SVG is left out: an SVG opened
// on its own runs scripts in Waypost's origin.
var logoTypes = map[string]bool{"image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true}

// SetLogo replaces the organization's logo; an empty body removes it.
func (s *Service) SetLogo(ctx context.Context, orgID string, body []byte) error {
	if len(body) == 0 {
		err := s.db.SaveBrandingLogo(ctx, orgID, "", "", nil)
		s.forget(orgID)
		return err
	}
	if len(body) > MaxLogoBytes {
		return models.Invalid("logo", models.CodeInvalid, "The logo must be 256 KB or smaller.")
	}
	ct := http.DetectContentType(body)
	if !logoTypes[ct] {
		return models.Invalid("logo", models.CodeInvalid, "Upload a PNG, JPEG, GIF or WebP image.")
	}
	sum := sha256.Sum256(body)
	err := s.db.SaveBrandingLogo(ctx, orgID, ct, hex.EncodeToString(sum[:8]), body)
	s.forget(orgID)
	return err
}

// Logo returns the organization's logo image.
func (s *Service) Logo(ctx context.Context, orgID string) (*models.BrandingLogo, error) {
	return s.db.BrandingLogo(ctx, orgID)
}

func (s *Service) forget(orgID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, e := range s.cache {
		if e.b.OrganizationID == orgID {
			delete(s.cache, k)
		}
	}
}
