package console

import (
	"errors"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/a-h/templ"
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// ShowCreateLabel is the empty create-label form, the ship-from address taken from
// the first enabled account that has one.
func (h *Shipping) ShowCreateLabel(c *gin.Context) {
	f := newLabelForm()
	f.IdempotencyKey = newIdempotencyKey()
	accs, err := h.enabledAccounts(c)
	if err != nil {
		h.serverError(c, err)
		return
	}
	f.NoAccounts = len(accs) == 0
	for _, a := range accs {
		if a.Address != nil {
			f.ShipFrom = fillAddress(f.ShipFrom, *a.Address)
			break
		}
	}
	render.HTML(c, http.StatusOK, templates.CreateLabelScreen(nav(c, "create-label"), f))
}

// RefreshLabelForm redraws the form with one more parcel or item ("add" says which).
func (h *Shipping) RefreshLabelForm(c *gin.Context) {
	f := parseLabelForm(c)
	f.view.IdempotencyKey = c.PostForm("idempotency_key")
	add := c.PostForm("add")
	switch {
	case add == "parcel" && len(f.view.Parcels) < 20:
		f.view.Parcels = append(f.view.Parcels, emptyParcel())
	case strings.HasPrefix(add, "item:"):
		for i := range f.view.Parcels {
			if add == "item:"+strconv.Itoa(i) && len(f.view.Parcels[i].Items) < 20 {
				f.view.Parcels[i].Items = append(f.view.Parcels[i].Items, templates.ItemForm{Quantity: "1"})
			}
		}
	}
	render.HTML(c, http.StatusOK, templates.LabelFormCard(f.view))
}

// CheckAddress validates one address of the form as it is typed and answers with
// the summary and every field's message.
func (h *Shipping) CheckAddress(c *gin.Context) {
	prefix := c.PostForm("check")
	if prefix != shipFromPrefix && prefix != shipToPrefix {
		badRequest(c, "Unknown address", "Only the ship-from and ship-to addresses are checked.")
		return
	}
	v, err := h.Svc.ValidateAddress(c.Request.Context(), orgID(c), parseAddress(c, prefix))
	check := &templates.AddressCheck{Issues: map[string]string{}}
	var missing shipping.FieldErrors
	switch {
	case errors.As(err, &missing):
		// Required fields are missing: the service refuses to check the rest yet.
		check.Status = "invalid"
		for _, f := range missing {
			field := f.Path[strings.LastIndex(f.Path, ".")+1:]
			if _, seen := check.Issues[field]; !seen {
				check.Issues[field] = sentence(f.Message)
			}
		}
	case err != nil:
		h.serverError(c, err)
		return
	default:
		check.Status, check.Normalised = v.Status, oneLine(v.Address)
		for _, is := range v.Issues {
			if _, seen := check.Issues[is.Field]; !seen {
				check.Issues[is.Field] = sentence(is.Message)
			}
		}
	}
	render.HTML(c, http.StatusOK, templates.AddressCheckResult(templates.AddressForm{Prefix: prefix, Check: check}))
}

// GetRates asks every enabled account for its prices and compares them.
func (h *Shipping) GetRates(c *gin.Context) {
	f := parseLabelForm(c)
	if len(f.errs) > 0 {
		h.formErrors(c, f, nil, "Some fields need a look before rates can be fetched.")
		return
	}
	q, err := h.Svc.CalculateRates(c.Request.Context(), orgID(c), shipping.RateInput{
		Shipment: f.shipment, IsDocument: f.view.IsDocument, ShipDate: f.view.ShipDate})
	if err != nil {
		errs, msg, ok := userProblems(err, labelInputs(f.view))
		if !ok {
			h.serverError(c, err)
			return
		}
		h.formErrors(c, f, errs, orDefault(msg, "Some fields need a look before rates can be fetched."))
		return
	}
	accounts, err := h.accountIndex(c)
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.HTML(c, http.StatusOK, clearingErrors(f, templates.RatesFragment(compareRates(q.Rates, accounts))))
}

// formErrors answers a step with the form's problems placed under their fields.
func (h *Shipping) formErrors(c *gin.Context, f labelForm, service templates.FieldErrors, summary string) {
	names := sortedNames(labelInputs(f.view))
	render.HTML(c, http.StatusUnprocessableEntity, templates.FormErrors(names, mergeErrors(f.errs, service), summary))
}

// clearingErrors sends comp with the form's error slots emptied, after a step succeeded.
func clearingErrors(f labelForm, comp templ.Component) templ.Component {
	return templ.Join(templates.FormErrors(sortedNames(labelInputs(f.view)), nil, ""), comp)
}

// compareRates sorts the priced services cheapest first and marks the cheapest and
// the fastest; accounts that failed are listed with their reason.
func compareRates(rates []shipping.QuotedRate, accounts map[string]shipping.ShipperAccount) templates.RateComparison {
	var cmp templates.RateComparison
	var priced []shipping.QuotedRate
	for _, r := range rates {
		if r.ErrorMessage != "" {
			cmp.Failed = append(cmp.Failed, templates.RateOption{AccountName: accountName(r.ShipperAccount),
				CarrierName: carrierName(r.ShipperAccount.Slug), Error: r.ErrorMessage})
			continue
		}
		priced = append(priced, r)
	}
	sort.SliceStable(priced, func(i, j int) bool { return priced[i].TotalCharge.Amount < priced[j].TotalCharge.Amount })
	cheapest, fastest := bestRates(priced)
	for i, r := range priced {
		cmp.Options = append(cmp.Options, rateOption(r, accounts[r.ShipperAccount.ID].Sandbox, i == cheapest, i == fastest))
	}
	if len(cmp.Options) > 0 {
		cmp.Chosen = cmp.Options[0].Value
	}
	return cmp
}

// bestRates finds the cheapest (in the first rate's currency) and the earliest delivery.
func bestRates(rates []shipping.QuotedRate) (cheapest, fastest int) {
	cheapest, fastest = -1, -1
	for i, r := range rates {
		if cheapest < 0 || (r.TotalCharge.Currency == rates[cheapest].TotalCharge.Currency && r.TotalCharge.Amount < rates[cheapest].TotalCharge.Amount) {
			cheapest = i
		}
		if r.DeliveryDate != nil && (fastest < 0 || r.DeliveryDate.Before(*rates[fastest].DeliveryDate)) {
			fastest = i
		}
	}
	return cheapest, fastest
}

func rateOption(r shipping.QuotedRate, sandbox, cheapest, fastest bool) templates.RateOption {
	o := templates.RateOption{Value: r.ShipperAccount.ID + "|" + r.ServiceType,
		AccountName: accountName(r.ShipperAccount), CarrierName: carrierName(r.ShipperAccount.Slug),
		ServiceName: orDefault(r.ServiceName, r.ServiceType),
		Price:       money(r.TotalCharge), Info: r.InfoMessage, Sandbox: sandbox, Cheapest: cheapest, Fastest: fastest}
	if r.DeliveryDate != nil {
		o.DeliveryDate = r.DeliveryDate.Format("Mon, Jan 2")
	}
	if r.TransitTime != nil {
		o.TransitDays = strconv.Itoa(*r.TransitTime) + " business days"
		if *r.TransitTime == 1 {
			o.TransitDays = "1 business day"
		}
	}
	return o
}

// BuyLabel buys the chosen rate's label and offers its files.
func (h *Shipping) BuyLabel(c *gin.Context) {
	f := parseLabelForm(c)
	account, service, _ := strings.Cut(c.PostForm("rate"), "|")
	if account == "" || service == "" {
		render.HTML(c, http.StatusUnprocessableEntity, templates.FormErrors(nil, nil, "Choose one of the rates first."))
		return
	}
	if len(f.errs) > 0 {
		h.formErrors(c, f, nil, "Some fields need a look before the label can be bought.")
		return
	}
	in := shipping.LabelInput{ShipperAccountID: account, ServiceType: service, ShipDate: f.view.ShipDate,
		PaperSize: f.view.PaperSize, FileType: f.view.FileType, Shipment: f.shipment, IsDocument: f.view.IsDocument}
	if f.view.Reference != "" {
		in.References = []string{f.view.Reference}
	}
	if f.shipment.International() && !f.view.IsDocument {
		in.Customs = &carriers.Customs{Purpose: f.view.Purpose, TermsOfTrade: f.view.TermsOfTrade}
	}
	key := c.PostForm("idempotency_key")
	if key == "" {
		key = newIdempotencyKey()
	}
	l, err := h.Svc.CreateLabel(c.Request.Context(), orgID(c), in, key)
	if err != nil {
		errs, msg, ok := userProblems(err, labelInputs(f.view))
		if !ok {
			h.serverError(c, err)
			return
		}
		h.formErrors(c, f, errs, orDefault(msg, "Some fields need a look before the label can be bought."))
		return
	}
	render.HTML(c, http.StatusCreated, clearingErrors(f, templates.LabelBought(labelRow(l), newIdempotencyKey())))
}

func sortedNames(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
