package track

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/i18n"
	"github.com/waypost/waypost/web/tracking"
)

// Search opens the page of a typed number: with the carrier chosen, or the one
// detected from the number's format; several possible carriers are offered.
func (h *Handler) Search(c *gin.Context) {
	ch := h.chrome(c)
	loc := i18n.For(ch.Lang)
	f := templates.SearchForm{
		Number:   tracking.NormalizeNumber(c.Query("number")),
		Carrier:  strings.TrimSpace(c.Query("carrier")),
		Carriers: carrierChoices(ch.Lang),
	}
	if err := tracking.ValidateNumber(f.Number); err != nil {
		f.Error = loc.T("search_bad_number")
		page(c, http.StatusBadRequest, templates.TrackHome(ch, f), templates.HomeView(ch, f))
		return
	}
	ids := []string{f.Carrier}
	if f.Carrier == "" {
		ids = h.Detect(f.Number)
	}
	var cands []templates.CarrierChoice
	for _, id := range ids {
		if co, ok := tracking.ResolveCourier(id); ok {
			tid := tracking.TrackerID(co)
			cands = append(cands, templates.CarrierChoice{ID: tid, Name: tracking.LocalName(co, ch.Lang),
				URL: ch.ParcelBase() + url.PathEscape(tid) + "/" + url.PathEscape(f.Number) + explicitLang(c, ch)})
		}
	}
	switch len(cands) {
	case 0:
		f.Error = loc.T("search_no_carrier")
		page(c, http.StatusNotFound, templates.TrackHome(ch, f), templates.HomeView(ch, f))
	case 1:
		c.Redirect(http.StatusSeeOther, cands[0].URL)
	default:
		f.Candidates = cands
		page(c, http.StatusOK, templates.TrackHome(ch, f), templates.HomeView(ch, f))
	}
}
