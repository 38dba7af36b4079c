package sandbox

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Rates quotes every service of the account's carrier that runs between the shipment's
// countries and takes its parcels (or only req.ServiceType).
func (s *Shipper) Rates(ctx context.Context, req carriers.RateRequest) ([]carriers.Rate, error) {
	card, err := s.begin(ctx, req.Account)
	if err != nil {
		return nil, err
	}
	if err := shipmentFailure(req.Account.Slug, req.Shipment); err != nil {
		return nil, err
	}
	if err := contactTrigger(req.Account.Slug, req.Shipment, triggerFailRate, "returned no rate for this shipment"); err != nil {
		return nil, err
	}
	l, err := s.lane(req.Account, card, req.Shipment, req.ShipDate)
	if err != nil {
		return nil, err
	}
	return l.rates(req.ServiceType)
}

// lane is one shipment on one carrier: where it goes, when it leaves, how it is billed.
type lane struct {
	slug, name  string
	card        *carrierCard
	from, to    string
	zone        int
	day         time.Time // ship day, midnight in the account's zone
	note        string
	bill        billing
	parcels     []carriers.Parcel
	residential bool
	remote      bool
	destZone    *time.Location
}

func (s *Shipper) lane(acct carriers.Account, card *carrierCard, sh carriers.Shipment, date time.Time) (*lane, error) {
	l := &lane{slug: acct.Slug, name: acct.Slug, card: card, from: iso3(sh.ShipFrom.Country), to: iso3(sh.ShipTo.Country), parcels: sh.Parcels}
	if c, ok := carriers.Lookup(acct.Slug); ok {
		l.name = c.Name
	}
	if card.origins != nil && !slices.Contains(card.origins, l.from) {
		return nil, refused(carriers.KindInvalidNumber, l.slug, "%s ships only from %s, not from %q", l.name, strings.Join(card.origins, ", "), l.from)
	}
	loc := zoneOf(acct)
	var err error
	if l.day, l.note, err = shipDay(acct.Slug, s.now(), date, loc, card.cutOff); err != nil {
		return nil, err
	}
	l.zone = internationalZone(l.from, l.to)
	if l.from == l.to {
		l.zone = domesticZone(sh.ShipFrom.PostalCode, sh.ShipTo.PostalCode)
	}
	l.bill = billingFor(card, l.from)
	l.residential = strings.EqualFold(sh.ShipTo.Type, "residential")
	l.remote = remoteArea(l.to, sh.ShipTo.PostalCode)
	if l.destZone = carriers.CountryZone(l.to); l.destZone == nil {
		l.destZone = loc
	}
	return l, nil
}

func (l *lane) rates(only string) ([]carriers.Rate, error) {
	profile, _ := carriers.ShippingProfileOf(l.slug)
	var out []carriers.Rate
	overweight := false
	for _, svc := range profile.Services {
		sc := l.card.services[svc.Type]
		if (only != "" && svc.Type != only) || sc == nil || !l.serves(svc, sc) {
			continue
		}
		r, ok := l.quote(svc, sc)
		if !ok {
			overweight = true
			continue
		}
		out = append(out, r)
	}
	if len(out) > 0 {
		return out, nil
	}
	return nil, l.noRate(profile, only, overweight)
}

func (l *lane) noRate(p carriers.ShippingProfile, only string, overweight bool) error {
	if _, ok := p.Service(only); only != "" && !ok {
		return refused(carriers.KindInvalidNumber, l.slug, "%s has no service type %q", l.name, only)
	}
	if overweight {
		return refused(carriers.KindInvalidNumber, l.slug, "over weight: no %s service takes a parcel this heavy", l.name)
	}
	what := l.name + " service"
	if only != "" {
		what = only
	}
	return refused(carriers.KindInvalidNumber, l.slug, "no %s from %s to %s", what, l.from, l.to)
}

// serves reports whether a service runs on the lane: domestic services inside their
// countries, international ones to the zones (and destinations) they list.
func (l *lane) serves(svc carriers.ShippingService, sc *serviceCard) bool {
	if sc.days[l.zone-1] == 0 {
		return false
	}
	if l.from == l.to {
		return svc.Domestic && (sc.countries == nil || slices.Contains(sc.countries, l.from))
	}
	return svc.International && (sc.to == nil || slices.Contains(sc.to, l.to))
}

// quote prices a service for the lane's parcels; false when a parcel is over its limit.
func (l *lane) quote(svc carriers.ShippingService, sc *serviceCard) (carriers.Rate, bool) {
	bands, step := sc.rounding(l.card)
	base, weight := 0.0, 0.0
	for _, p := range l.parcels {
		actual, dim := l.card.weighIn(p)
		if actual > sc.maxWeight+eps {
			return carriers.Rate{}, false
		}
		cw := chargeWeight(max(actual, dim), bands, step)
		weight += cw
		base += sc.table.price(l.zone, cw)
	}
	days := sc.days[l.zone-1]
	deliver := sc.deliverBy.on(dayOf(addBusinessDays(l.day, days), l.destZone))
	cutOff, pickup := l.card.cutOff.on(l.day), l.card.pickupBy.on(l.day)
	r := carriers.Rate{
		ServiceType: svc.Type, ServiceName: svc.Name,
		ChargeWeight:    carriers.Weight{Value: roundTo(weight, ""), Unit: l.card.unit},
		DetailedCharges: l.charges(base),
		BookingCutOff:   &cutOff, PickupDeadline: &pickup, DeliveryDate: &deliver, TransitTime: &days,
		InfoMessage: l.note,
	}
	r.TotalCharge = carriers.Money{Currency: l.bill.currency}
	for _, c := range r.DetailedCharges {
		r.TotalCharge.Amount += c.Charge.Amount
	}
	r.TotalCharge.Amount = roundTo(r.TotalCharge.Amount, l.bill.currency)
	return r, true
}

// charges breaks a price down the way invoices do: base, the per-parcel surcharges,
// and fuel as a percentage of all of them.
func (l *lane) charges(base float64) []carriers.Charge {
	n := float64(len(l.parcels))
	out := []carriers.Charge{{Type: "base", Charge: l.bill.money(base)}}
	fuelOn := base
	if l.residential && l.card.residential > 0 {
		out = append(out, carriers.Charge{Type: "residential", Charge: l.bill.money(l.card.residential * n)})
		fuelOn += l.card.residential * n
	}
	if l.remote && l.card.remote > 0 {
		out = append(out, carriers.Charge{Type: "remote_area", Charge: l.bill.money(l.card.remote * n)})
		fuelOn += l.card.remote * n
	}
	if l.card.fuelPct > 0 {
		out = append(out, carriers.Charge{Type: "fuel_surcharge", Charge: l.bill.money(fuelOn * l.card.fuelPct)})
	}
	return out
}
