package postmen

import (
	"encoding/json"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// CreateShipperAccount adds an account at a carrier; its credentials are checked
// for the carrier's fields and stored sealed.
func (h *Handler) CreateShipperAccount(c *gin.Context) {
	var req accountRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	k.require(strings.TrimSpace(req.Slug) != "", "slug")
	req.Address.check(&k, "address")
	creds := req.Credentials.strings(&k, "credentials")
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	a, err := h.svc.CreateShipperAccount(c.Request.Context(), orgID(c), shipping.ShipperAccountInput{
		Slug: strings.ToLower(strings.TrimSpace(req.Slug)), Description: strings.TrimSpace(req.Description),
		Timezone: strings.TrimSpace(req.Timezone), Credentials: creds, Address: addressPtr(req.Address)})
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	render.PostmenData(c, newAccount(a))
}

// ListShipperAccounts lists accounts, optionally of one carrier (slug).
func (h *Handler) ListShipperAccounts(c *gin.Context) {
	var k checks
	f := shipping.AccountFilter{Slug: strings.ToLower(strings.TrimSpace(c.Query("slug"))),
		Limit: queryLimit(c, &k), NextToken: strings.TrimSpace(c.Query("next_token"))}
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	page, err := h.svc.ListShipperAccounts(c.Request.Context(), orgID(c), f)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]accountOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, newAccount(&page.Items[i]))
	}
	render.PostmenData(c, listOut("shipper_accounts", f.Limit, page.NextToken, out))
}

// ShowShipperAccount reads one account.
func (h *Handler) ShowShipperAccount(c *gin.Context) {
	a, err := h.svc.ShipperAccount(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account"))
		return
	}
	render.PostmenData(c, newAccount(a))
}

// DeleteShipperAccount removes an account; its labels stay readable.
func (h *Handler) DeleteShipperAccount(c *gin.Context) {
	id := c.Param("id")
	if err := h.svc.DeleteShipperAccount(c.Request.Context(), orgID(c), id); err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account"))
		return
	}
	render.PostmenData(c, gin.H{"id": id})
}

// UpdateShipperAccountCredentials replaces an account's credentials.
func (h *Handler) UpdateShipperAccountCredentials(c *gin.Context) {
	var raw map[string]json.RawMessage
	if err := decodeBody(c, &raw); err != nil {
		render.PostmenError(c, err)
		return
	}
	in, err := credentialsBody(raw)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	creds := in.strings(&k, "credentials")
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	a, err := h.svc.UpdateShipperAccountCredentials(c.Request.Context(), orgID(c), c.Param("id"), creds)
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account"))
		return
	}
	render.PostmenData(c, newAccount(a))
}

// UpdateShipperAccountInfo changes the description, time zone or address.
func (h *Handler) UpdateShipperAccountInfo(c *gin.Context) {
	var req accountInfoRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	req.Address.check(&k, "address")
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	a, err := h.svc.UpdateShipperAccountInfo(c.Request.Context(), orgID(c), c.Param("id"), shipping.AccountInfo{
		Description: trimmed(req.Description), Timezone: trimmed(req.Timezone), Address: addressPtr(req.Address)})
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account"))
		return
	}
	render.PostmenData(c, newAccount(a))
}

// UpdateShipperAccount enables or disables an account: {"status": "disabled"}.
func (h *Handler) UpdateShipperAccount(c *gin.Context) {
	var req accountStatusRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	status := strings.ToLower(strings.TrimSpace(req.Status))
	var k checks
	k.require(status != "", "status")
	if status != "" && status != shipping.AccountEnabled && status != shipping.AccountDisabled {
		k.invalid("status", "status must be enabled or disabled")
	}
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	a, err := h.svc.SetShipperAccountStatus(c.Request.Context(), orgID(c), c.Param("id"), status)
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account"))
		return
	}
	render.PostmenData(c, newAccount(a))
}

func trimmed(s *string) *string {
	if s == nil {
		return nil
	}
	t := strings.TrimSpace(*s)
	return &t
}
