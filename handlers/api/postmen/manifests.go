package postmen

import (
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

type manifestRequest struct {
	ShipperAccount *ref `json:"shipper_account"`
}

type manifestOut struct {
	ID             string        `json:"id"`
	Status         string        `json:"status"`
	ShipperAccount accountRefOut `json:"shipper_account"`
	Labels         []ref         `json:"labels"`
	Files          struct {
		Manifest *fileOut `json:"manifest"`
	} `json:"files"`
	ErrorMessage *string `json:"error_message,omitempty"`
	CreatedAt    string  `json:"created_at"`
	UpdatedAt    string  `json:"updated_at"`
}

func (h *Handler) newManifest(m *shipping.Manifest) manifestOut {
	out := manifestOut{ID: m.ID, Status: m.Status, ShipperAccount: newAccountRef(m.ShipperAccount), Labels: []ref{},
		ErrorMessage: null(m.ErrorMessage), CreatedAt: stampMillis(m.CreatedAt), UpdatedAt: stampMillis(m.UpdatedAt)}
	for _, id := range m.LabelIDs {
		out.Labels = append(out.Labels, ref{ID: id})
	}
	out.Files.Manifest = h.newFile(m.File)
	return out
}

// CreateManifest closes the day for a shipper account: every open label of it is
// manifested, cancelled ones are left out.
func (h *Handler) CreateManifest(c *gin.Context) {
	var req manifestRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	k.require(idOf(req.ShipperAccount) != "", "shipper_account.id")
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	m, err := h.svc.CreateManifest(c.Request.Context(), orgID(c), idOf(req.ShipperAccount), idempotencyKey(c))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account"))
		return
	}
	if m.Status == shipping.ManifestManifesting {
		render.PostmenAsync(c, h.newManifest(m))
		return
	}
	render.PostmenData(c, h.newManifest(m))
}

// ListManifests lists manifests.
func (h *Handler) ListManifests(c *gin.Context) {
	f, err := listFilter(c)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	page, err := h.svc.ListManifests(c.Request.Context(), orgID(c), f)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]manifestOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, h.newManifest(&page.Items[i]))
	}
	render.PostmenData(c, listOut("manifests", f.Limit, page.NextToken, out))
}

// ShowManifest reads one manifest.
func (h *Handler) ShowManifest(c *gin.Context) {
	m, err := h.svc.Manifest(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Manifest"))
		return
	}
	render.PostmenData(c, h.newManifest(m))
}
