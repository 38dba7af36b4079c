package shipping

import (
	"context"
	"errors"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// TrackingTracker is the Tracker backed by the tracking service: a label's number
// becomes a tracking of the organization (source "shipping"), or reuses the one the
// organization already has for it.
type TrackingTracker struct {
	Tracking *tracking.Service
}

// TrackLabel creates the tracking of a label's number and returns its id.
func (t TrackingTracker) TrackLabel(ctx context.Context, orgID, slug, number, labelID string, meta TrackMeta) (string, error) {
	tr := models.Tracking{Slug: slug, TrackingNumber: number, Source: "shipping", Title: meta.Title,
		Emails: meta.Emails, Smses: meta.Phones}
	tr.OrderID = optional(meta.OrderID)
	tr.OrderNumber = optional(meta.OrderNumber)
	tr.CustomerName = optional(meta.CustomerName)
	tr.OriginCountryISO3 = optional(meta.OriginCountry)
	tr.DestinationCountryISO3 = optional(meta.DestinationCountry)
	tr.DestinationPostalCode = optional(meta.DestinationPostal)
	tr.CustomFields = map[string]string{"label_id": labelID}
	created, err := t.Tracking.Create(ctx, orgID, tracking.CreateInput{Tracking: tr})
	var invalid *models.ValidationError
	if errors.As(err, &invalid) && !errors.As(err, new(*tracking.ExistsError)) {
		// A contact the tracking refuses (an odd phone number) must not lose the
		// tracking of a bought label: track it without contacts.
		tr.Emails, tr.Smses, tr.CustomerName = nil, nil, nil
		created, err = t.Tracking.Create(ctx, orgID, tracking.CreateInput{Tracking: tr})
	}
	var exists *tracking.ExistsError
	if errors.As(err, &exists) {
		return exists.Existing.ID, nil
	}
	if err != nil {
		return "", err
	}
	return created.ID, nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
