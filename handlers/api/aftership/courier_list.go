package aftership

import (
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// ListCouriers serves GET /couriers. Every courier Waypost knows is active for
// every organization (so active=false lists none); slug narrows the list to a
// comma-separated list of slugs.
func (h *Handler) ListCouriers(c *gin.Context) {
	cs := carriers.Catalog()
	if c.Query("active") == "false" {
		cs = nil
	}
	if want := splitList(c.Query("slug")); len(want) > 0 {
		cs = slices.DeleteFunc(cs, func(co carriers.Courier) bool {
			return !slices.ContainsFunc(want, func(w string) bool { return strings.EqualFold(w, co.Slug) })
		})
	}
	render.AfterShipOK(c, http.StatusOK, h.v.couriers(cs))
}

// ListAllCouriers serves GET /couriers/all.
func (h *Handler) ListAllCouriers(c *gin.Context) {
	render.AfterShipOK(c, http.StatusOK, h.v.couriers(carriers.Catalog()))
}

// detectInput is a courier detection request in any version.
type detectInput struct {
	number string
	hints  tracking.DetectHints
}

// DetectCourier serves POST /couriers/detect: the couriers whose number formats
// match, best first. No match is an empty list, not an error.
func (h *Handler) DetectCourier(c *gin.Context) {
	body, ok := h.body(c)
	if !ok {
		return
	}
	in, err := h.v.decodeDetect(body)
	if err != nil {
		h.fail(c, err)
		return
	}
	number := tracking.NormalizeNumber(in.number)
	if err := tracking.ValidateNumber(number); err != nil {
		h.fail(c, err)
		return
	}
	if err := tracking.ValidateDetectHints(&in.hints); err != nil {
		h.fail(c, err)
		return
	}
	var found []carriers.Courier
	for _, slug := range h.svc.Detect(number, in.hints) {
		if co, ok := carriers.Lookup(slug); ok {
			found = append(found, co)
		}
	}
	render.AfterShipOK(c, http.StatusOK, h.v.couriers(found))
}
