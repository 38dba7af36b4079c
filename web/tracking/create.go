package tracking

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/polling"
)

// CreateInput is a new tracking. Everything but TrackingNumber is optional; Slug
// is detected when empty.
type CreateInput struct {
	models.Tracking
	SlugHints []string
	Dates     DateStyle
}

var numberPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 \-_./]*$`)

// CodeNumberFormat marks a tracking number with characters no carrier uses, as
// opposed to one of the wrong length (models.CodeInvalidNumber).
const CodeNumberFormat = "invalid_number_format"

// NormalizeNumber trims a tracking number and removes inner spaces, the way
// carriers print numbers in groups.
func NormalizeNumber(n string) string {
	return strings.ReplaceAll(strings.TrimSpace(n), " ", "")
}

// ValidateNumber checks a tracking number's shape.
func ValidateNumber(n string) error {
	switch {
	case n == "":
		return models.Invalid("tracking_number", models.CodeRequired, "tracking_number is required")
	case len(n) < 4 || len(n) > 100:
		return models.Invalid("tracking_number", models.CodeInvalidNumber, "tracking_number must be 4 to 100 characters")
	case !numberPattern.MatchString(n):
		return models.Invalid("tracking_number", CodeNumberFormat, "tracking_number may contain only letters, digits, and - _ . /")
	}
	return nil
}

// ExistsError reports that the organization already tracks the number at the
// courier; Existing is that tracking. It unwraps to a ValidationError.
type ExistsError struct {
	Existing *models.Tracking
}

func (e *ExistsError) Error() string { return e.Unwrap().Error() }

// Unwrap gives the error its validation meaning.
func (e *ExistsError) Unwrap() error {
	return &models.ValidationError{Field: "tracking_number", Code: models.CodeAlreadyExists,
		Reason: fmt.Sprintf("Tracking already exists: %s %s.", e.Existing.Slug, e.Existing.TrackingNumber)}
}

// Create validates and stores a tracking, shares or creates its parcel and
// schedules the first poll.
func (s *Service) Create(ctx context.Context, orgID string, in CreateInput) (*models.Tracking, error) {
	t, err := s.prepareCreate(ctx, orgID, in)
	if err != nil {
		return nil, err
	}
	now := s.now().UTC()
	err = s.db.Tx(ctx, func(tx *models.DB) error {
		p, err := tx.EnsureParcel(ctx, &models.Parcel{
			Slug: t.Slug, TrackingNumber: t.TrackingNumber, Fields: parcelFields(&t),
			Tag: string(carriers.TagPending), Subtag: "Pending_001", Active: true, NextPollAt: &now,
		})
		if err != nil {
			return err
		}
		if err := polling.Follow(ctx, tx, p, now); err != nil {
			return err
		}
		m, err := tx.ParcelMilestones(ctx, p.ID)
		if err != nil {
			return err
		}
		t.ParcelID, t.OrganizationID = p.ID, orgID
		t.Tag, t.Subtag, t.Active, t.LastUpdatedAt = p.Tag, p.Subtag, p.Active, now
		t.PickedUpAt, t.DeliveredAt, t.TransitTime = m.PickedUpAt, m.DeliveredAt, m.TransitDays()
		if err := tx.CreateTracking(ctx, &t); err != nil {
			return err
		}
		// A parcel other merchants already follow takes the additional fields of
		// the newest tracking that names some, as an update would.
		if len(parcelFields(&t)) == 0 {
			return nil
		}
		_, err = s.renewRequest(ctx, tx, &t)
		return err
	})
	if errors.Is(err, models.ErrConflict) {
		return nil, s.existsError(ctx, orgID, t)
	}
	if err != nil {
		return nil, err
	}
	s.enqueue(ctx, t.ParcelID)
	return s.db.TrackingByID(ctx, orgID, t.ID)
}

// prepareCreate validates the input and fills what the merchant left out.
func (s *Service) prepareCreate(ctx context.Context, orgID string, in CreateInput) (models.Tracking, error) {
	t := in.Tracking
	t.TrackingNumber = NormalizeNumber(t.TrackingNumber)
	if err := ValidateNumber(t.TrackingNumber); err != nil {
		return t, err
	}
	if err := validateTracking(&t, in.Dates); err != nil {
		return t, asRequiredField(t.Slug, err)
	}
	if err := s.checkConnection(ctx, orgID, t.CourierConnectionID); err != nil {
		return t, err
	}
	slug, err := s.resolveSlug(t, in.SlugHints)
	if err != nil {
		return t, err
	}
	t.Slug = slug
	if err := checkRequiredFields(t); err != nil {
		return t, err
	}
	syncContacts(&t)
	if t.Title == "" {
		t.Title = t.TrackingNumber
	}
	if t.Source == "" {
		t.Source = "api"
	}
	return t, nil
}

func (s *Service) existsError(ctx context.Context, orgID string, t models.Tracking) error {
	existing, err := s.db.TrackingBySlugNumber(ctx, orgID, t.Slug, t.TrackingNumber)
	if err != nil {
		existing = &t
	}
	return &ExistsError{Existing: existing}
}

func (s *Service) resolveSlug(t models.Tracking, hints []string) (string, error) {
	if t.Slug != "" {
		c, ok := carriers.Lookup(t.Slug)
		if !ok {
			return "", models.Invalid("slug", models.CodeInvalidSlug, fmt.Sprintf("unknown courier slug %q", t.Slug))
		}
		return c.Slug, nil
	}
	for _, hint := range hints {
		if _, ok := carriers.Lookup(hint); !ok {
			return "", models.Invalid("slug", models.CodeInvalidSlug, fmt.Sprintf("unknown courier slug %q", hint))
		}
	}
	h := DetectHints{Slugs: hints}
	if t.SlugGroup != nil {
		h.SlugGroup = *t.SlugGroup
	}
	if t.OriginCountryISO3 != nil {
		h.OriginCountryISO3 = *t.OriginCountryISO3
	}
	if t.DestinationCountryISO3 != nil {
		h.DestinationCountryISO3 = *t.DestinationCountryISO3
	}
	found := s.detect(t.TrackingNumber, h)
	if len(found) == 0 && h.SlugGroup != "" {
		return "", models.Invalid("slug_group", models.CodeUndetectable, "the courier cannot be detected from this tracking number in slug_group "+h.SlugGroup+"; pass slug")
	}
	if len(found) == 0 {
		return "", models.Invalid("slug", models.CodeUndetectable, "the courier cannot be detected from this tracking number; pass slug")
	}
	return found[0], nil
}

// checkRequiredFields enforces the courier's additional tracking fields.
func checkRequiredFields(t models.Tracking) error {
	c, _ := carriers.Lookup(t.Slug)
	have := parcelFields(&t)
	var missing []string
	for _, f := range c.RequiredFields {
		if have[f] == "" {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		return models.Invalid(strings.Join(missing, ","), models.CodeMissingFields,
			"missing or invalid required fields for "+c.Slug+": "+strings.Join(missing, ", "))
	}
	return nil
}

// parcelFields collects the additional fields a carrier may need to track.
func parcelFields(t *models.Tracking) map[string]string {
	out := map[string]string{}
	set := func(k string, v *string) {
		if v != nil && *v != "" {
			out[k] = *v
		}
	}
	set("tracking_account_number", t.TrackingAccountNumber)
	set("tracking_key", t.TrackingKey)
	if t.TrackingShipDate != nil {
		set("tracking_ship_date", new(carrierShipDate(*t.TrackingShipDate)))
	}
	set("tracking_postal_code", firstNonEmpty(t.TrackingPostalCode, t.DestinationPostalCode))
	set("tracking_origin_country", firstNonEmpty(t.TrackingOriginCountry, t.OriginCountryISO3))
	set("tracking_destination_country", firstNonEmpty(t.TrackingDestinationCountry, t.DestinationCountryISO3))
	set("tracking_state", firstNonEmpty(t.TrackingState, t.DestinationState))
	return out
}

func firstNonEmpty(vs ...*string) *string {
	for _, v := range vs {
		if v != nil && *v != "" {
			return v
		}
	}
	return nil
}
