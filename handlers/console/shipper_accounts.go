package console

import (
	"net/http"
	"sort"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// ShowShipperAccounts lists the organization's shipper accounts with the add form.
func (h *Shipping) ShowShipperAccounts(c *gin.Context) {
	h.accountsPage(c, http.StatusOK, h.accountForm(c.Query("slug"), nil), noticeOf(c))
}

// ShowCredentialFields is the credential inputs of the carrier chosen in the form.
func (h *Shipping) ShowCredentialFields(c *gin.Context) {
	slug := c.Query("slug")
	render.HTML(c, http.StatusOK, templates.CredentialFields(credentialFields(slug, nil), h.accountMode(slug), false, nil))
}

// CreateShipperAccount adds an account; a mistake comes back under its field.
func (h *Shipping) CreateShipperAccount(c *gin.Context) {
	slug := c.PostForm("slug")
	form := h.accountForm(slug, c)
	in := shipping.ShipperAccountInput{
		Slug: slug, Description: strings.TrimSpace(c.PostForm("description")),
		Timezone: strings.TrimSpace(c.PostForm("timezone")), Credentials: map[string]string{},
	}
	for _, f := range form.Fields {
		if v := strings.TrimSpace(c.PostForm("credentials." + f.Key)); v != "" {
			in.Credentials[f.Key] = v
		}
	}
	if c.PostForm("sandbox") == "true" {
		in.Credentials[shipping.SandboxCredential] = "true"
	}
	if a := parseAddress(c, "address"); a != (carriers.Address{}) {
		in.Address = &a
	}
	_, err := h.Svc.CreateShipperAccount(c.Request.Context(), orgID(c), in)
	if err != nil {
		errs, msg, ok := userProblems(err, accountInputs(form))
		if !ok {
			h.serverError(c, err)
			return
		}
		form.Errors, form.Problem = errs, msg
		if render.IsHTMX(c) {
			render.HTML(c, http.StatusUnprocessableEntity, templates.ShipperAccountFormCard(form))
			return
		}
		h.accountsPage(c, http.StatusUnprocessableEntity, form, "")
		return
	}
	doneRedirect(c, "/shipping/accounts", "account-added")
}

// SetShipperAccountStatus enables or disables an account.
func (h *Shipping) SetShipperAccountStatus(c *gin.Context) {
	status := c.PostForm("status")
	_, err := h.Svc.SetShipperAccountStatus(c.Request.Context(), orgID(c), c.Param("id"), status)
	if err != nil {
		h.shippingFailure(c, err)
		return
	}
	doneRedirect(c, "/shipping/accounts", "account-"+status)
}

// DeleteShipperAccount removes an account after the browser asked for confirmation.
func (h *Shipping) DeleteShipperAccount(c *gin.Context) {
	if err := h.Svc.DeleteShipperAccount(c.Request.Context(), orgID(c), c.Param("id")); err != nil {
		h.shippingFailure(c, err)
		return
	}
	doneRedirect(c, "/shipping/accounts", "account-deleted")
}

func (h *Shipping) accountsPage(c *gin.Context, status int, form templates.ShipperAccountForm, notice string) {
	accs, err := h.allAccounts(c)
	if err != nil {
		h.serverError(c, err)
		return
	}
	rows := make([]templates.ShipperAccountRow, 0, len(accs))
	for _, a := range accs {
		rows = append(rows, accountRow(a))
	}
	render.HTML(c, status, templates.ShipperAccountsScreen(nav(c, "shipper-accounts"),
		templates.ShipperAccountsPage{Rows: rows, Form: form, Notice: notice}))
}

// allAccounts reads every shipper account of the organization, page by page.
func (h *Shipping) allAccounts(c *gin.Context) ([]shipping.ShipperAccount, error) {
	var all []shipping.ShipperAccount
	for page := 1; page <= 20; page++ {
		p, err := h.Svc.ListShipperAccounts(c.Request.Context(), orgID(c), shipping.AccountFilter{Page: page, Limit: 100})
		if err != nil {
			return nil, err
		}
		all = append(all, p.Items...)
		if len(p.Items) < 100 || len(all) >= p.Total {
			break
		}
	}
	return all, nil
}

func accountRow(a shipping.ShipperAccount) templates.ShipperAccountRow {
	r := templates.ShipperAccountRow{ID: a.ID, Slug: a.Slug, CarrierName: carrierName(a.Slug),
		Description: a.Description, Timezone: a.Timezone, Enabled: a.Status == shipping.AccountEnabled,
		Sandbox: a.Sandbox, CreatedAt: a.CreatedAt}
	labels := map[string]string{}
	if p, ok := carriers.ShippingProfileOf(a.Slug); ok {
		for _, cr := range p.Credentials {
			labels[cr.Key] = cr.Label
		}
	}
	keys := make([]string, 0, len(a.CredentialHints))
	for k := range a.CredentialHints {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k == shipping.SandboxCredential {
			continue
		}
		label := labels[k]
		if label == "" {
			label = k
		}
		r.Hints = append(r.Hints, templates.CredentialHint{Label: label, Value: a.CredentialHints[k]})
	}
	return r
}

// accountForm is the add form for a carrier, refilled from the request when c is set.
func (h *Shipping) accountForm(slug string, c *gin.Context) templates.ShipperAccountForm {
	f := templates.ShipperAccountForm{Slug: slug, Address: templates.AddressForm{Prefix: "address"}}
	for _, p := range h.Svc.Couriers() {
		f.Carriers = append(f.Carriers, templates.Choice{Value: p.Slug, Name: p.Name})
	}
	sort.Slice(f.Carriers, func(i, j int) bool { return f.Carriers[i].Name < f.Carriers[j].Name })
	if f.Slug == "" && len(f.Carriers) > 0 {
		f.Slug = f.Carriers[0].Value
	}
	f.Fields, f.Mode = credentialFields(f.Slug, c), h.accountMode(f.Slug)
	if c != nil {
		f.Description, f.Timezone = c.PostForm("description"), c.PostForm("timezone")
		f.Sandbox = c.PostForm("sandbox") == "true"
		f.Address = addressForm(c, "address", "")
	}
	return f
}

// accountMode says whether the carrier's accounts run live, in the sandbox, or either.
func (h *Shipping) accountMode(slug string) string {
	live, sandbox := h.Svc.AccountModes(slug)
	switch {
	case live && sandbox:
		return templates.ModeChoice
	case live:
		return templates.ModeLive
	case sandbox:
		return templates.ModeSandbox
	}
	return ""
}

// credentialFields are the carrier's credential inputs; secrets are never refilled.
func credentialFields(slug string, c *gin.Context) []templates.CredentialField {
	p, ok := carriers.ShippingProfileOf(slug)
	if !ok {
		return nil
	}
	out := make([]templates.CredentialField, 0, len(p.Credentials))
	for _, cr := range p.Credentials {
		f := templates.CredentialField{Key: cr.Key, Label: cr.Label, Secret: cr.Secret, Optional: cr.Optional}
		if c != nil && !cr.Secret {
			f.Value = c.PostForm("credentials." + cr.Key)
		}
		out = append(out, f)
	}
	return out
}

// accountInputs names the inputs of the add form, so errors land under them.
func accountInputs(f templates.ShipperAccountForm) map[string]bool {
	in := map[string]bool{"slug": true, "description": true, "timezone": true, "credentials." + shipping.SandboxCredential: true}
	for _, c := range f.Fields {
		in["credentials."+c.Key] = true
	}
	for _, n := range addressInputNames {
		in["address."+n] = true
	}
	return in
}
