package usps

import (
	"context"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// imageTypes maps Waypost's label file types to the Labels API's.
var imageTypes = map[string]string{"": "PDF", "pdf": "PDF", "png": "PNG", "zpl": "ZPL203DPI"}

// dimensionalCubicInches is where Priority Mail and Ground Advantage switch to dimensional
// (DR) pricing: one cubic foot.
const dimensionalCubicInches = 1728

type labelRequest struct {
	ImageInfo struct {
		ImageType     string `json:"imageType"`
		LabelType     string `json:"labelType"`
		ReceiptOption string `json:"receiptOption"`
	} `json:"imageInfo"`
	ToAddress          labelAddress       `json:"toAddress"`
	FromAddress        labelAddress       `json:"fromAddress"`
	PackageDescription packageDescription `json:"packageDescription"`
}

type packageDescription struct {
	MailClass                    string      `json:"mailClass"`
	RateIndicator                string      `json:"rateIndicator"`
	ProcessingCategory           string      `json:"processingCategory"`
	WeightUOM                    string      `json:"weightUOM"`
	Weight                       float64     `json:"weight"`
	DimensionsUOM                string      `json:"dimensionsUOM"`
	Length                       float64     `json:"length"`
	Width                        float64     `json:"width"`
	Height                       float64     `json:"height"`
	MailingDate                  string      `json:"mailingDate"`
	DestinationEntryFacilityType string      `json:"destinationEntryFacilityType"`
	ExtraServices                []int       `json:"extraServices,omitempty"`
	CustomerReference            []reference `json:"customerReference,omitempty"`
}

type reference struct {
	ReferenceNumber string `json:"referenceNumber"`
}

// CreateLabel buys a domestic label with the Labels API, paid from the account's EPS or
// permit account. The label is USPS's own 4x6 document, returned as the label's file.
func (s *Shipper) CreateLabel(ctx context.Context, req carriers.LabelRequest) (*carriers.Label, error) {
	acct, err := s.account(req.Account, true)
	if err != nil {
		return nil, err
	}
	body, svc, err := s.labelRequest(acct, req)
	if err != nil {
		return nil, err
	}
	resp, err := s.call(ctx, acct, http.MethodPost, "/labels/v3/label", body,
		options{payment: true, header: http.Header{"Accept": {"multipart/mixed, application/json"}}})
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, s.refusal(resp)
	}
	doc, err := s.readDocument(resp)
	if err != nil {
		return nil, err
	}
	return s.label(doc, svc, acct.zone)
}

// labelRequest checks a label request against what the Labels API takes and builds it.
func (s *Shipper) labelRequest(acct *account, req carriers.LabelRequest) (*labelRequest, service, error) {
	sh := req.Shipment
	switch {
	case !domesticCountries[carriers.CountryISO3(sh.ShipTo.Country)]:
		return nil, service{}, s.unsupported("USPS international labels (customs forms) are not available through Waypost's live USPS adapter; use a sandbox account or ship domestically")
	case req.ReturnShipment:
		return nil, service{}, s.unsupported("USPS return labels are not available through Waypost's live USPS adapter")
	}
	if err := s.fromUSA(sh); err != nil {
		return nil, service{}, err
	}
	p, err := s.oneParcel(sh)
	if err != nil {
		return nil, service{}, err
	}
	svc, ok := serviceByType(req.ServiceType)
	if !ok || svc.International {
		return nil, service{}, s.invalid("service_type: USPS does not offer %q for domestic labels", req.ServiceType)
	}
	imageType, ok := imageTypes[strings.ToLower(req.FileType)]
	if !ok {
		return nil, service{}, s.invalid("file_type: USPS labels come as pdf, png or zpl, not %q", req.FileType)
	}
	if zip, _ := splitZIP(sh.ShipTo.PostalCode); zip == "" {
		return nil, service{}, s.invalid("shipment.ship_to.postal_code: a 5-digit ZIP Code is required, not %q", sh.ShipTo.PostalCode)
	}
	body := &labelRequest{ToAddress: addressOf(sh.ShipTo), FromAddress: addressOf(sh.ShipFrom)}
	body.ImageInfo.ImageType, body.ImageInfo.LabelType, body.ImageInfo.ReceiptOption = imageType, "4X6LABEL", "NONE"
	body.PackageDescription = packageOf(svc, sizeOf(p), s.day(acct, req.ShipDate), req.References)
	return body, svc, nil
}

func packageOf(svc service, size parcelSize, mailingDate string, refs []string) packageDescription {
	pd := packageDescription{
		MailClass: svc.MailClass, RateIndicator: "SP", ProcessingCategory: "MACHINABLE",
		WeightUOM: "lb", Weight: size.Weight, DimensionsUOM: "in",
		Length: size.Length, Width: size.Width, Height: size.Height,
		MailingDate: mailingDate, DestinationEntryFacilityType: "NONE",
	}
	switch {
	case svc.MailClass == "PRIORITY_MAIL_EXPRESS":
		pd.RateIndicator = "PA"
	case (svc.MailClass == "PRIORITY_MAIL" || svc.MailClass == "USPS_GROUND_ADVANTAGE") &&
		size.Length*size.Width*size.Height > dimensionalCubicInches:
		pd.RateIndicator = "DR"
	}
	// USPS prints up to four references on the label.
	for _, r := range refs {
		if r = strings.TrimSpace(r); r != "" && len(pd.CustomerReference) < 4 {
			pd.CustomerReference = append(pd.CustomerReference, reference{ReferenceNumber: r})
		}
	}
	return pd
}

