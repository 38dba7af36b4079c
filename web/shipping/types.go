package shipping

import "time"

// Page is one page of a list. NextToken is "" on the last page.
type Page[T any] struct {
	Items     []T
	Page      int
	Limit     int
	Total     int
	NextToken string
}

// AccountRef names the shipper account a record was made with.
type AccountRef struct {
	ID          string
	Slug        string
	Description string
}

// ListFilter narrows a list of records of one kind.
type ListFilter struct {
	Status                 string
	ShipperAccountID       string
	CreatedFrom, CreatedTo *time.Time
	Page, Limit            int
	// NextToken continues a previous list; it wins over Page.
	NextToken string
}

// AccountFilter narrows the list of shipper accounts.
type AccountFilter struct {
	Slug        string
	Page, Limit int
	NextToken   string
}

// LabelFilter narrows the list of labels.
type LabelFilter struct {
	Status                 string
	ShipperAccountID       string
	CreatedFrom, CreatedTo *time.Time
	TrackingNumber         string
	Page, Limit            int
	NextToken              string
}

// FileRef is a stored document and the public link it is served at.
type FileRef struct {
	FileType  string
	PaperSize string
	URL       string
}

// LabelFiles are a label's documents: Invoice is set for goods sent abroad, Manifest
// once the label is on a manifest.
type LabelFiles struct {
	Label    *FileRef
	Invoice  *FileRef
	Manifest *FileRef
}
