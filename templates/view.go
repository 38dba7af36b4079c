// Package templates holds Waypost's templ components and the view models they
// render. Components receive everything they show; they never call services.
package templates

import "time"

// Nav is the console chrome's state.
type Nav struct {
	Active  string
	OrgName string
	Email   string
}

// FieldErrors maps form field names to the message shown under them.
type FieldErrors map[string]string

// CourierOption is one choice in a courier select.
type CourierOption struct {
	Slug string
	Name string
}

// CheckpointView is one event of a timeline.
type CheckpointView struct {
	Time      time.Time
	Message   string
	Location  string
	Tag       string
	TagLabel  string
	RawStatus string
}

// Courier is what a page shows of a carrier.
type Courier struct {
	Slug      string
	TrackerID string
	Name      string
	Phone     string
	WebURL    string
}

// Shipment is the carrier-side view of a parcel, safe for the public page.
type Shipment struct {
	Courier       Courier
	Number        string
	Tag           string
	TagLabel      string
	SubtagMessage string
	Progress      int
	ProgressTone  string
	Expected      *time.Time
	SignedBy      string
	LastChecked   *time.Time
	NextCheck     *time.Time
	Sandbox       bool
	Checkpoints   []CheckpointView
}

// TrackingDetail is the console's page for one tracking: the shipment plus the
// merchant's private fields.
type TrackingDetail struct {
	ID           string
	Title        string
	OrderID      string
	CustomerName string
	Note         string
	Source       string
	Active       bool
	CreatedAt    time.Time
	PublicURL    string
	Shipment     Shipment
	// Label is the label the tracking was bought with, when it was.
	Label *TrackingLabel
	// Notice confirms the action just done ("" for none).
	Notice      string
	OrderNumber string
	Emails      string
}
