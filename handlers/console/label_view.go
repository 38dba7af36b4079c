package console

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping"
)

// labelRow is how the console shows a label; its files are downloaded through the
// console, which checks the label belongs to the organization.
func labelRow(l *shipping.Label) templates.LabelRow {
	r := templates.LabelRow{ID: l.ID, Status: l.Status, StatusLabel: statusLabel(l.Status),
		AccountName: accountName(l.ShipperAccount), CarrierName: carrierName(l.ShipperAccount.Slug),
		ServiceName: orDefault(l.ServiceName, l.ServiceType), Numbers: l.TrackingNumbers, TrackingID: l.TrackingID,
		ShipTo: oneLine(l.Shipment.ShipTo), ShipFromSingle: oneLine(l.Shipment.ShipFrom), ShipDate: l.ShipDate,
		ErrorMessage: l.ErrorMessage, CreatedAt: l.CreatedAt, References: l.References,
		Cancellable: l.Status == shipping.LabelCreated}
	if l.Rate != nil {
		r.Price = money(l.Rate.TotalCharge)
	}
	if f := l.Files.Label; f != nil {
		r.FileType, r.PaperSize = f.FileType, f.PaperSize
		r.LabelURL = "/shipping/labels/" + l.ID + "/label"
		r.Printable = f.FileType == "pdf" && (l.Status == shipping.LabelCreated || l.Status == shipping.LabelManifested)
	}
	if l.Files.Invoice != nil {
		r.InvoiceURL = "/shipping/labels/" + l.ID + "/invoice"
	}
	return r
}

// money writes an amount with its currency; won and yen have no minor unit.
func money(m carriers.Money) string {
	if m.Currency == "" && m.Amount == 0 {
		return ""
	}
	switch m.Currency {
	case "KRW", "JPY":
		return m.Currency + " " + strconv.FormatFloat(m.Amount, 'f', 0, 64)
	}
	return m.Currency + " " + strconv.FormatFloat(m.Amount, 'f', 2, 64)
}

// enabledAccounts are the accounts labels can be bought on.
func (h *Shipping) enabledAccounts(c *gin.Context) ([]shipping.ShipperAccount, error) {
	all, err := h.allAccounts(c)
	if err != nil {
		return nil, err
	}
	var out []shipping.ShipperAccount
	for _, a := range all {
		if a.Status == shipping.AccountEnabled {
			out = append(out, a)
		}
	}
	return out, nil
}

// accountIndex maps account ids to accounts.
func (h *Shipping) accountIndex(c *gin.Context) (map[string]shipping.ShipperAccount, error) {
	all, err := h.allAccounts(c)
	if err != nil {
		return nil, err
	}
	m := make(map[string]shipping.ShipperAccount, len(all))
	for _, a := range all {
		m[a.ID] = a
	}
	return m, nil
}

// accountChoices are the accounts as select options.
func accountChoices(accs []shipping.ShipperAccount) []templates.Choice {
	out := make([]templates.Choice, 0, len(accs))
	for _, a := range accs {
		out = append(out, templates.Choice{Value: a.ID, Name: a.Description + " (" + carrierName(a.Slug) + ")"})
	}
	return out
}
