package aftership

import (
	"cmp"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// PredictBatch serves POST /estimated-delivery-date/predict-batch: one to five
// shipments, each answered with a delivery window, or the first invalid one named.
func (h *Handler) PredictBatch(c *gin.Context) {
	body, ok := h.body(c)
	if !ok {
		return
	}
	reqs, err := h.v.decodeEDD(body)
	if err != nil {
		h.fail(c, err)
		return
	}
	preds, err := tracking.PredictBatch(reqs)
	if err != nil {
		h.fail(c, err)
		return
	}
	render.AfterShipOK(c, http.StatusOK, h.v.edd(reqs, preds))
}

// The parts of an estimated-delivery-date request every version spells alike.

type eddWeight struct {
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`
}

type eddProcessing struct {
	Unit  string `json:"unit"`
	Value int    `json:"value"`
}

type eddPickupIn struct {
	OrderTime           string         `json:"order_time"`
	OrderCutoffTime     *string        `json:"order_cutoff_time"`
	BusinessDays        []int          `json:"business_days,omitempty"`
	OrderProcessingTime *eddProcessing `json:"order_processing_time"`
}

// eddPickupOut echoes the pickup plan with the pick-up time it leads to.
type eddPickupOut struct {
	eddPickupIn
	PickupTime string `json:"pickup_time"`
}

// eddShipment is the version-neutral part of one prediction request.
type eddShipment struct {
	Slug            string
	ServiceTypeName *string
	Weight          *eddWeight
	PackageCount    *int
	PickupTime      *string
	EstimatedPickup *eddPickupIn
}

func (s eddShipment) request(origin, dest tracking.EDDAddress) tracking.EDDRequest {
	r := tracking.EDDRequest{Slug: s.Slug, ServiceTypeName: deref(s.ServiceTypeName), Origin: origin,
		Destination: dest, PackageCount: s.PackageCount, PickupTime: deref(s.PickupTime)}
	if s.Weight != nil {
		r.Weight = &tracking.EDDWeight{Unit: s.Weight.Unit, Value: s.Weight.Value}
	}
	if p := s.EstimatedPickup; p != nil {
		r.Plan = &tracking.EDDPickupPlan{OrderTime: p.OrderTime, CutoffTime: deref(p.OrderCutoffTime), BusinessDays: p.BusinessDays}
		if p.OrderProcessingTime != nil {
			r.Plan.ProcessingUnit, r.Plan.ProcessingDays = p.OrderProcessingTime.Unit, p.OrderProcessingTime.Value
		}
	}
	return r
}

// pickupOut echoes the plan with its pick-up time, or nil when the request gave
// a pickup_time instead.
func pickupOut(r tracking.EDDRequest, p tracking.EDDPrediction) *eddPickupOut {
	if r.PickupTime != "" || r.Plan == nil {
		return nil
	}
	plan := r.Plan
	in := eddPickupIn{OrderTime: plan.OrderTime, OrderCutoffTime: orNull(plan.CutoffTime), BusinessDays: plan.BusinessDays}
	if plan.ProcessingUnit != "" || plan.ProcessingDays != 0 {
		in.OrderProcessingTime = &eddProcessing{Unit: cmp.Or(plan.ProcessingUnit, "day"), Value: plan.ProcessingDays}
	}
	return &eddPickupOut{eddPickupIn: in, PickupTime: p.PickupTime.Format(tracking.EDDTimeLayout)}
}

func weightOut(w *tracking.EDDWeight) *eddWeight {
	if w == nil {
		return nil
	}
	return &eddWeight{Unit: w.Unit, Value: w.Value}
}
