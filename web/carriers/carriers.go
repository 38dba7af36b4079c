// Package carriers holds the carrier-neutral types every carrier adapter speaks,
// and the registry that picks an adapter for a courier slug.
//
// Adapters import neither models nor GORM: they turn (courier, number, extra fields)
// into Checkpoints and nothing else.
package carriers

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Tag is an AfterShip delivery status, the canonical status model of Waypost.
type Tag string

// The nine AfterShip tags.
const (
	TagPending            Tag = "Pending"
	TagInfoReceived       Tag = "InfoReceived"
	TagInTransit          Tag = "InTransit"
	TagOutForDelivery     Tag = "OutForDelivery"
	TagAttemptFail        Tag = "AttemptFail"
	TagDelivered          Tag = "Delivered"
	TagAvailableForPickup Tag = "AvailableForPickup"
	TagException          Tag = "Exception"
	TagExpired            Tag = "Expired"
)

// Request asks a carrier for the events of one parcel.
type Request struct {
	Slug           string
	TrackingNumber string
	// Fields are the AfterShip "additional tracking fields" some carriers need:
	// tracking_postal_code, tracking_ship_date, tracking_account_number, tracking_key,
	// tracking_origin_country, tracking_destination_country, tracking_state.
	Fields map[string]string
	// Credentials for the carrier's API, from the organization's courier connection
	// or the server's environment; empty when none are configured.
	Credentials map[string]string
	// Lang is the preferred language of event texts (ISO 639-1), when the carrier offers several.
	Lang string
	// RegisteredAt is when Waypost first saw the parcel. The sandbox unfolds its
	// scenario from this instant; live adapters ignore it.
	RegisteredAt time.Time
}

// Checkpoint is one carrier event, normalised.
type Checkpoint struct {
	// Time carries the offset of the place the event happened (or the carrier's home zone).
	Time        time.Time
	Message     string
	Location    string
	City        string
	State       string
	Zip         string
	CountryISO3 string
	CountryName string
	// RawStatus is the carrier's own status text, RawCode its status code (raw_tag).
	RawStatus string
	RawCode   string
	Tag       Tag
	Subtag    string
	// Coordinates is [lat, lng] when the carrier gives them.
	Coordinates []float64
}

// Result is everything a carrier said about a parcel in one poll.
type Result struct {
	Checkpoints []Checkpoint
	// Optional shipment facts, empty when the carrier does not report them.
	SignedBy               string
	EstimatedDelivery      *time.Time
	OriginCountryISO3      string
	DestinationCountryISO3 string
	ShipmentType           string
	ShipmentWeight         *float64
	ShipmentWeightUnit     string
	PackageCount           int
	// Sandbox is true when the data came from the simulator, not the carrier.
	Sandbox bool
}

// Tracker fetches tracking events from one carrier.
type Tracker interface {
	Track(ctx context.Context, req Request) (*Result, error)
}

// TrackerFunc adapts a function to Tracker.
type TrackerFunc func(ctx context.Context, req Request) (*Result, error)

// Track calls f.
func (f TrackerFunc) Track(ctx context.Context, req Request) (*Result, error) { return f(ctx, req) }

// ErrorKind classifies carrier failures so the scheduler knows whether to retry.
type ErrorKind int

// The kinds of carrier failure.
const (
	// KindUnavailable: the carrier is down or answered garbage; retry later.
	KindUnavailable ErrorKind = iota + 1
	// KindRateLimited: the carrier asked us to slow down; honour RetryAfter.
	KindRateLimited
	// KindNotFound: the carrier does not know the number (yet); keep polling slowly.
	KindNotFound
	// KindInvalidNumber: the number cannot exist at this carrier; final.
	KindInvalidNumber
	// KindNotConfigured: no credentials and no sandbox; final until configured.
	KindNotConfigured
	// KindAuth: the credentials were refused; final until they change.
	KindAuth
	// KindFormat: the carrier's response no longer parses; retry, and alert.
	KindFormat
)

func (k ErrorKind) String() string {
	switch k {
	case KindUnavailable:
		return "unavailable"
	case KindRateLimited:
		return "rate_limited"
	case KindNotFound:
		return "not_found"
	case KindInvalidNumber:
		return "invalid_number"
	case KindNotConfigured:
		return "not_configured"
	case KindAuth:
		return "auth"
	case KindFormat:
		return "format"
	}
	return "unknown"
}

// Retryable reports whether a later poll may succeed without anything changing.
func (k ErrorKind) Retryable() bool {
	return k == KindUnavailable || k == KindRateLimited || k == KindNotFound || k == KindFormat
}

// Error is a classified carrier failure.
type Error struct {
	Kind       ErrorKind
	Slug       string
	RetryAfter time.Duration
	Err        error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("carrier %s: %s: %v", e.Slug, e.Kind, e.Err)
	}
	return fmt.Sprintf("carrier %s: %s", e.Slug, e.Kind)
}

func (e *Error) Unwrap() error { return e.Err }

// NewError builds a classified error.
func NewError(kind ErrorKind, slug string, err error) *Error {
	return &Error{Kind: kind, Slug: slug, Err: err}
}

// KindOf returns the kind of a carrier error, or KindUnavailable for any other error.
func KindOf(err error) ErrorKind {
	var ce *Error
	if errors.As(err, &ce) {
		return ce.Kind
	}
	return KindUnavailable
}
