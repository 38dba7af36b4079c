package sendle

import (
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type apiError struct {
	Error       string `json:"error"`
	Description string `json:"error_description"`
}

type tracking struct {
	State       string  `json:"state"`
	Events      []event `json:"tracking_events"`
	Origin      place   `json:"origin"`
	Destination place   `json:"destination"`
	Scheduling  struct {
		EstimateMax string `json:"estimated_delivery_date_maximum"`
	} `json:"scheduling"`
}

type place struct {
	Country string `json:"country"`
}

type event struct {
	Type         string `json:"event_type"`
	ScanTime     string `json:"scan_time"`
	LocalTime    string `json:"local_scan_time"`
	Description  string `json:"description"`
	Reason       string `json:"reason"`
	Location     string `json:"location"`
	LocationData struct {
		Suburb   string `json:"suburb"`
		State    string `json:"state"`
		Postcode string `json:"postcode"`
		Country  string `json:"country"`
	} `json:"location_data"`
}

// home is Sendle's home zone, for events that carry neither an offset nor a country.
var home = carriers.Zone("Australia/Sydney")

func (t tracking) result() *carriers.Result {
	res := &carriers.Result{
		OriginCountryISO3:      carriers.CountryISO3(t.Origin.Country),
		DestinationCountryISO3: carriers.CountryISO3(t.Destination.Country),
	}
	cps := make([]carriers.Checkpoint, 0, len(t.Events))
	for _, e := range t.Events {
		cps = append(cps, carriers.Classified(Slug, e.checkpoint(), carriers.TagInTransit))
	}
	res.Checkpoints = carriers.Tidy(cps)
	if d, err := time.ParseInLocation(time.DateOnly, t.Scheduling.EstimateMax, home); err == nil {
		res.EstimatedDelivery = &d
	}
	return res
}

func (e event) checkpoint() carriers.Checkpoint {
	ld := e.LocationData
	msg := e.Description
	if e.Reason != "" {
		msg += " (" + e.Reason + ")"
	}
	loc := e.Location
	if loc == "" {
		loc = strings.Join(nonEmpty(ld.Suburb, strings.TrimSpace(ld.State+" "+ld.Postcode)), ", ")
	}
	return carriers.Checkpoint{
		Time: e.time(), RawCode: e.Type, RawStatus: e.Description, Message: msg, Location: loc,
		City: ld.Suburb, State: ld.State, Zip: ld.Postcode, CountryISO3: carriers.CountryISO3(ld.Country),
	}
}

// time places the UTC scan time in the offset of the place it happened: Sendle gives the
// local wall time beside the UTC one, and their difference is that offset (which keeps
// Adelaide's half hour and daylight saving right). Without the local time, the country's
// zone is used when it has one, else Sydney's.
func (e event) time() time.Time {
	utc, err := time.Parse(time.RFC3339, e.ScanTime)
	if err != nil {
		return time.Time{}
	}
	if local, err := time.Parse("2006-01-02T15:04:05", e.LocalTime); err == nil {
		off := local.Sub(utc)
		if off > -14*time.Hour && off < 15*time.Hour {
			return utc.In(time.FixedZone("", int(off.Round(15*time.Minute).Seconds())))
		}
	}
	if z := carriers.CountryZone(e.LocationData.Country); z != nil {
		return utc.In(z)
	}
	if e.LocationData.Country == "" || strings.EqualFold(e.LocationData.Country, "AU") {
		return utc.In(home)
	}
	return utc.UTC()
}

func nonEmpty(ss ...string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
