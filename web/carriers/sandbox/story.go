package sandbox

import (
	"fmt"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// parcel is everything fixed about one (carrier, number) pair: the words, the route and
// the people, all drawn from a hash so the same number always tells the same story.
type parcel struct {
	courier carriers.Courier
	vocab   vocab
	route   route
	sc      *scenario
	seed    uint64
	driver  string
	phone   string
	signer  string
	window  string
}

func newParcel(slug, num string, sc *scenario) parcel {
	c, ok := carriers.Lookup(slug)
	if !ok {
		c = carriers.Courier{Slug: slug, Name: strings.ToUpper(slug), CountryISO3: "USA", TimeZone: "America/New_York"}
	}
	seed := hashOf(c.Slug, num)
	p := parcel{courier: c, sc: sc, seed: seed}
	p.vocab, p.route = wordingAndRoute(c, seed)
	p.phone = fmt.Sprintf("010-%04d-%04d", seed%10000, (seed/10000)%10000)
	if p.vocab.Lang == "ko" {
		p.driver, p.signer, p.window = pickOf(koDrivers, seed, 1), pickOf(koSigners, seed, 2), pickOf(koWindows, seed, 3)
	} else {
		p.driver, p.signer, p.window = pickOf(enDrivers, seed, 1), pickOf(enSigners, seed, 2), pickOf(enWindows, seed, 3)
		p.phone = fmt.Sprintf("(555) %03d-%04d", seed%1000, (seed/1000)%10000)
	}
	if sc.International {
		p.route.Origin = p.route.Abroad
	}
	return p
}

// wordingAndRoute chooses Korean wording for Korean couriers (Korea Post has its own) and
// English elsewhere, with a route in the courier's home country.
func wordingAndRoute(c carriers.Courier, seed uint64) (vocab, route) {
	switch {
	case c.Slug == "kpost":
		return koPost, krPostRoutes[seed%uint64(len(krPostRoutes))]
	case c.CountryISO3 == "KOR":
		return koParcel, krParcelRoutes[seed%uint64(len(krParcelRoutes))]
	}
	if r, ok := otherRoutes[c.CountryISO3]; ok {
		return english, r
	}
	if c.CountryISO3 != "USA" && c.TimeZone != "" {
		return english, syntheticRoute(c.Name, c.CountryISO3, c.TimeZone)
	}
	return english, usRoutes[seed%uint64(len(usRoutes))]
}

// pickOf chooses from a list with a different slice of the seed per use, so driver and
// signer do not move in lockstep.
func pickOf(list []string, seed uint64, salt uint64) string {
	return list[(seed>>(8*salt))%uint64(len(list))]
}

func (p parcel) stopOf(b beat) stop {
	switch beatPlace[b] {
	case atHub:
		return p.route.Hub
	case atDest:
		return p.route.Dest
	case atGateway:
		return p.route.Gateway
	}
	return p.route.Origin
}

// checkpoint words a beat that happened at instant at, and classifies the wording through
// the carrier status tables; the beat's own meaning is only the fallback.
func (p parcel) checkpoint(b beat, at time.Time) carriers.Checkpoint {
	st := p.stopOf(b)
	ph := p.vocab.Phrases[b]
	cp := carriers.Checkpoint{
		Time: at.In(carriers.Zone(st.Zone)), Message: p.fill(ph.Desc, st), Location: st.Name,
		City: st.City, State: st.State, Zip: st.Zip, CountryISO3: st.ISO3, CountryName: st.Country,
		RawStatus: ph.Raw, RawCode: beatCode[b],
	}
	if r, ok := carriers.MatchFor(p.vocab.Table, cp.RawCode, ph.Raw); ok {
		cp.Tag, cp.Subtag = r.Tag, r.Subtag
	} else {
		cp.Subtag = beatIntent[b]
		cp.Tag = carriers.TagOfSubtag(cp.Subtag)
	}
	return cp
}

func (p parcel) fill(s string, st stop) string {
	place := st.City
	if p.vocab.Lang == "ko" {
		place = st.Name
	}
	return strings.NewReplacer("{driver}", p.driver, "{phone}", p.phone, "{window}", p.window,
		"{signer}", p.signer, "{place}", place, "{carrier}", p.courier.Name).Replace(s)
}

// facts fills the shipment facts a carrier reports alongside its events.
func (p parcel) facts(res *carriers.Result, base time.Time, step time.Duration) {
	res.Sandbox = true
	res.PackageCount = 1
	res.OriginCountryISO3 = p.route.Origin.ISO3
	res.DestinationCountryISO3 = p.route.Dest.ISO3
	res.ShipmentType = shipmentType(p.courier)
	w := float64(3+p.seed%120) / 10 // 0.3 .. 12.2 kg, one decimal like carriers print
	res.ShipmentWeight, res.ShipmentWeightUnit = &w, "kg"
	if p.courier.CountryISO3 == "USA" {
		lb := float64(int(w*22.0462)) / 10
		res.ShipmentWeight, res.ShipmentWeightUnit = &lb, "lb"
	}
	if len(res.Checkpoints) == 0 {
		return
	}
	if p.sc.EDD > 0 {
		edd := base.Add(time.Duration(p.sc.EDD) * step).In(carriers.Zone(p.route.Dest.Zone))
		res.EstimatedDelivery = &edd
	}
	if last := res.Checkpoints[len(res.Checkpoints)-1]; last.Subtag == "Delivered_003" {
		res.SignedBy = p.signer
	}
}

func shipmentType(c carriers.Courier) string {
	switch c.Slug {
	case "usps":
		return "USPS Ground Advantage"
	case "ups":
		return "UPS Ground"
	case "fedex":
		return "FedEx Ground"
	case "dhl":
		return "DHL Express Worldwide"
	case "kpost":
		return "등기소포"
	}
	if c.CountryISO3 == "KOR" {
		return "택배"
	}
	return "Parcel"
}
