package templates

import "time"

// Shipping view models: what the shipping screens show, already worded. Form field
// names are the JSON paths of the Postmen request ("shipment.ship_to.city"), so a
// service field error lands under the input it names.

// ShipperAccountRow is one account in the list.
type ShipperAccountRow struct {
	ID          string
	Slug        string
	CarrierName string
	Description string
	Timezone    string
	Enabled     bool
	Sandbox     bool
	Hints       []CredentialHint
	CreatedAt   time.Time
}

// CredentialHint is a masked credential ("****abcd").
type CredentialHint struct {
	Label string
	Value string
}

// Choice is one option of a select: a carrier slug or an account id, and its name.
type Choice struct {
	Value string
	Name  string
}

// CredentialField is one input of a carrier's credentials.
type CredentialField struct {
	Key      string
	Label    string
	Secret   bool
	Optional bool
	Value    string // never set for secret fields
}

// How a carrier's new account can run on this server.
const (
	ModeChoice  = "choice" // live or sandbox, as the merchant ticks
	ModeSandbox = "sandbox"
	ModeLive    = "live"
)

// ShipperAccountForm is the add-account form.
type ShipperAccountForm struct {
	Carriers    []Choice
	Slug        string
	Description string
	Timezone    string
	Fields      []CredentialField
	Mode        string // ModeChoice, ModeSandbox, ModeLive or "" when neither runs
	Sandbox     bool
	Address     AddressForm
	Errors      FieldErrors
	// Problem is an error not tied to one field.
	Problem string
}

// ShipperAccountsPage is the accounts screen.
type ShipperAccountsPage struct {
	Rows   []ShipperAccountRow
	Form   ShipperAccountForm
	Notice string
}

// AddressForm is one address fieldset. Prefix is the JSON path of the address
// ("shipment.ship_from").
type AddressForm struct {
	Prefix      string
	Legend      string
	ContactName string
	CompanyName string
	Street1     string
	Street2     string
	City        string
	State       string
	PostalCode  string
	Country     string
	Phone       string
	Email       string
	Type        string
	// Check is the last live validation, when one ran.
	Check *AddressCheck
}

// AddressCheck is the outcome of validating an address as it is typed.
type AddressCheck struct {
	Status     string // valid, partially_valid, invalid
	Normalised string // the address as the validator understood it, one line
	Issues     map[string]string
}

// ParcelForm is one parcel of the shipment with its items.
type ParcelForm struct {
	Width, Height, Depth string
	DimensionUnit        string
	Weight               string
	WeightUnit           string
	Items                []ItemForm
}

// ItemForm is one line of a parcel's contents.
type ItemForm struct {
	Description   string
	Quantity      string
	Price         string
	Currency      string
	Weight        string
	OriginCountry string
	HSCode        string
}

// LabelForm is the create-label screen's inputs.
type LabelForm struct {
	ShipFrom     AddressForm
	ShipTo       AddressForm
	Parcels      []ParcelForm
	ShipDate     string
	IsDocument   bool
	Purpose      string
	TermsOfTrade string
	Reference    string
	PaperSize    string
	FileType     string
	Errors       FieldErrors
	Problem      string
	// NoAccounts is set when the organization has no enabled shipper account.
	NoAccounts bool
	// IdempotencyKey names this purchase, so a double click buys one label.
	IdempotencyKey string
}

// RateOption is one price in the comparison.
type RateOption struct {
	Value        string // "<account id>|<service type>", the buy form's choice
	AccountName  string
	CarrierName  string
	ServiceName  string
	Price        string
	DeliveryDate string
	TransitDays  string
	Info         string
	Error        string
	Sandbox      bool
	Cheapest     bool
	Fastest      bool
}

// RateComparison is every enabled account's answer for one shipment.
type RateComparison struct {
	Options []RateOption
	Failed  []RateOption
	Chosen  string
}

// LabelRow is one label in the list and on its own page.
type LabelRow struct {
	ID             string
	Status         string
	StatusLabel    string
	AccountName    string
	CarrierName    string
	ServiceName    string
	Numbers        []string
	TrackingID     string
	ShipTo         string
	Price          string
	ShipDate       string
	FileType       string
	PaperSize      string
	LabelURL       string // console download of the label file
	InvoiceURL     string
	ErrorMessage   string
	CreatedAt      time.Time
	Cancellable    bool
	Printable      bool // a PDF, so it can be printed in a batch
	References     []string
	ShipFromSingle string
}

// LabelFilters are the list's filters as chosen.
type LabelFilters struct {
	Status    string
	AccountID string
	From, To  string
}

// LabelsPage is the labels screen.
type LabelsPage struct {
	Rows     []LabelRow
	Filters  LabelFilters
	Accounts []Choice
	Total    int
	Page     int
	Pages    int
	Notice   string
	Problem  string
	Query    string // the filters as a query string, for paging links
}

// PickupRow is one booked collection.
type PickupRow struct {
	ID           string
	Status       string
	StatusLabel  string
	AccountName  string
	Date         string
	Window       string
	Confirmation string
	Labels       int
	Charge       string
	ErrorMessage string
	Cancellable  bool
}

// PickupForm is the schedule-a-pickup form.
type PickupForm struct {
	AccountID    string
	LabelIDs     map[string]bool
	Parcels      string
	Weight       string
	Date         string
	StartTime    string
	EndTime      string
	Instructions string
	Errors       FieldErrors
	Problem      string
}

// PickupsPage is the pickups screen.
type PickupsPage struct {
	Rows       []PickupRow
	Accounts   []Choice
	OpenLabels []LabelRow
	Form       PickupForm
	Notice     string
}

// ManifestRow is one closed day.
type ManifestRow struct {
	ID           string
	Status       string
	StatusLabel  string
	AccountName  string
	Labels       int
	FileURL      string
	ErrorMessage string
	CreatedAt    time.Time
}

// ManifestAccount is an account with the labels a manifest would close.
type ManifestAccount struct {
	ID         string
	Name       string
	OpenLabels int
}

// ManifestsPage is the manifests screen.
type ManifestsPage struct {
	Rows     []ManifestRow
	Accounts []ManifestAccount
	Notice   string
	Problem  string
}

// TrackingLabel is the label a tracking was created for, on the tracking page.
type TrackingLabel struct {
	ID          string
	ServiceName string
	Status      string
	StatusLabel string
	LabelURL    string
	FileType    string
}
