package aftership

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/waypost/waypost/web/server/render"
)

// lastCheckpointV4 is the response of GET /last_checkpoint in v4 and 2024-04.
type lastCheckpointV4 struct {
	ID             string `json:"id"`
	TrackingNumber string `json:"tracking_number"`
	Slug           string `json:"slug"`
	Tag            string `json:"tag"`
	Subtag         string `json:"subtag"`
	SubtagMessage  string `json:"subtag_message"`
	// Checkpoint is {} while the carrier has reported nothing.
	Checkpoint any `json:"checkpoint"`
}

// ShowLastCheckpoint serves GET /last_checkpoint/:id and /last_checkpoint/:slug/:tracking_number,
// in the language of lang like ShowTracking.
func (h *Handler) ShowLastCheckpoint(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	d, ok := h.translatedDetail(c, t)
	if !ok {
		return
	}
	out := lastCheckpointV4{ID: t.ID, TrackingNumber: t.TrackingNumber, Slug: t.Slug, Tag: t.Tag,
		Subtag: t.Subtag, SubtagMessage: d.SubtagMessage(), Checkpoint: struct{}{}}
	if cp := d.LastCheckpoint(); cp != nil {
		out.Checkpoint = project(newCheckpointV4(t.Slug, cp, timestamp(cp.CreatedAt), localTimestamp(cp)), parseFields(c.Query("fields")))
	}
	render.AfterShipOK(c, http.StatusOK, out)
}
