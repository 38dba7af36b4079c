package templates

import (
	"strconv"
	"time"
)

// BrandingForm is the console's tracking page look form.
type BrandingForm struct {
	PublicURL       string // the merchant's tracking page, absolute
	LinkExample     string // a hash link to it, absolute
	DisplayName     string
	CustomColors    bool
	AccentColor     string
	BackgroundColor string
	MessageEN       string
	MessageKO       string
	Links           []BrandLink // padded with empty rows to the maximum
	LogoURL         string
	Saved           bool
	Errors          FieldErrors
}

// EmbedSettings is the console's embed page: snippets and allowed sites.
type EmbedSettings struct {
	PreviewURL     string // same-origin embed, for the live preview
	Snippet        string // iframe for one parcel, plus the resize script
	HashSnippet    string // the same with a tracker.delivery-style hash
	SearchSnippet  string // a search box
	FrameAncestors string // one origin per line
	Saved          bool
	Errors         FieldErrors
}

// ClientCredentialRow is one tracker.delivery client credential.
type ClientCredentialRow struct {
	ID        string
	Name      string
	ClientID  string
	CreatedAt time.Time
	LastUsed  *time.Time
	Revoked   bool
}

// ClientCredentials is the console's tracker.delivery API page.
type ClientCredentials struct {
	Rows      []ClientCredentialRow
	APIBase   string // where clients send requests, absolute
	NewHeader string // the Authorization header of a credential just made, shown once
	Errors    FieldErrors
}

func linkID(kind string, i int) string { return "link_" + kind + "_" + strconv.Itoa(i) }

func linkNumber(i int) string { return strconv.Itoa(i + 1) }
