package track

import (
	"net/http"
	"sort"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/tracking"
)

// ShowHome is the start page: a search box, and the target of tracker.delivery
// style links (/#/<carrier>/<number>) that track.js opens.
func (h *Handler) ShowHome(c *gin.Context) {
	ch := h.chrome(c)
	c.Header("Cache-Control", "public, max-age=300")
	f := templates.SearchForm{Carriers: carrierChoices(ch.Lang)}
	page(c, http.StatusOK, templates.TrackHome(ch, f), templates.HomeView(ch, f))
}

// carrierChoices lists every carrier by the name readers of lang know it by.
func carrierChoices(lang string) []templates.CarrierChoice {
	all := tracking.TrackerCouriers()
	out := make([]templates.CarrierChoice, 0, len(all))
	for _, c := range all {
		out = append(out, templates.CarrierChoice{ID: tracking.TrackerID(c), Name: tracking.LocalName(c, lang)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
