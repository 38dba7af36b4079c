// Package labeldoc renders shipping documents: labels (PDF for every paper size, PNG at
// 203 dpi, ZPL), commercial invoices and end-of-day manifests. It knows nothing of
// storage or carriers' APIs: it draws what it is given.
package labeldoc

import (
	"errors"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Paper sizes and file types a label can be rendered in.
const (
	Paper4x6    = "4x6"
	Paper4x8    = "4x8"
	PaperA4     = "A4"
	PaperA5     = "A5"
	PaperLetter = "8.5x11"

	TypePDF = "pdf"
	TypePNG = "png"
	TypeZPL = "zpl"
)

// The 2-D codes a label can carry beside its Code 128.
const (
	Code2DQR         = "qr"
	Code2DDataMatrix = "datamatrix"
	Code2DPDF417     = "pdf417"
)

// ErrUnsupported is returned for a paper size or file type that cannot be rendered.
var ErrUnsupported = errors.New("unsupported paper size or file type")

// ErrInvalid is returned for a document that cannot be drawn as given: no tracking
// number, or a code whose payload does not fit the label.
var ErrInvalid = errors.New("invalid document")

// Label is everything printed on a shipping label.
type Label struct {
	CarrierName    string // "USPS"
	ServiceName    string // "USPS Priority Mail"
	TrackingNumber string // printed and encoded as Code 128
	// Barcode2D, when set, is encoded as the carrier's 2-D code beside the Code 128,
	// in the symbology Barcode2DKind names (Code2DQR when empty).
	Barcode2D     string
	Barcode2DKind string
	Routing       string // large sort/routing code, "" when none
	From          carriers.Address
	To            carriers.Address
	Weight        carriers.Weight
	Dimension     *carriers.Dimension
	References    []string
	ShipDate      time.Time
	// Piece is 1-based; Pieces the count of parcels of the shipment.
	Piece, Pieces int
	Sandbox       bool // prints "SANDBOX - NOT FOR SHIPPING"
}

// Invoice is a commercial invoice for an international shipment.
type Invoice struct {
	Number          string
	Date            time.Time
	From, To        carriers.Address
	TrackingNumbers []string
	CarrierName     string
	Purpose         string
	TermsOfTrade    string
	Items           []carriers.Item
	Sandbox         bool
}

// Manifest lists the labels handed over to a carrier at the end of a day.
type Manifest struct {
	Number      string
	CarrierName string
	AccountName string
	Date        time.Time
	From        carriers.Address
	Rows        []ManifestRow
	Sandbox     bool
}

// ManifestRow is one label on a manifest.
type ManifestRow struct {
	TrackingNumber string
	ServiceName    string
	To             carriers.Address
	Weight         carriers.Weight
}

// Renderer draws documents. Its fonts are loaded once; it is safe for concurrent use.
type Renderer struct {
	fonts *fontSet
}
