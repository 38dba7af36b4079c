package fedex

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type trackResponse struct {
	Output struct {
		Complete []struct {
			Results []trackResult `json:"trackResults"`
		} `json:"completeTrackResults"`
	} `json:"output"`
}

type address struct {
	City        string `json:"city"`
	State       string `json:"stateOrProvinceCode"`
	PostalCode  string `json:"postalCode"`
	CountryCode string `json:"countryCode"`
	CountryName string `json:"countryName"`
}

type trackResult struct {
	Error     *apiError                 `json:"error"`
	Shipper   struct{ Address address } `json:"shipperInformation"`
	Recipient struct{ Address address } `json:"recipientInformation"`
	Dates     []struct {
		Type     string `json:"type"`
		DateTime string `json:"dateTime"`
	} `json:"dateAndTimes"`
	Package struct {
		Count   string `json:"count"`
		Weights struct {
			Weight []struct {
				Value string `json:"value"`
				Unit  string `json:"unit"`
			} `json:"weight"`
		} `json:"weightAndDimensions"`
	} `json:"packageDetails"`
	Delivery struct {
		ReceivedBy string `json:"receivedByName"`
	} `json:"deliveryDetails"`
	Service struct {
		Description string `json:"description"`
	} `json:"serviceDetail"`
	Scans []scan `json:"scanEvents"`
}

type scan struct {
	Date                 string  `json:"date"`
	EventType            string  `json:"eventType"`
	EventDescription     string  `json:"eventDescription"`
	ExceptionDescription string  `json:"exceptionDescription"`
	Location             address `json:"scanLocation"`
}

func (a *Adapter) result(out trackResponse, shipDate string) (*carriers.Result, error) {
	if len(out.Output.Complete) == 0 || len(out.Output.Complete[0].Results) == 0 {
		return nil, a.HTTP.Error(carriers.KindFormat, errors.New("answer has no trackResults"))
	}
	r := latest(out.Output.Complete[0].Results)
	if r.Error != nil {
		return nil, a.trackError(r.Error)
	}
	res := &carriers.Result{
		ShipmentType: r.Service.Description, SignedBy: strings.TrimSpace(r.Delivery.ReceivedBy),
		OriginCountryISO3:      carriers.CountryISO3(r.Shipper.Address.CountryCode),
		DestinationCountryISO3: carriers.CountryISO3(r.Recipient.Address.CountryCode),
	}
	res.PackageCount, _ = strconv.Atoi(r.Package.Count)
	if w := r.Package.Weights.Weight; len(w) > 0 {
		if v, err := strconv.ParseFloat(w[0].Value, 64); err == nil {
			res.ShipmentWeight, res.ShipmentWeightUnit = &v, strings.ToLower(w[0].Unit)
		}
	}
	if t, ok := r.date("ESTIMATED_DELIVERY"); ok {
		res.EstimatedDelivery = &t
	}
	cps := make([]carriers.Checkpoint, 0, len(r.Scans))
	for _, s := range r.Scans {
		cps = append(cps, carriers.Classified(Slug, s.checkpoint(), carriers.TagInTransit))
	}
	res.Checkpoints = carriers.Tidy(cps)
	return res, nil
}

func (a *Adapter) trackError(e *apiError) error {
	err := errors.New(e.Code + " " + e.Message)
	switch {
	case strings.Contains(e.Code, "NOTFOUND"):
		return a.HTTP.Error(carriers.KindNotFound, err)
	case strings.Contains(e.Code, "INVALID"):
		return a.HTTP.Error(carriers.KindInvalidNumber, err)
	}
	return a.HTTP.Error(carriers.KindUnavailable, err)
}

// latest picks, among the shipments FedEx returns for a reused number, the one shipped
// most recently.
func latest(rs []trackResult) trackResult {
	best, bestShip := rs[0], time.Time{}
	for _, r := range rs {
		if t, ok := r.date("SHIP"); ok && t.After(bestShip) {
			best, bestShip = r, t
		}
	}
	return best
}

func (r trackResult) date(kind string) (time.Time, bool) {
	for _, d := range r.Dates {
		if d.Type == kind {
			t, err := time.Parse(time.RFC3339, d.DateTime)
			return t, err == nil
		}
	}
	return time.Time{}, false
}

func (s scan) checkpoint() carriers.Checkpoint {
	status := strings.TrimSpace(s.EventDescription)
	if ex := strings.TrimSpace(s.ExceptionDescription); ex != "" {
		status += " - " + ex // the exception says why, and decides the subtag
	}
	l := s.Location
	parts := make([]string, 0, 3)
	for _, p := range []string{l.City, strings.TrimSpace(l.State + " " + l.PostalCode), l.CountryCode} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	t, _ := time.Parse(time.RFC3339, s.Date) // FedEx dates carry the scan's own offset
	return carriers.Checkpoint{
		Time: t, RawCode: s.EventType, RawStatus: status, Message: status, Location: strings.Join(parts, ", "),
		City: l.City, State: l.State, Zip: l.PostalCode, CountryISO3: carriers.CountryISO3(l.CountryCode), CountryName: l.CountryName,
	}
}
