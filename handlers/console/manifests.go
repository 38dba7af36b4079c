package console

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// ShowManifests lists manifests and, per account, the open labels a manifest closes.
func (h *Shipping) ShowManifests(c *gin.Context) {
	h.manifestsPage(c, http.StatusOK, noticeOf(c), "")
}

// CreateManifest closes the day for one account.
func (h *Shipping) CreateManifest(c *gin.Context) {
	_, err := h.Svc.CreateManifest(c.Request.Context(), orgID(c), c.PostForm("shipper_account_id"), newIdempotencyKey())
	if err != nil {
		_, msg, ok := userProblems(err, nil)
		if !ok {
			h.serverError(c, err)
			return
		}
		h.manifestsPage(c, http.StatusUnprocessableEntity, "", msg)
		return
	}
	doneRedirect(c, "/shipping/manifests", "manifest-closed")
}

// DownloadManifest sends a manifest's PDF after checking it is the organization's.
func (h *Shipping) DownloadManifest(c *gin.Context) {
	m, err := h.Svc.Manifest(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		h.shippingFailure(c, err)
		return
	}
	h.sendFile(c, m.File)
}

func (h *Shipping) manifestsPage(c *gin.Context, status int, notice, problem string) {
	ctx, org := c.Request.Context(), orgID(c)
	accs, err := h.allAccounts(c)
	if err != nil {
		h.serverError(c, err)
		return
	}
	v := templates.ManifestsPage{Notice: notice, Problem: problem}
	for _, a := range accs {
		open, err := h.Svc.ListLabels(ctx, org, shipping.LabelFilter{Status: shipping.LabelCreated, ShipperAccountID: a.ID, Limit: 1})
		if err != nil {
			h.serverError(c, err)
			return
		}
		v.Accounts = append(v.Accounts, templates.ManifestAccount{ID: a.ID, Name: a.Description + " (" + carrierName(a.Slug) + ")", OpenLabels: open.Total})
	}
	ms, err := h.Svc.ListManifests(ctx, org, shipping.ListFilter{Limit: 50})
	if err != nil {
		h.serverError(c, err)
		return
	}
	for _, m := range ms.Items {
		r := templates.ManifestRow{ID: m.ID, Status: m.Status, StatusLabel: statusLabel(m.Status),
			AccountName: accountName(m.ShipperAccount), Labels: len(m.LabelIDs), ErrorMessage: m.ErrorMessage, CreatedAt: m.CreatedAt}
		if m.File != nil {
			r.FileURL = "/shipping/manifests/" + m.ID + "/file"
		}
		v.Rows = append(v.Rows, r)
	}
	render.HTML(c, status, templates.ManifestsScreen(nav(c, "manifests"), v))
}
