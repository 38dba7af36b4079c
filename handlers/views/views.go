// Package views converts storage rows into the view models templates render,
// for the console and the public page alike.
package views

import (
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
)

// Courier describes a carrier for a page.
func Courier(slug string) templates.Courier {
	c, ok := carriers.Lookup(slug)
	if !ok {
		return templates.Courier{Slug: slug, Name: slug}
	}
	return templates.Courier{Slug: c.Slug, TrackerID: c.TrackerID, Name: c.Name, Phone: c.Phone, WebURL: c.WebURL}
}

// TagLabel is the human name of a tag.
func TagLabel(tag string) string { return carriers.TagMessage(carriers.Tag(tag)) }

// Shipment builds the carrier-side view of a parcel. tag/subtag may differ from the
// parcel's when a merchant completed the tracking by hand.
func Shipment(p *models.Parcel, tag, subtag string, cps []models.Checkpoint) templates.Shipment {
	s := templates.Shipment{
		Courier:       Courier(p.Slug),
		Number:        p.TrackingNumber,
		Tag:           tag,
		TagLabel:      TagLabel(tag),
		SubtagMessage: carriers.SubtagMessage(subtag),
		Progress:      carriers.ProgressIndex(carriers.Tag(tag)) + 1,
		ProgressTone:  tone(tag),
		Expected:      p.ExpectedDelivery,
		SignedBy:      p.SignedBy,
		LastChecked:   p.LastPolledAt,
		NextCheck:     p.NextPollAt,
		Sandbox:       p.Sandbox,
	}
	for i := range cps {
		s.Checkpoints = append(s.Checkpoints, Checkpoint(&cps[i]))
	}
	return s
}

// Checkpoint is one timeline entry.
func Checkpoint(c *models.Checkpoint) templates.CheckpointView {
	return templates.CheckpointView{
		Time: c.LocalTime(), Message: c.Message, Location: location(c),
		Tag: c.Tag, TagLabel: TagLabel(c.Tag), RawStatus: c.RawStatus,
	}
}

func location(c *models.Checkpoint) string {
	if c.Location != "" {
		return c.Location
	}
	parts := []string{}
	for _, p := range []string{c.City, c.State, c.CountryName} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += ", "
		}
		out += p
	}
	return out
}

func tone(tag string) string {
	switch carriers.Tag(tag) {
	case carriers.TagDelivered:
		return "ok"
	case carriers.TagException, carriers.TagAttemptFail, carriers.TagExpired:
		return "bad"
	}
	return ""
}
