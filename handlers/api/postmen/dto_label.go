package postmen

import (
	"slices"
	"strings"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping"
)

type customsIn struct {
	Purpose      string `json:"purpose"`
	TermsOfTrade string `json:"terms_of_trade"`
}

type billingIn struct {
	PaidBy string `json:"paid_by"`
	Method *struct {
		Type          string `json:"type"`
		AccountNumber string `json:"account_number"`
	} `json:"method"`
}

// The values Postmen documents for customs and billing.
var (
	customsPurposes = []string{"gift", "merchandise", "personal", "sample", "return", "repair", "non-merchandise"}
	tradeTerms      = []string{"dat", "ddu", "ddp", "dap", "exw", "fca", "fob", "cip", "cif", "cpt", "cfr", "dpu"}
	payers          = []string{"shipper", "third_party", "recipient"}
)

// check records values outside the documented ones.
func (c *customsIn) check(k *checks) {
	if c == nil {
		return
	}
	oneOf(k, "customs.purpose", strings.ToLower(strings.TrimSpace(c.Purpose)), customsPurposes)
	oneOf(k, "customs.terms_of_trade", strings.ToLower(strings.TrimSpace(c.TermsOfTrade)), tradeTerms)
}

func (b *billingIn) check(k *checks) {
	if b == nil {
		return
	}
	k.require(strings.TrimSpace(b.PaidBy) != "", "billing.paid_by")
	oneOf(k, "billing.paid_by", strings.TrimSpace(b.PaidBy), payers)
}

// oneOf records v unless it is empty or one of allowed.
func oneOf(k *checks, path, v string, allowed []string) {
	if v != "" && !slices.Contains(allowed, v) {
		k.invalid(path, path+" must be one of "+strings.Join(allowed, ", "))
	}
}

func (c *customsIn) model() *carriers.Customs {
	if c == nil {
		return nil
	}
	return &carriers.Customs{Purpose: strings.ToLower(strings.TrimSpace(c.Purpose)), TermsOfTrade: strings.ToLower(strings.TrimSpace(c.TermsOfTrade))}
}

func (b *billingIn) model() *carriers.Billing {
	if b == nil {
		return nil
	}
	out := &carriers.Billing{PaidBy: strings.TrimSpace(b.PaidBy)}
	if b.Method != nil {
		out.AccountNumber = strings.TrimSpace(b.Method.AccountNumber)
	}
	return out
}

// fileOut is a document link.
type fileOut struct {
	FileType  string  `json:"file_type"`
	PaperSize *string `json:"paper_size,omitempty"`
	URL       string  `json:"url"`
}

type labelFilesOut struct {
	Label              *fileOut `json:"label"`
	Invoice            *fileOut `json:"invoice"`
	Manifest           *fileOut `json:"manifest"`
	CustomsDeclaration *fileOut `json:"customs_declaration"`
}

func (h *Handler) newFile(f *shipping.FileRef) *fileOut {
	if f == nil {
		return nil
	}
	return &fileOut{FileType: f.FileType, PaperSize: null(f.PaperSize), URL: h.fileURL(f.URL)}
}

// labelOut is a label as the examples show it, plus the account, service and the
// references and custom fields it was bought with.
type labelOut struct {
	ID              string            `json:"id"`
	Status          string            `json:"status"`
	ShipDate        *string           `json:"ship_date"`
	TrackingNumbers []string          `json:"tracking_numbers"`
	Files           labelFilesOut     `json:"files"`
	Rate            *rateOut          `json:"rate"`
	ShipperAccount  accountRefOut     `json:"shipper_account"`
	ServiceType     *string           `json:"service_type"`
	References      []string          `json:"references"`
	CustomFields    map[string]string `json:"custom_fields"`
	OrderID         *string           `json:"order_id"`
	OrderNumber     *string           `json:"order_number"`
	ErrorMessage    *string           `json:"error_message,omitempty"`
	CreatedAt       string            `json:"created_at"`
	UpdatedAt       string            `json:"updated_at"`
}

func (h *Handler) newLabel(l *shipping.Label) labelOut {
	out := labelOut{ID: l.ID, Status: l.Status, ShipDate: null(l.ShipDate), TrackingNumbers: l.TrackingNumbers,
		Files: labelFilesOut{Label: h.newFile(l.Files.Label), Invoice: h.newFile(l.Files.Invoice),
			Manifest: h.newFile(l.Files.Manifest)},
		ShipperAccount: newAccountRef(l.ShipperAccount), ServiceType: null(l.ServiceType),
		References: l.References, CustomFields: l.CustomFields, OrderID: null(l.OrderID), OrderNumber: null(l.OrderNumber),
		ErrorMessage: null(l.ErrorMessage), CreatedAt: stampMillis(l.CreatedAt), UpdatedAt: stampMillis(l.UpdatedAt)}
	if out.TrackingNumbers == nil {
		out.TrackingNumbers = []string{}
	}
	if out.References == nil {
		out.References = []string{}
	}
	if l.Rate != nil {
		r := newRate(l.ShipperAccount, *l.Rate, "")
		out.Rate = &r
	}
	return out
}
