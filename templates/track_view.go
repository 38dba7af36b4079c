package templates

// View models of the public tracking pages (site, merchant-branded and embed).
// Every text in them is already localised and every personal detail masked.

// Chrome is what surrounds a public page: language, branding and where its
// links point.
type Chrome struct {
	Lang string
	// Base prefixes the page's own links: "" for the site, "/m/<handle>" for a
	// merchant's page, "/embed/<handle>" inside an iframe.
	Base  string
	Embed bool
	Brand *Brand // nil on Waypost's own pages
	// Languages are the language switch's links, the current one marked.
	Languages []LangLink
	// Canonical is the page's own address for search engines and sharing.
	Canonical string
}

// HomeURL is the start page of this surface.
func (c Chrome) HomeURL() string {
	if c.Base == "" {
		return "/"
	}
	return c.Base
}

// SearchURL is where the search form goes.
func (c Chrome) SearchURL() string { return c.Base + "/track" }

// ParcelBase prefixes /<carrier>/<number> for a parcel's page.
func (c Chrome) ParcelBase() string { return c.Base + "/track/" }

// LangLink switches the page language.
type LangLink struct {
	Lang    string
	Label   string
	URL     string
	Current bool
}

// Brand is a merchant's look.
type Brand struct {
	Name     string
	LogoURL  string // "" for none
	ThemeURL string // the merchant's colours as a stylesheet; "" for Waypost's
	Message  string
	Links    []BrandLink
}

// BrandLink is a merchant's link.
type BrandLink struct {
	Label string
	URL   string
}

// ParcelView is one parcel's public page.
type ParcelView struct {
	Title    string // the document title
	Carrier  CarrierView
	Number   string
	URL      string // the page's path, for refresh
	ShareURL string // the path to copy and share: the merchant's page, not its embed
	Headline string
	Detail   string
	Tone     string // "ok", "warn", "bad", "wait" or "" (moving)
	Icon     string // an icon name of StatusIcon
	When     string // "Delivered Mon, Mar 2, 6:16 PM (UTC+9)" or "Expected Thu, Mar 5"
	Steps    []StepView
	// StepsLabel tells screen readers how far the parcel got.
	StepsLabel string
	SignedBy   string
	Checked    string // "Checked 2 minutes ago"
	CheckedISO string
	Notice     string // why the data may be old, "" when it is current
	Sandbox    bool
	Days       []DayView
	// OriginalURL shows the events as the carrier wrote them; "" when the page
	// translated nothing or already shows the original.
	OriginalURL string
	// TranslationURL shows the events in the page language again; set while
	// the original is shown.
	TranslationURL string
}

// CarrierView is the carrier box.
type CarrierView struct {
	ID          string // tracker.delivery-style id
	Name        string
	Phone       string // tel: target, "+8215881255"
	PhoneLabel  string // as people dial it, "1588-1255"
	WebURL      string
	TrackingURL string // the carrier's own page for this number
}

// StepView is one step of the progress bar: "done", "current", "todo" or "stop"
// (where a problem halted the parcel).
type StepView struct {
	Label string
	State string
}

// DayView is the events of one local day, newest first.
type DayView struct {
	Label  string
	Events []EventView
}

// EventView is one carrier event.
type EventView struct {
	Clock    string
	Zone     string
	ISO      string
	Title    string
	Status   string
	Tone     string
	Message  string
	Location string
	Latest   bool
}

// ProblemView is a page for a parcel that cannot be shown.
type ProblemView struct {
	Status  int
	Title   string
	Message string
	Hints   []string
	Carrier *CarrierView // the carrier, when known, to try its own site
	Number  string
	Retry   string // URL to try again, "" when retrying cannot help
}

// SearchForm is the start page's form state.
type SearchForm struct {
	Number   string
	Carrier  string
	Error    string
	Carriers []CarrierChoice
	// Candidates are the carriers a number may belong to when detection is unsure.
	Candidates []CarrierChoice
}

// CarrierChoice is a carrier in a select or a list of candidates.
type CarrierChoice struct {
	ID   string
	Name string
	URL  string
}
