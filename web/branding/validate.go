package branding

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/waypost/waypost/models"
)

// Input is a branding as the console submits it.
type Input struct {
	DisplayName     string
	AccentColor     string
	BackgroundColor string
	Messages        map[string]string
	Links           []models.BrandingLink
	// FrameAncestors are origins, one per entry: "https://shop.example",
	// "https://*.shop.example", "http://localhost:3000".
	FrameAncestors []string
}

// Limits of a branding.
const (
	MaxNameLen     = 60
	MaxMessageLen  = 280
	MaxLinks       = 5
	MaxLinkLabel   = 40
	MaxAncestors   = 20
	minInkContrast = 4.5
)

var hexColor = regexp.MustCompile(`^#[0-9a-f]{6}$`)

// hostPattern is a DNS name or IPv4 address, optionally with a leading "*."
// wildcard, as CSP source expressions allow.
var hostPattern = regexp.MustCompile(`^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)

func (in Input) validate() (*models.Branding, error) {
	b := &models.Branding{
		DisplayName:     strings.TrimSpace(in.DisplayName),
		AccentColor:     strings.ToLower(strings.TrimSpace(in.AccentColor)),
		BackgroundColor: strings.ToLower(strings.TrimSpace(in.BackgroundColor)),
		Messages:        map[string]string{},
		Links:           []models.BrandingLink{},
		FrameAncestors:  []string{},
	}
	if utf8.RuneCountInString(b.DisplayName) > MaxNameLen {
		return nil, models.Invalid("display_name", models.CodeInvalid, fmt.Sprintf("Use at most %d characters.", MaxNameLen))
	}
	if err := validColors(b); err != nil {
		return nil, err
	}
	for lang, m := range in.Messages {
		m = strings.TrimSpace(m)
		if utf8.RuneCountInString(m) > MaxMessageLen {
			return nil, models.Invalid("message_"+lang, models.CodeInvalid, fmt.Sprintf("Use at most %d characters.", MaxMessageLen))
		}
		if m != "" {
			b.Messages[lang] = m
		}
	}
	links, err := validLinks(in.Links)
	if err != nil {
		return nil, err
	}
	b.Links = links
	for _, a := range in.FrameAncestors {
		if strings.TrimSpace(a) == "" {
			continue
		}
		origin, err := FrameAncestor(a)
		if err != nil {
			return nil, err
		}
		b.FrameAncestors = append(b.FrameAncestors, origin)
	}
	if len(b.FrameAncestors) > MaxAncestors {
		return nil, models.Invalid("frame_ancestors", models.CodeInvalid, fmt.Sprintf("List at most %d sites.", MaxAncestors))
	}
	return b, nil
}

func validColors(b *models.Branding) error {
	for field, c := range map[string]string{"accent_color": b.AccentColor, "background_color": b.BackgroundColor} {
		if c != "" && !hexColor.MatchString(c) {
			return models.Invalid(field, models.CodeInvalid, "Use a colour like #3b4bd8.")
		}
	}
	if b.BackgroundColor != "" && Contrast(b.BackgroundColor, InkColor) < minInkContrast {
		return models.Invalid("background_color", models.CodeInvalid,
			"Text would be hard to read on this background: pick a lighter colour.")
	}
	return nil
}

func validLinks(links []models.BrandingLink) ([]models.BrandingLink, error) {
	out := []models.BrandingLink{}
	for _, l := range links {
		l.Label, l.URL = strings.TrimSpace(l.Label), strings.TrimSpace(l.URL)
		if l.Label == "" && l.URL == "" {
			continue
		}
		u, err := url.Parse(l.URL)
		if l.Label == "" || utf8.RuneCountInString(l.Label) > MaxLinkLabel {
			return nil, models.Invalid("links", models.CodeInvalid, fmt.Sprintf("Give every link a label of at most %d characters.", MaxLinkLabel))
		}
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, models.Invalid("links", models.CodeInvalid, "Links must be full web addresses starting with https://.")
		}
		out = append(out, l)
	}
	if len(out) > MaxLinks {
		return nil, models.Invalid("links", models.CodeInvalid, fmt.Sprintf("Add at most %d links.", MaxLinks))
	}
	return out, nil
}

// FrameAncestor turns a site address into the origin a CSP frame-ancestors
// list accepts, refusing anything that is not a plain origin: the result is
// written into a response header.
func FrameAncestor(s string) (string, error) {
	bad := models.Invalid("frame_ancestors", models.CodeInvalid,
		fmt.Sprintf("%q is not a site address like https://shop.example.", s))
	s = strings.TrimSpace(strings.ToLower(s))
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", bad
	}
	host, port := u.Hostname(), u.Port()
	if ip := net.ParseIP(host); ip == nil && !hostPattern.MatchString(host) || strings.Contains(host, ":") {
		return "", bad
	}
	origin := u.Scheme + "://" + host
	if port != "" {
		origin += ":" + port
	}
	return origin, nil
}

// InputOf is a stored branding as an Input, to change one part of it.
func InputOf(b *models.Branding) Input {
	return Input{DisplayName: b.DisplayName, AccentColor: b.AccentColor, BackgroundColor: b.BackgroundColor,
		Messages: b.Messages, Links: b.Links, FrameAncestors: b.FrameAncestors}
}
