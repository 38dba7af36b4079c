package sandbox

import (
	"cmp"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// CreateLabel buys a simulated label: the rate of the requested service and one tracking
// number per parcel. File is nil because Waypost renders sandbox labels itself.
func (s *Shipper) CreateLabel(ctx context.Context, req carriers.LabelRequest) (*carriers.Label, error) {
	card, err := s.begin(ctx, req.Account)
	if err != nil {
		return nil, err
	}
	slug := req.Account.Slug
	if err := shipmentFailure(slug, req.Shipment); err != nil {
		return nil, err
	}
	if err := contactTrigger(slug, req.Shipment, triggerFailLabel, "refused to create the label"); err != nil {
		return nil, err
	}
	if req.ServiceType == "" {
		return nil, refused(carriers.KindInvalidNumber, slug, "a label needs a service type")
	}
	l, err := s.lane(req.Account, card, req.Shipment, req.ShipDate)
	if err != nil {
		return nil, err
	}
	if l.from != l.to && req.Customs == nil && !req.IsDocument {
		return nil, refused(carriers.KindInvalidNumber, slug, "an international shipment of goods needs a customs declaration")
	}
	rates, err := l.rates(req.ServiceType)
	if err != nil {
		return nil, err
	}
	profile, _ := carriers.ShippingProfileOf(slug)
	svc, _ := profile.Service(req.ServiceType)
	numbers, err := s.numbers(req, svc)
	if err != nil {
		return nil, err
	}
	return &carriers.Label{
		TrackingNumbers: numbers, CarrierRef: carrierRef(slug, numbers, req.References),
		Rate: rates[0], Routing: routing(slug, req.Shipment.ShipTo),
	}, nil
}

// serial is where a parcel's number comes from: a retry with the same idempotency key
// gets the same one; otherwise the next value of the process's sequence.
func (s *Shipper) serial(req carriers.LabelRequest, parcel int) uint64 {
	if req.IdempotencyKey != "" {
		return hashOf("label", req.Account.ID, req.IdempotencyKey, strconv.Itoa(parcel))
	}
	return s.base + s.seq.Add(1)
}

func (s *Shipper) numbers(req carriers.LabelRequest, svc carriers.ShippingService) ([]string, error) {
	out := make([]string, len(req.Shipment.Parcels))
	for i := range out {
		n, ok := trackingNumber(req.Account, svc, s.serial(req, i))
		if !ok {
			return nil, refused(carriers.KindUnavailable, req.Account.Slug, "could not issue a tracking number; try again")
		}
		out[i] = n
	}
	return out, nil
}

// UPS service codes, USPS service type codes and the first letter of the S10 service
// indicator (E express, C parcel, L tracked packet, R signed for, T tracked domestic).
var (
	upsCodes = map[string]string{
		"ups-next_day_air": "01", "ups-2nd_day_air": "02", "ups-ground": "03", "ups-worldwide_express": "07",
		"ups-worldwide_expedited": "08", "ups-standard": "11", "ups-3_day_select": "12",
		"ups-next_day_air_saver": "13", "ups-next_day_air_early": "14", "ups-worldwide_express_plus": "54",
		"ups-worldwide_saver": "65",
	}
	uspsSTC = map[string]string{
		"usps-ground_advantage": "001", "usps-priority_mail": "055", "usps-priority_mail_express": "701", "usps-media_mail": "090",
	}
	s10Indicators = map[string]byte{
		"usps-first_class_package_international_service": 'L', "usps-priority_mail_express_international": 'E',
		"kpost-k_packet": 'L', "kpost-ems": 'E', "kpost-ems_premium": 'E',
		"canada-post-tracked_packet_usa": 'L', "canada-post-tracked_packet_international": 'L',
		"royal-mail-tracked_48": 'T', "royal-mail-tracked_24": 'T', "royal-mail-international_tracked": 'L',
		"royal-mail-international_tracked_and_signed": 'R', "royal-mail-special_delivery_guaranteed_by_1pm": 'Z',
		"australia-post-express_post": 'E', "australia-post-international_express": 'E',
	}
	s10Countries = map[string]string{"usps": "US", "kpost": "KR", "canada-post": "CA", "royal-mail": "GB", "australia-post": "AU"}
)

// trackingNumber issues one parcel's number in the carrier's format: posts use S10
// identifiers abroad and their domestic formats at home.
func trackingNumber(acct carriers.Account, svc carriers.ShippingService, serial uint64) (string, bool) {
	abroad := svc.International && !svc.Domestic
	switch {
	case acct.Slug == "usps" && !abroad:
		return impb(serial, cmp.Or(uspsSTC[svc.Type], "001"), uspsMID(acct))
	case acct.Slug == "ups":
		if n, ok := ups1Z(serial, upsShipper(acct), upsCodes[svc.Type]); ok {
			return n, true
		}
		return ups1Z(serial, derivedShipper(acct), upsCodes[svc.Type])
	case acct.Slug == "kpost" && !abroad:
		return kpost13(serial)
	case acct.Slug == "canada-post" && !abroad:
		return canadaPost16(serial)
	}
	if f, ok := formats[acct.Slug]; ok {
		return f(serial)
	}
	indicator, ok := s10Indicators[svc.Type]
	if !ok {
		indicator = 'C'
	}
	return s10(serial, indicator, s10Countries[acct.Slug])
}

var formats = map[string]func(uint64) (string, bool){
	"fedex": fedex12, "dhl": dhl10, "sendle": sendleRef, "cjlogistics": cj12, "ontrac": ontrac15, "dhl-global-mail": dhlGM,
}

// carrierRef names a sandbox label so it can be cancelled; a label bought with the
// cancel trigger among its references is marked as already scanned.
func carrierRef(slug string, numbers, refs []string) string {
	ref := fmt.Sprintf("sbx-%s-%012x", slug, hashOf(numbers...)>>16)
	for _, r := range refs {
		if strings.EqualFold(strings.TrimSpace(r), triggerFailCancel) {
			return ref + "-scanned"
		}
	}
	return ref
}

// CancelLabel voids a sandbox label unless the carrier has already scanned it.
func (s *Shipper) CancelLabel(ctx context.Context, req carriers.CancelRequest) error {
	if _, err := s.begin(ctx, req.Account); err != nil {
		return err
	}
	slug := req.Account.Slug
	switch {
	case req.CarrierRef == "" && len(req.TrackingNumbers) == 0:
		return refused(carriers.KindInvalidNumber, slug, "which label? neither a carrier reference nor tracking numbers given")
	case req.CarrierRef != "" && !strings.HasPrefix(req.CarrierRef, "sbx-"+slug+"-"):
		return refused(carriers.KindInvalidNumber, slug, "label %q was not issued by this carrier's sandbox", req.CarrierRef)
	case strings.HasSuffix(req.CarrierRef, "-scanned"):
		return refused(carriers.KindInvalidNumber, slug, "the carrier has already scanned this parcel; the label can no longer be voided (sandbox trigger: reference %q)", triggerFailCancel)
	}
	return nil
}

// routing is the sort code printed large on the label: USPS prints the IMpb routing
// prefix (420 + ZIP), UPS its state, ZIP3 and sort, the others country and postal area
// (the first three characters, or the outward code of two-part codes).
func routing(slug string, to carriers.Address) string {
	postal := postalKey(to.PostalCode)
	h := hashOf(slug, postal)
	area := postal[:min(3, len(postal))]
	if parts := strings.Fields(to.PostalCode); len(parts) == 2 {
		area = strings.ToUpper(parts[0]) // the outward code of "SW1A 1AA" or "M5V 2T6"
	}
	country := carriers.CountryISO2(to.Country)
	switch {
	case slug == "usps" && iso3(to.Country) == "USA" && len(postal) >= 5:
		return "420" + postal[:5]
	case slug == "ups" && iso3(to.Country) == "USA":
		return fmt.Sprintf("%s %s %d-%02d", strings.ToUpper(cmp.Or(to.State, country)), area, h%10, h/10%100)
	}
	return strings.TrimSpace(fmt.Sprintf("%s %s %02d", country, area, h%100))
}
