package tracking

import (
	"context"
	"slices"
	"strings"

	"github.com/waypost/waypost/models"
)

// Contacts are the email addresses and phone numbers notified about a tracking.
type Contacts struct {
	Emails []string
	Smses  []string
}

// AddContacts adds email addresses and phone numbers to notify, keeping each once.
func (s *Service) AddContacts(ctx context.Context, orgID, id string, add Contacts) (*models.Tracking, error) {
	return s.changeContacts(ctx, orgID, id, add, func(have, more []string) []string {
		for _, v := range more {
			if !slices.ContainsFunc(have, func(h string) bool { return strings.EqualFold(h, v) }) {
				have = append(have, v)
			}
		}
		return have
	})
}

// RemoveContacts stops notifying the given email addresses and phone numbers.
func (s *Service) RemoveContacts(ctx context.Context, orgID, id string, remove Contacts) (*models.Tracking, error) {
	return s.changeContacts(ctx, orgID, id, remove, func(have, less []string) []string {
		return slices.DeleteFunc(have, func(h string) bool {
			return slices.ContainsFunc(less, func(v string) bool { return strings.EqualFold(h, v) })
		})
	})
}

func (s *Service) changeContacts(ctx context.Context, orgID, id string, in Contacts, merge func(have, in []string) []string) (*models.Tracking, error) {
	in.Smses = trimAll(in.Smses)
	for i := range in.Smses {
		in.Smses[i] = normalizePhone(in.Smses[i])
	}
	if err := validateContactFormats(trimAll(in.Emails), in.Smses); err != nil {
		return nil, err
	}
	t, err := s.db.TrackingByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	emails := merge(slices.Clone(t.Emails), trimAll(in.Emails))
	smses := merge(slices.Clone(t.Smses), in.Smses)
	if err := validateContacts(emails, smses); err != nil {
		return nil, err
	}
	return s.Update(ctx, orgID, id, UpdateInput{
		Values: models.Tracking{Emails: emails, Smses: smses},
		Fields: []string{"emails", "smses"},
	})
}

func trimAll(vs []string) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
