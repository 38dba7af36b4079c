package postmen

import (
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping"
)

// accountRefOut names a shipper account inside another object.
type accountRefOut struct {
	ID          string  `json:"id"`
	Slug        string  `json:"slug"`
	Description *string `json:"description"`
}

func newAccountRef(r shipping.AccountRef) accountRefOut {
	return accountRefOut{ID: r.ID, Slug: r.Slug, Description: null(r.Description)}
}

type chargeOut struct {
	Type   string   `json:"type"`
	Charge moneyDTO `json:"charge"`
}

// rateOut is one priced service, or one account's failure to price.
type rateOut struct {
	ShipperAccount  accountRefOut `json:"shipper_account"`
	ServiceType     *string       `json:"service_type"`
	ServiceName     *string       `json:"service_name"`
	PickupDeadline  *string       `json:"pickup_deadline"`
	BookingCutOff   *string       `json:"booking_cut_off"`
	DeliveryDate    *string       `json:"delivery_date"`
	TransitTime     *int          `json:"transit_time"`
	ChargeWeight    *weightDTO    `json:"charge_weight"`
	TotalCharge     *moneyDTO     `json:"total_charge"`
	DetailedCharges []chargeOut   `json:"detailed_charges"`
	ErrorMessage    *string       `json:"error_message"`
	InfoMessage     *string       `json:"info_message"`
}

func newRate(acc shipping.AccountRef, r carriers.Rate, errMsg string) rateOut {
	out := rateOut{ShipperAccount: newAccountRef(acc), ServiceType: null(r.ServiceType), ServiceName: null(r.ServiceName),
		PickupDeadline: stampLocal(r.PickupDeadline), BookingCutOff: stampLocal(r.BookingCutOff),
		DeliveryDate: stampLocal(r.DeliveryDate), TransitTime: r.TransitTime, ChargeWeight: newWeight(r.ChargeWeight),
		TotalCharge: newMoney(r.TotalCharge), DetailedCharges: []chargeOut{},
		ErrorMessage: null(errMsg), InfoMessage: null(r.InfoMessage)}
	for _, c := range r.DetailedCharges {
		out.DetailedCharges = append(out.DetailedCharges, chargeOut{Type: c.Type, Charge: moneyDTO{Amount: c.Charge.Amount, Currency: c.Charge.Currency}})
	}
	return out
}

// rateQuoteOut is a rate calculation: one entry per account and service.
type rateQuoteOut struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Rates     []rateOut `json:"rates"`
	CreatedAt string    `json:"created_at"`
	UpdatedAt string    `json:"updated_at"`
}

func newRateQuote(q *shipping.RateQuote) rateQuoteOut {
	out := rateQuoteOut{ID: q.ID, Status: q.Status, Rates: []rateOut{},
		CreatedAt: stampMillis(q.CreatedAt), UpdatedAt: stampMillis(q.UpdatedAt)}
	for _, r := range q.Rates {
		out.Rates = append(out.Rates, newRate(r.ShipperAccount, r.Rate, r.ErrorMessage))
	}
	return out
}