// labelMetadata is the JSON part of a label answer. LabelImage is set only when USPS
// answers in plain JSON instead of multipart.
type labelMetadata struct {
	TrackingNumber     string  `json:"trackingNumber"`
	RoutingInformation string  `json:"routingInformation"`
	Postage            float64 `json:"postage"`
	Weight             float64 `json:"weight"`
	Zone               string  `json:"zone"`
	SKU                string  `json:"SKU"`
	Fees               []fee   `json:"fees"`
	ExtraServices      []fee   `json:"extraServices"`
	Commitment         struct {
		Name                 string `json:"name"`
		ScheduleDeliveryDate string `json:"scheduleDeliveryDate"`
		ExpectedDeliveryDate string `json:"expectedDeliveryDate"`
	} `json:"commitment"`
	LabelImage string `json:"labelImage"`
}

type fee struct {
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

func (s *Shipper) label(doc *document, svc service, zone *time.Location) (*carriers.Label, error) {
	var meta labelMetadata
	if err := s.api.HTTP.JSON(doc.meta, &meta); err != nil {
		return nil, err
	}
	if meta.TrackingNumber == "" {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("label answer without trackingNumber"))
	}
	file := doc.file
	if file == nil && meta.LabelImage != "" {
		var err error
		if file, err = base64.StdEncoding.DecodeString(meta.LabelImage); err != nil {
			return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("labelImage is not base64"))
		}
	}
	if fileType(file) == "" {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("label answer without a label document"))
	}
	return &carriers.Label{
		TrackingNumbers: []string{meta.TrackingNumber},
		CarrierRef:      meta.TrackingNumber, // USPS refunds a label by its tracking number
		Rate:            meta.rate(svc, zone),
		File:            &carriers.LabelFile{FileType: fileType(file), Data: file},
		Routing:         meta.RoutingInformation,
	}, nil
}

// rate is what the label cost: postage, fees and the extra services USPS added.
func (m labelMetadata) rate(svc service, zone *time.Location) carriers.Rate {
	total := m.Postage
	charges := []carriers.Charge{usd("base", m.Postage)}
	for _, f := range append(append([]fee(nil), m.Fees...), m.ExtraServices...) {
		if f.Price > 0 {
			total += f.Price
			charges = append(charges, usd(chargeType(f.Name), f.Price))
		}
	}
	r := carriers.Rate{
		ServiceType: svc.Type, ServiceName: svc.Name,
		ChargeWeight:    carriers.Weight{Value: m.Weight, Unit: "lb"},
		TotalCharge:     carriers.Money{Amount: roundCents(total), Currency: "USD"},
		DetailedCharges: charges,
		InfoMessage:     strings.TrimSpace(m.Commitment.Name),
	}
	day := m.Commitment.ExpectedDeliveryDate
	if day == "" {
		day = m.Commitment.ScheduleDeliveryDate
	}
	if d, err := time.ParseInLocation(time.DateOnly, day, zone); err == nil {
		r.DeliveryDate = &d
	}
	return r
}

// CancelLabel asks USPS to refund each of the label's tracking numbers. USPS cancels a
// label it has no shipping record of yet and opens a refund request for one it has; both
// mean the label is void.
func (s *Shipper) CancelLabel(ctx context.Context, req carriers.CancelRequest) error {
	acct, err := s.account(req.Account, true)
	if err != nil {
		return err
	}
	numbers := req.TrackingNumbers
	if len(numbers) == 0 && req.CarrierRef != "" {
		numbers = []string{req.CarrierRef}
	}
	if len(numbers) == 0 {
		return s.invalid("tracking_numbers: the label's tracking number is needed to cancel it")
	}
	for _, n := range numbers {
		if err := s.cancel(ctx, acct, n); err != nil {
			return err
		}
	}
	return nil
}

func (s *Shipper) cancel(ctx context.Context, acct *account, number string) error {
	resp, err := s.call(ctx, acct, http.MethodDelete, "/labels/v3/label/"+url.PathEscape(number), nil, options{payment: true})
	if err != nil {
		return err
	}
	if !resp.OK() {
		return s.refusal(resp)
	}
	var out struct {
		Status string `json:"status"`
	}
	if err := s.api.HTTP.JSON(resp.Body, &out); err != nil {
		return err
	}
	switch strings.ToUpper(out.Status) {
	case "CANCELED", "CANCELLED", "DISPUTED":
		return nil
	}
	return s.invalid("USPS did not cancel label %s: status %q", number, out.Status)
}
