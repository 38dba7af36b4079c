package console

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// ShowPickups lists pickups with the form to schedule one, dated today.
func (h *Shipping) ShowPickups(c *gin.Context) {
	form := templates.PickupForm{StartTime: "09:00", EndTime: "17:00", LabelIDs: map[string]bool{}}
	h.pickupsPage(c, http.StatusOK, form, noticeOf(c))
}

// CreatePickup books a collection of the chosen labels, or of parcels described.
func (h *Shipping) CreatePickup(c *gin.Context) {
	form := templates.PickupForm{AccountID: c.PostForm("shipper_account.id"), LabelIDs: map[string]bool{},
		Parcels: strings.TrimSpace(c.PostForm("parcels")), Weight: strings.TrimSpace(c.PostForm("parcel_weight")),
		Date: c.PostForm("pickup_date"), StartTime: c.PostForm("start_time"), EndTime: c.PostForm("end_time"),
		Instructions: strings.TrimSpace(c.PostForm("instructions")), Errors: templates.FieldErrors{}}
	in := shipping.PickupInput{ShipperAccountID: form.AccountID, PickupDate: form.Date,
		StartTime: form.StartTime, EndTime: form.EndTime, Instructions: form.Instructions}
	for _, id := range c.PostFormArray("label_ids") {
		form.LabelIDs[id] = true
		in.LabelIDs = append(in.LabelIDs, id)
	}
	in.Parcels = pickupParcels(&form)
	if len(in.LabelIDs) == 0 && len(in.Parcels) == 0 && len(form.Errors) == 0 {
		form.Errors["label_ids"] = "Tick the labels to collect, or give the number of parcels."
	}
	if len(form.Errors) == 0 {
		_, err := h.Svc.CreatePickup(c.Request.Context(), orgID(c), in, newIdempotencyKey())
		if err == nil {
			doneRedirect(c, "/shipping/pickups", "pickup-booked")
			return
		}
		errs, msg, ok := userProblems(err, pickupInputs)
		if !ok {
			h.serverError(c, err)
			return
		}
		form.Errors, form.Problem = errs, msg
	}
	h.pickupsPage(c, http.StatusUnprocessableEntity, form, "")
}

var pickupInputs = map[string]bool{"shipper_account.id": true, "pickup_date": true, "start_time": true,
	"end_time": true, "instructions": true, "label_ids": true, "parcels": true, "parcel_weight": true}

// pickupParcels are the parcels without labels, all of one weight.
func pickupParcels(f *templates.PickupForm) []carriers.Parcel {
	if f.Parcels == "" || f.Parcels == "0" {
		return nil
	}
	n, err := strconv.Atoi(f.Parcels)
	if err != nil || n < 1 || n > 99 {
		f.Errors["parcels"] = "Enter how many parcels, from 1 to 99."
		return nil
	}
	kg, err := strconv.ParseFloat(strings.ReplaceAll(orDefault(f.Weight, "1"), ",", "."), 64)
	if err != nil || kg <= 0 {
		f.Errors["parcel_weight"] = "Enter the weight of each parcel in kg, like 2.5."
		return nil
	}
	out := make([]carriers.Parcel, n)
	for i := range out {
		out[i] = carriers.Parcel{BoxType: "custom", Weight: carriers.Weight{Value: kg, Unit: "kg"},
			Dimension: carriers.Dimension{Width: 30, Height: 20, Depth: 20, Unit: "cm"}}
	}
	return out
}

// CancelPickup cancels a booked collection.
func (h *Shipping) CancelPickup(c *gin.Context) {
	ctx, org := c.Request.Context(), orgID(c)
	if _, err := h.Svc.Pickup(ctx, org, c.Param("id")); err != nil {
		h.shippingFailure(c, err)
		return
	}
	_, err := h.Svc.CancelPickup(ctx, org, c.Param("id"), newIdempotencyKey())
	if err != nil {
		if _, msg, ok := userProblems(err, nil); ok && !isNotFound(err) {
			badRequest(c, "The pickup was not cancelled", msg)
			return
		}
		h.shippingFailure(c, err)
		return
	}
	doneRedirect(c, "/shipping/pickups", "pickup-cancelled")
}

func (h *Shipping) pickupsPage(c *gin.Context, status int, form templates.PickupForm, notice string) {
	ctx, org := c.Request.Context(), orgID(c)
	accs, err := h.enabledAccounts(c)
	if err != nil {
		h.serverError(c, err)
		return
	}
	pickups, err := h.Svc.ListPickups(ctx, org, shipping.ListFilter{Limit: 50})
	if err != nil {
		h.serverError(c, err)
		return
	}
	open, err := h.Svc.ListLabels(ctx, org, shipping.LabelFilter{Status: shipping.LabelCreated, Limit: 50})
	if err != nil {
		h.serverError(c, err)
		return
	}
	if form.Date == "" {
		form.Date = h.today(accs)
	}
	v := templates.PickupsPage{Accounts: accountChoices(accs), Form: form, Notice: notice}
	for i := range open.Items {
		v.OpenLabels = append(v.OpenLabels, labelRow(&open.Items[i]))
	}
	for _, p := range pickups.Items {
		v.Rows = append(v.Rows, pickupRow(p))
	}
	if render.IsHTMX(c) {
		if status == http.StatusOK || status == http.StatusUnprocessableEntity {
			render.HTML(c, status, templates.PickupFormCard(v))
			return
		}
	}
	render.HTML(c, status, templates.PickupsScreen(nav(c, "pickups"), v))
}

// today is the date in the first account's time zone, where its driver comes.
func (h *Shipping) today(accs []shipping.ShipperAccount) string {
	loc := time.UTC
	if len(accs) > 0 {
		if l, err := time.LoadLocation(accs[0].Timezone); err == nil {
			loc = l
		}
	}
	return h.Now().In(loc).Format(time.DateOnly)
}

func pickupRow(p shipping.Pickup) templates.PickupRow {
	r := templates.PickupRow{ID: p.ID, Status: p.Status, StatusLabel: statusLabel(p.Status),
		AccountName: accountName(p.ShipperAccount), Date: p.PickupDate, Confirmation: p.ConfirmationNumber,
		Labels: len(p.LabelIDs), ErrorMessage: p.ErrorMessage, Cancellable: p.Status == shipping.PickupCreated}
	if p.StartTime != "" || p.EndTime != "" {
		r.Window = clock(p.StartTime) + "–" + clock(p.EndTime)
	}
	if p.Charge != nil {
		r.Charge = money(*p.Charge)
	}
	return r
}

// clock shows a time of day to the minute ("09:00:00" reads "09:00").
func clock(t string) string {
	if len(t) == len("15:04:05") {
		return t[:len("15:04")]
	}
	return t
}
