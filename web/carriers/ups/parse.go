package ups

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type tokenResponse struct {
	AccessToken string  `json:"access_token"`
	ExpiresIn   seconds `json:"expires_in"`
}

// seconds reads expires_in, which UPS sends as a string ("14399").
type seconds string

func (s *seconds) UnmarshalJSON(b []byte) error {
	*s = seconds(strings.Trim(string(b), `"`))
	return nil
}

func (s seconds) duration() time.Duration {
	n, err := strconv.Atoi(string(s))
	if err != nil || n <= 0 {
		return time.Hour
	}
	return time.Duration(n) * time.Second
}

type upsErrors []struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e upsErrors) has(codes ...string) bool {
	for _, x := range e {
		for _, c := range codes {
			if x.Code == c {
				return true
			}
		}
	}
	return false
}

func (e upsErrors) describe() string {
	parts := make([]string, 0, len(e))
	for _, x := range e {
		parts = append(parts, x.Code+" "+x.Message)
	}
	return strings.Join(parts, "; ")
}

type trackResponse struct {
	TrackResponse struct {
		Shipment []struct {
			Package  []pkg     `json:"package"`
			Warnings upsErrors `json:"warnings"`
		} `json:"shipment"`
	} `json:"trackResponse"`
}

type pkg struct {
	DeliveryDate []struct {
		Type string `json:"type"`
		Date string `json:"date"`
	} `json:"deliveryDate"`
	DeliveryInformation struct {
		ReceivedBy string `json:"receivedBy"`
	} `json:"deliveryInformation"`
	Activity       []activity `json:"activity"`
	PackageAddress []struct {
		Type    string  `json:"type"`
		Address address `json:"address"`
	} `json:"packageAddress"`
	Weight struct {
		Unit   string `json:"unitOfMeasurement"`
		Weight string `json:"weight"`
	} `json:"weight"`
	Service struct {
		Description string `json:"description"`
	} `json:"service"`
	PackageCount int `json:"packageCount"`
}

type address struct {
	City          string `json:"city"`
	StateProvince string `json:"stateProvince"`
	PostalCode    string `json:"postalCode"`
	Country       string `json:"country"`
	CountryCode   string `json:"countryCode"`
}

type activity struct {
	Location struct {
		Address address `json:"address"`
	} `json:"location"`
	Status struct {
		Type        string `json:"type"`
		Description string `json:"description"`
		Code        string `json:"code"`
	} `json:"status"`
	Date      string `json:"date"`
	Time      string `json:"time"`
	GMTDate   string `json:"gmtDate"`
	GMTTime   string `json:"gmtTime"`
	GMTOffset string `json:"gmtOffset"`
}

func (a *Adapter) result(body trackResponse) (*carriers.Result, error) {
	ships := body.TrackResponse.Shipment
	if len(ships) == 0 {
		return nil, a.HTTP.Error(carriers.KindFormat, errors.New("answer has no shipment"))
	}
	if len(ships[0].Package) == 0 {
		// "TW0001 Tracking Information Not Found" comes as a warning on a 200.
		return nil, a.HTTP.Error(carriers.KindNotFound, errors.New(ships[0].Warnings.describe()))
	}
	p := ships[0].Package[0]
	res := &carriers.Result{ShipmentType: p.Service.Description, PackageCount: p.PackageCount,
		SignedBy: strings.TrimSpace(p.DeliveryInformation.ReceivedBy)}
	for _, pa := range p.PackageAddress {
		switch pa.Type {
		case "ORIGIN":
			res.OriginCountryISO3 = carriers.CountryISO3(pa.Address.CountryCode)
		case "DESTINATION":
			res.DestinationCountryISO3 = carriers.CountryISO3(pa.Address.CountryCode)
		}
	}
	if w, err := strconv.ParseFloat(p.Weight.Weight, 64); err == nil && w > 0 {
		res.ShipmentWeight, res.ShipmentWeightUnit = &w, weightUnit(p.Weight.Unit)
	}
	res.EstimatedDelivery = p.scheduled()
	cps := make([]carriers.Checkpoint, 0, len(p.Activity))
	for _, act := range p.Activity {
		cps = append(cps, carriers.Classified(Slug, act.checkpoint(), carriers.TagInTransit))
	}
	res.Checkpoints = carriers.Tidy(cps)
	return res, nil
}

func weightUnit(u string) string {
	switch strings.ToUpper(u) {
	case "LBS", "LB":
		return "lb"
	case "KGS", "KG":
		return "kg"
	}
	return strings.ToLower(u)
}

// scheduled is the scheduled (SDD) or rescheduled (RDD) delivery date, in the eastern
// zone UPS uses for dates without a place.
func (p pkg) scheduled() *time.Time {
	for _, d := range p.DeliveryDate {
		if d.Type == "SDD" || d.Type == "RDD" {
			if t, err := time.ParseInLocation("20060102", d.Date, eastern); err == nil {
				return &t
			}
		}
	}
	return nil
}

var eastern = carriers.Zone("America/New_York")

func (act activity) checkpoint() carriers.Checkpoint {
	ad := act.Location.Address
	desc := strings.TrimSpace(act.Status.Description)
	parts := make([]string, 0, 3)
	for _, s := range []string{ad.City, strings.TrimSpace(ad.StateProvince + " " + ad.PostalCode), ad.CountryCode} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return carriers.Checkpoint{
		Time: act.time(), RawCode: act.Status.Type, RawStatus: desc, Message: desc,
		Location: strings.Join(parts, ", "), City: ad.City, State: ad.StateProvince, Zip: ad.PostalCode,
		CountryISO3: carriers.CountryISO3(ad.CountryCode),
	}
}

// time reads the activity's UTC instant and offset when UPS gives them; otherwise its
// local date and time in the country's zone, or eastern time for multi-zone countries.
func (act activity) time() time.Time {
	if off, err := time.Parse("-07:00", act.GMTOffset); err == nil {
		if utc, err := time.Parse("20060102 15:04:05", act.GMTDate+" "+act.GMTTime); err == nil {
			_, secs := off.Zone()
			return utc.In(time.FixedZone("", secs))
		}
	}
	zone := carriers.CountryZone(act.Location.Address.CountryCode)
	if zone == nil {
		zone = eastern
	}
	t, err := time.ParseInLocation("20060102 150405", act.Date+" "+act.Time, zone)
	if err != nil {
		return time.Time{}
	}
	return t
}
