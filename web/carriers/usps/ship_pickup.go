package usps

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type pickupRequest struct {
	PickupDate      string          `json:"pickupDate"`
	PickupAddress   pickupAddress   `json:"pickupAddress"`
	Packages        []pickupPackage `json:"packages"`
	EstimatedWeight float64         `json:"estimatedWeight"`
	PickupLocation  struct {
		PackageLocation     string `json:"packageLocation"`
		SpecialInstructions string `json:"specialInstructions,omitempty"`
	} `json:"pickupLocation"`
}

type pickupAddress struct {
	FirstName string              `json:"firstName"`
	LastName  string              `json:"lastName"`
	Firm      string              `json:"firm,omitempty"`
	Address   labelAddress        `json:"address"`
	Contact   []map[string]string `json:"contact"`
}

type pickupPackage struct {
	PackageType  string `json:"packageType"`
	PackageCount int    `json:"packageCount"`
}

// SchedulePickup books a free Carrier Pickup: the letter carrier collects the parcels on
// their route that day, so USPS confirms a day, not a time window. The window reported is
// the one asked for (09:00-17:00 by default).
func (s *Shipper) SchedulePickup(ctx context.Context, req carriers.PickupRequest) (*carriers.Pickup, error) {
	acct, err := s.account(req.Account, false)
	if err != nil {
		return nil, err
	}
	body, err := s.pickupRequest(acct, req)
	if err != nil {
		return nil, err
	}
	resp, err := s.call(ctx, acct, http.MethodPost, "/pickup/v3/carrier-pickup", body, options{})
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, s.refusal(resp)
	}
	var out struct {
		ConfirmationNumber string `json:"confirmationNumber"`
		PickupDate         string `json:"pickupDate"`
	}
	if err := s.api.HTTP.JSON(resp.Body, &out); err != nil {
		return nil, err
	}
	day, err := time.ParseInLocation(time.DateOnly, out.PickupDate, acct.zone)
	if out.ConfirmationNumber == "" || err != nil {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("pickup answer without confirmationNumber or pickupDate"))
	}
	return &carriers.Pickup{
		ConfirmationNumber: out.ConfirmationNumber,
		StartAt:            at(day, req.StartTime, "09:00"),
		EndAt:              at(day, req.EndTime, "17:00"),
		Charge:             &carriers.Money{Amount: 0, Currency: "USD"},
	}, nil
}

func (s *Shipper) pickupRequest(acct *account, req carriers.PickupRequest) (*pickupRequest, error) {
	a := req.Address
	if carriers.CountryISO3(a.Country) != "USA" {
		return nil, s.invalid("address.country: USPS collects parcels in the United States only")
	}
	if zip, _ := splitZIP(a.PostalCode); zip == "" || a.Street1 == "" {
		return nil, s.invalid("address: a street and a 5-digit ZIP Code are required for a USPS pickup")
	}
	count := len(req.TrackingNumbers)
	if count == 0 {
		count = len(req.Parcels)
	}
	if count == 0 {
		return nil, s.invalid("a pickup needs the labels or the parcels it collects")
	}
	first, last := splitName(a.ContactName)
	body := &pickupRequest{
		PickupDate:      s.day(acct, req.Date),
		PickupAddress:   pickupAddress{FirstName: first, LastName: last, Firm: a.CompanyName, Address: placeOf(a), Contact: contact(a)},
		Packages:        []pickupPackage{{PackageType: "OTHER", PackageCount: count}},
		EstimatedWeight: estimatedWeight(req.Parcels, count),
	}
	body.PickupLocation.PackageLocation = "FRONT_DOOR"
	if instr := strings.TrimSpace(req.Instructions); instr != "" {
		body.PickupLocation.PackageLocation, body.PickupLocation.SpecialInstructions = "OTHER", instr
	}
	return body, nil
}

// contact lists the ways the carrier can reach the shipper, as USPS wants them: one
// object per kind.
func contact(a carriers.Address) []map[string]string {
	out := []map[string]string{}
	if a.Email != "" {
		out = append(out, map[string]string{"email": a.Email})
	}
	if a.Phone != "" {
		out = append(out, map[string]string{"phone": a.Phone})
	}
	return out
}

// estimatedWeight is the pounds the carrier should expect: the parcels' weight when they are
// described, else a pound per label (USPS needs an estimate, not a declaration).
func estimatedWeight(parcels []carriers.Parcel, count int) float64 {
	if len(parcels) == 0 {
		return float64(count)
	}
	var lb float64
	for _, p := range parcels {
		lb += pounds(p.Weight)
	}
	return roundCents(max(lb, 1))
}

// at places a "15:04" time of day on a day, falling back to def when it does not parse.
func at(day time.Time, clock, def string) time.Time {
	t, err := time.Parse("15:04", clock)
	if err != nil {
		t, _ = time.Parse("15:04", def)
	}
	return time.Date(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute(), 0, 0, day.Location())
}

// CancelPickup cancels a booked Carrier Pickup. USPS only lets the current version of a
// pickup be cancelled, so the pickup is read first for its entity tag.
func (s *Shipper) CancelPickup(ctx context.Context, req carriers.CancelPickupRequest) error {
	acct, err := s.account(req.Account, false)
	if err != nil {
		return err
	}
	path := "/pickup/v3/carrier-pickup/" + url.PathEscape(req.ConfirmationNumber)
	resp, err := s.call(ctx, acct, http.MethodGet, path, nil, options{})
	if err != nil {
		return err
	}
	if !resp.OK() {
		return s.refusal(resp)
	}
	etag := resp.Header.Get("ETag")
	if etag == "" {
		return s.api.HTTP.Error(carriers.KindFormat, errors.New("pickup answer without an ETag"))
	}
	resp, err = s.call(ctx, acct, http.MethodDelete, path, nil, options{header: http.Header{"If-Match": {etag}}})
	if err != nil {
		return err
	}
	if !resp.OK() {
		return s.refusal(resp)
	}
	return nil
}
