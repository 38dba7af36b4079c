package postmen

import (
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// rateRequest is POST /rates.
type rateRequest struct {
	Async           bool        `json:"async"`
	IsDocument      bool        `json:"is_document"`
	ShipDate        string      `json:"ship_date"`
	ServiceType     string      `json:"service_type"`
	ShipperAccounts []ref       `json:"shipper_accounts"`
	Shipment        *shipmentIn `json:"shipment"`
}

// CalculateRates prices a shipment with one, several or (none named) every
// enabled shipper account; an account that fails gives a rate with error_message.
func (h *Handler) CalculateRates(c *gin.Context) {
	var req rateRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	req.Shipment.require(&k, "shipment")
	in := shipping.RateInput{Shipment: req.Shipment.model(), IsDocument: req.IsDocument,
		ShipDate: strings.TrimSpace(req.ShipDate), ServiceType: strings.TrimSpace(req.ServiceType), Async: req.Async}
	for i, a := range req.ShipperAccounts {
		id := idOf(&a)
		k.require(id != "", "shipper_accounts."+itoa(i)+".id")
		in.ShipperAccountIDs = append(in.ShipperAccountIDs, id)
	}
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	q, err := h.svc.CalculateRates(c.Request.Context(), orgID(c), in)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	if q.Status == shipping.RateCalculating {
		render.PostmenAsync(c, newRateQuote(q))
		return
	}
	render.PostmenData(c, newRateQuote(q))
}

// ListRates lists rate calculations.
func (h *Handler) ListRates(c *gin.Context) {
	f, err := listFilter(c)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	page, err := h.svc.ListRates(c.Request.Context(), orgID(c), f)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]rateQuoteOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, newRateQuote(&page.Items[i]))
	}
	render.PostmenData(c, listOut("rates", f.Limit, page.NextToken, out))
}

// ShowRate reads one rate calculation.
func (h *Handler) ShowRate(c *gin.Context) {
	q, err := h.svc.Rate(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Rate"))
		return
	}
	render.PostmenData(c, newRateQuote(q))
}
