package usps

import (
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"`
}

type oauthError struct {
	Error       string `json:"error"`
	Description string `json:"error_description"`
}

type trackingResponse struct {
	TrackingNumber            string      `json:"trackingNumber"`
	MailClass                 string      `json:"mailClass"`
	DestinationCountryCode    string      `json:"destinationCountryCode"`
	OriginCountry             string      `json:"originCountry"`
	ExpectedDeliveryTimeStamp string      `json:"expectedDeliveryTimeStamp"`
	PredictedDeliveryDate     string      `json:"predictedDeliveryDate"`
	Events                    []event     `json:"trackingEvents"`
	Error                     *errorBlock `json:"error"`
}

type event struct {
	EventType      string `json:"eventType"`
	EventTimestamp string `json:"eventTimestamp"`
	GMTTimestamp   string `json:"GMTTimestamp"`
	GMTOffset      string `json:"GMTOffset"`
	EventCountry   string `json:"eventCountry"`
	EventCity      string `json:"eventCity"`
	EventState     string `json:"eventState"`
	EventZIP       string `json:"eventZIP"`
	Name           string `json:"name"`
	EventCode      string `json:"eventCode"`
}

type errorBlock struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Errors  []struct {
		Code   string `json:"code"`
		Title  string `json:"title"`
		Detail string `json:"detail"`
	} `json:"errors"`
}

func (e *errorBlock) describe() string {
	if e == nil {
		return ""
	}
	parts := []string{e.Message}
	for _, d := range e.Errors {
		parts = append(parts, d.Title, d.Detail)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

func (e *errorBlock) says(words ...string) bool {
	text := strings.ToLower(e.describe())
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// home is the zone of an event USPS sends without any offset: USPS publishes times in
// Eastern time when it does not know better.
var home = carriers.Zone("America/New_York")

func (r *trackingResponse) result() *carriers.Result {
	res := &carriers.Result{ShipmentType: r.MailClass, DestinationCountryISO3: carriers.CountryISO3(r.DestinationCountryCode), OriginCountryISO3: carriers.CountryISO3(r.OriginCountry)}
	if res.OriginCountryISO3 == "" {
		res.OriginCountryISO3 = "USA"
	}
	cps := make([]carriers.Checkpoint, 0, len(r.Events))
	for _, e := range r.Events {
		c := carriers.Classified(Slug, e.checkpoint(), carriers.TagInTransit)
		if c.Tag == carriers.TagDelivered && e.Name != "" && res.SignedBy == "" {
			res.SignedBy = strings.TrimSpace(e.Name)
		}
		cps = append(cps, c)
	}
	res.Checkpoints = carriers.Tidy(cps)
	res.EstimatedDelivery = r.estimate()
	return res
}

func (e event) checkpoint() carriers.Checkpoint {
	c := carriers.Checkpoint{
		Time: e.time(), RawCode: e.EventCode, RawStatus: e.EventType, Message: e.EventType,
		City: e.EventCity, State: e.EventState, Zip: e.EventZIP, CountryName: e.EventCountry,
	}
	switch {
	case e.EventCountry == "" && (e.EventState != "" || e.EventZIP != ""):
		c.CountryISO3, c.CountryName = "USA", "United States"
	case e.EventCountry != "":
		c.CountryISO3 = carriers.CountryISO3(e.EventCountry)
	}
	c.Location = location(e.EventCity, e.EventState, e.EventZIP, e.EventCountry)
	return c
}

// time reads an event's time in the zone it happened in: the UTC instant with its offset
// when USPS gives both, else the local time with its offset, else Eastern time.
func (e event) time() time.Time {
	zone := offsetZone(e.GMTOffset)
	if utc, err := time.Parse(time.RFC3339, e.GMTTimestamp); err == nil && zone != nil {
		return utc.In(zone)
	}
	if t, err := time.Parse(time.RFC3339, e.EventTimestamp); err == nil {
		if zone != nil {
			return t.In(zone)
		}
		return t
	}
	if zone == nil {
		zone = home
	}
	t, err := time.ParseInLocation("2006-01-02T15:04:05", e.EventTimestamp, zone)
	if err != nil {
		return time.Time{}
	}
	return t
}

// offsetZone reads "-04:00"; nil when absent or unreadable.
func offsetZone(s string) *time.Location {
	t, err := time.Parse("-07:00", strings.TrimSpace(s))
	if err != nil {
		return nil
	}
	_, off := t.Zone()
	return time.FixedZone("", off)
}

func (r *trackingResponse) estimate() *time.Time {
	if t, err := time.Parse(time.RFC3339, r.ExpectedDeliveryTimeStamp); err == nil {
		return &t
	}
	if t, err := time.ParseInLocation(time.DateOnly, r.PredictedDeliveryDate, home); err == nil {
		return &t
	}
	return nil
}

func location(city, state, zip, country string) string {
	parts := make([]string, 0, 3)
	if city != "" {
		parts = append(parts, city)
	}
	if sz := strings.TrimSpace(state + " " + zip); sz != "" {
		parts = append(parts, sz)
	}
	if country != "" {
		parts = append(parts, country)
	}
	return strings.Join(parts, ", ")
}
