package postmen

import (
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// labelRequest is POST /labels.
type labelRequest struct {
	Async          bool              `json:"async"`
	IsDocument     bool              `json:"is_document"`
	ReturnShipment bool              `json:"return_shipment"`
	PaperSize      string            `json:"paper_size"`
	FileType       string            `json:"file_type"`
	ServiceType    string            `json:"service_type"`
	ShipDate       string            `json:"ship_date"`
	References     []string          `json:"references"`
	ShipperAccount *ref              `json:"shipper_account"`
	Shipment       *shipmentIn       `json:"shipment"`
	Customs        *customsIn        `json:"customs"`
	Billing        *billingIn        `json:"billing"`
	CustomFields   map[string]string `json:"custom_fields"`
	OrderID        string            `json:"order_id"`
	OrderNumber    string            `json:"order_number"`
}

func (r labelRequest) input() shipping.LabelInput {
	return shipping.LabelInput{ShipperAccountID: idOf(r.ShipperAccount), ServiceType: strings.TrimSpace(r.ServiceType),
		PaperSize: strings.TrimSpace(r.PaperSize), FileType: strings.ToLower(strings.TrimSpace(r.FileType)),
		ShipDate: strings.TrimSpace(r.ShipDate), Shipment: r.Shipment.model(), IsDocument: r.IsDocument,
		ReturnShipment: r.ReturnShipment, Async: r.Async, References: r.References, Customs: r.Customs.model(),
		Billing: r.Billing.model(), CustomFields: r.CustomFields, OrderID: strings.TrimSpace(r.OrderID),
		OrderNumber: strings.TrimSpace(r.OrderNumber)}
}

// CreateLabel buys a label; with "async": true it answers 3001 and a label in
// status creating that a job completes. The Idempotency-Key header makes a retry
// return the first label instead of buying a second.
func (h *Handler) CreateLabel(c *gin.Context) {
	var req labelRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	k.require(idOf(req.ShipperAccount) != "", "shipper_account.id")
	k.require(strings.TrimSpace(req.ServiceType) != "", "service_type")
	req.Shipment.require(&k, "shipment")
	req.Customs.check(&k)
	req.Billing.check(&k)
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	l, err := h.svc.CreateLabel(c.Request.Context(), orgID(c), req.input(), idempotencyKey(c))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Shipper account"))
		return
	}
	if l.Status == shipping.LabelCreating {
		render.PostmenAsync(c, h.newLabel(l))
		return
	}
	render.PostmenData(c, h.newLabel(l))
}

// ListLabels lists labels, filtered by status, shipper_account_id, created_at_min,
// created_at_max and tracking_numbers (one number).
func (h *Handler) ListLabels(c *gin.Context) {
	f, err := listFilter(c)
	var k checks
	numbers := splitList(c.Query("tracking_numbers"))
	if len(numbers) > 1 {
		k.invalid("tracking_numbers", "tracking_numbers takes one tracking number")
	}
	if f.Status != "" && !validLabelStatus(f.Status) {
		k.invalid("status", "status must be one of creating, created, cancelling, cancelled, manifesting, manifested, failed")
	}
	if err == nil {
		err = k.err()
	}
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	lf := shipping.LabelFilter{Status: f.Status, ShipperAccountID: f.ShipperAccountID, CreatedFrom: f.CreatedFrom,
		CreatedTo: f.CreatedTo, Limit: f.Limit, NextToken: f.NextToken}
	if len(numbers) == 1 {
		lf.TrackingNumber = numbers[0]
	}
	page, err := h.svc.ListLabels(c.Request.Context(), orgID(c), lf)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]labelOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, h.newLabel(&page.Items[i]))
	}
	render.PostmenData(c, listOut("labels", f.Limit, page.NextToken, out))
}

// ShowLabel reads one label.
func (h *Handler) ShowLabel(c *gin.Context) {
	l, err := h.svc.Label(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Label"))
		return
	}
	render.PostmenData(c, h.newLabel(l))
}

func validLabelStatus(s string) bool {
	switch s {
	case shipping.LabelCreating, shipping.LabelCreated, shipping.LabelFailed, shipping.LabelCancelling,
		shipping.LabelCancelled, shipping.LabelManifesting, shipping.LabelManifested:
		return true
	}
	return false
}

// splitList reads a comma-separated query value.
func splitList(raw string) []string {
	var out []string
	for _, p := range strings.Split(raw, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
