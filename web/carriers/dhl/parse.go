package dhl

import (
	"regexp"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// problem is DHL's RFC 7807 error body.
type problem struct {
	Title  string `json:"title"`
	Detail string `json:"detail"`
}

type response struct {
	Shipments []shipment `json:"shipments"`
}

type place struct {
	Address struct {
		CountryCode     string `json:"countryCode"`
		PostalCode      string `json:"postalCode"`
		AddressLocality string `json:"addressLocality"`
	} `json:"address"`
}

type shipment struct {
	ID          string `json:"id"`
	Service     string `json:"service"`
	Origin      place  `json:"origin"`
	Destination place  `json:"destination"`
	ETA         string `json:"estimatedTimeOfDelivery"`
	Details     struct {
		ProofOfDelivery struct {
			Signed struct {
				Name string `json:"name"`
			} `json:"signed"`
		} `json:"proofOfDelivery"`
		Pieces  int `json:"totalNumberOfPieces"`
		Product struct {
			Name string `json:"productName"`
		} `json:"product"`
		Weight struct {
			Value float64 `json:"value"`
			Unit  string  `json:"unitText"`
		} `json:"weight"`
	} `json:"details"`
	Events []event `json:"events"`
}

type event struct {
	Timestamp   string `json:"timestamp"`
	Location    place  `json:"location"`
	StatusCode  string `json:"statusCode"`
	Status      string `json:"status"`
	Description string `json:"description"`
}

// pick prefers the Express shipment when a number matches several DHL services.
func pick(ss []shipment) shipment {
	for _, s := range ss {
		if s.Service == "express" {
			return s
		}
	}
	return ss[0]
}

func (s shipment) result() *carriers.Result {
	res := &carriers.Result{
		SignedBy: s.Details.ProofOfDelivery.Signed.Name, PackageCount: s.Details.Pieces, ShipmentType: s.Details.Product.Name,
		OriginCountryISO3: s.Origin.country(), DestinationCountryISO3: s.Destination.country(),
	}
	if w := s.Details.Weight; w.Value > 0 {
		v := w.Value
		res.ShipmentWeight, res.ShipmentWeightUnit = &v, strings.ToLower(w.Unit)
	}
	if t, err := parseTime(s.ETA, s.Destination.zone()); err == nil {
		res.EstimatedDelivery = &t
	}
	cps := make([]carriers.Checkpoint, 0, len(s.Events))
	for _, e := range s.Events {
		cps = append(cps, carriers.Classified(Slug, e.checkpoint(), carriers.TagInTransit))
	}
	res.Checkpoints = carriers.Tidy(cps)
	return res
}

func (e event) checkpoint() carriers.Checkpoint {
	text := strings.TrimSpace(e.Description)
	if text == "" {
		text = strings.TrimSpace(e.Status)
	}
	a := e.Location.Address
	t, _ := parseTime(e.Timestamp, e.Location.zone())
	return carriers.Checkpoint{
		Time: t, RawCode: e.StatusCode, RawStatus: text, Message: text,
		Location: strings.TrimSpace(strings.Join(nonEmpty(a.AddressLocality, a.PostalCode), " ")),
		City:     e.Location.city(), Zip: a.PostalCode, CountryISO3: e.Location.country(),
	}
}

// DHL Express writes places as "INCHEON - KOREA, REPUBLIC OF (SOUTH K)": the city, then the
// country name, sometimes cut short in brackets.
var expressLocality = regexp.MustCompile(`^(.*?)\s+-\s+([^(]+?)\s*(\(.*)?$`)

func (p place) country() string {
	if c := carriers.CountryISO3(p.Address.CountryCode); c != "" {
		return c
	}
	if m := expressLocality.FindStringSubmatch(p.Address.AddressLocality); m != nil {
		return carriers.CountryISO3(m[2])
	}
	return ""
}

func (p place) city() string {
	if m := expressLocality.FindStringSubmatch(p.Address.AddressLocality); m != nil {
		return m[1]
	}
	return p.Address.AddressLocality
}

// zone is the place's country zone, used for DHL's naive local timestamps.
func (p place) zone() *time.Location {
	return carriers.CountryZone(p.country())
}

// parseTime reads DHL timestamps, which come with an offset, as UTC ("Z"), or - for
// Express - as naive local time at the place of the event. Naive times are read in the
// country's zone when it has one, else in UTC.
func parseTime(s string, zone *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if zone == nil {
		zone = time.UTC
	}
	t, err := time.ParseInLocation("2006-01-02T15:04:05", s, zone)
	if err != nil {
		t, err = time.ParseInLocation("2006-01-02T15:04", s, zone)
	}
	return t, err
}

func nonEmpty(ss ...string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
