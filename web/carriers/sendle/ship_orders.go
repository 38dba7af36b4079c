package sendle

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

type orderRequest struct {
	Sender            party        `json:"sender"`
	Receiver          party        `json:"receiver"`
	Description       string       `json:"description"`
	Weight            measure      `json:"weight"`
	Dimensions        dimensions   `json:"dimensions"`
	CustomerReference string       `json:"customer_reference,omitempty"`
	ProductCode       string       `json:"product_code"`
	PackagingType     string       `json:"packaging_type"`
	ParcelContents    []parcelItem `json:"parcel_contents,omitempty"`
	ContentsType      string       `json:"contents_type,omitempty"`
}

type parcelItem struct {
	Description     string `json:"description"`
	Value           string `json:"value"`
	Quantity        int    `json:"quantity"`
	CountryOfOrigin string `json:"country_of_origin"`
	HSCode          string `json:"hs_code"`
}

// order is the part of Sendle's order Waypost reads.
type order struct {
	OrderID         string `json:"order_id"`
	State           string `json:"state"`
	SendleReference string `json:"sendle_reference"`
	Labels          []struct {
		Format string `json:"format"`
		Size   string `json:"size"`
		URL    string `json:"url"`
	} `json:"labels"`
	Price struct {
		Gross money `json:"gross"`
	} `json:"price"`
	Scheduling struct {
		EstimateMax string `json:"estimated_delivery_date_maximum"`
	} `json:"scheduling"`
	Product product `json:"product"`
}

// CreateLabel books a Sendle order and downloads its label. The order is sent with the
// request's idempotency key, so a retry after a failure (even one after Sendle booked the
// order) returns the same order instead of booking a second one.
func (s *Shipper) CreateLabel(ctx context.Context, req carriers.LabelRequest) (*carriers.Label, error) {
	acct, err := s.account(req.Account)
	if err != nil {
		return nil, err
	}
	format, size, err := s.labelFormat(req)
	if err != nil {
		return nil, err
	}
	o, err := s.book(ctx, acct, req)
	if err != nil {
		return nil, err
	}
	file, err := s.labelFile(ctx, acct, o, format, size)
	if err != nil {
		return nil, err
	}
	return &carriers.Label{
		TrackingNumbers: []string{o.SendleReference},
		CarrierRef:      o.OrderID,
		Rate:            o.rate(req.Shipment.Parcels[0].Weight, acct.zone),
		File:            file,
	}, nil
}

// book creates the order.
func (s *Shipper) book(ctx context.Context, acct *account, req carriers.LabelRequest) (*order, error) {
	body, err := s.orderRequest(req)
	if err != nil {
		return nil, err
	}
	var header http.Header
	if req.IdempotencyKey != "" {
		header = http.Header{"Idempotency-Key": {req.IdempotencyKey}}
	}
	resp, err := s.call(ctx, acct, http.MethodPost, "/api/orders", body, header)
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, s.refusal(resp)
	}
	var o order
	if err := s.http.JSON(resp.Body, &o); err != nil {
		return nil, err
	}
	if o.OrderID == "" || o.SendleReference == "" {
		return nil, s.http.Error(carriers.KindFormat, errors.New("order answer without order_id or sendle_reference"))
	}
	return &o, nil
}

func (s *Shipper) orderRequest(req carriers.LabelRequest) (*orderRequest, error) {
	if req.ServiceType == "" {
		return nil, s.invalid("service_type: a Sendle product is required (for example sendle-standard_dropoff)")
	}
	p, weight, dims, err := s.parcelOf(req.Shipment)
	if err != nil {
		return nil, err
	}
	sh := req.Shipment
	body := &orderRequest{
		Sender: partyOf(sh.ShipFrom, ""), Receiver: partyOf(sh.ShipTo, sh.DeliveryInstructions),
		Description: truncate(describe(p), 255), Weight: weight, Dimensions: dims,
		CustomerReference: truncate(strings.Join(req.References, ", "), 255),
		ProductCode:       productCode(req.ServiceType), PackagingType: "box",
	}
	if sh.International() {
		body.ParcelContents = contentsOf(p.Items)
		body.ContentsType = contentsType(req)
	}
	return body, nil
}

// describe is what the parcel holds, as the driver and customs read it.
func describe(p carriers.Parcel) string {
	if d := strings.TrimSpace(p.Description); d != "" {
		return d
	}
	var names []string
	for _, it := range p.Items {
		if d := strings.TrimSpace(it.Description); d != "" {
			names = append(names, d)
		}
	}
	if len(names) > 0 {
		return strings.Join(names, ", ")
	}
	return "Parcel"
}

func contentsOf(items []carriers.Item) []parcelItem {
	out := make([]parcelItem, 0, len(items))
	for _, it := range items {
		out = append(out, parcelItem{
			Description: it.Description, Value: decimal(it.Price.Amount), Quantity: max(it.Quantity, 1),
			CountryOfOrigin: carriers.CountryISO2(it.OriginCountry), HSCode: hsCode(it.HSCode),
		})
	}
	return out
}

// hsCode writes a tariff code as Sendle wants it, "1006.30" or "1006.30.10".
func hsCode(code string) string {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, code)
	if len(digits) < 6 {
		return code
	}
	out := digits[:4] + "." + digits[4:6]
	if len(digits) > 6 {
		out += "." + digits[6:min(len(digits), 10)]
	}
	return out
}

var contentsTypes = map[string]string{
	"gift": "Gift", "merchandise": "Merchandise", "sample": "Sample", "return": "Returned Goods",
}

func contentsType(req carriers.LabelRequest) string {
	if req.IsDocument {
		return "Documents"
	}
	if req.Customs != nil {
		if t, ok := contentsTypes[strings.ToLower(req.Customs.Purpose)]; ok {
			return t
		}
	}
	return "Other"
}

func (o *order) rate(w carriers.Weight, zone *time.Location) carriers.Rate {
	r := carriers.Rate{
		ServiceType: serviceType(o.Product.Code), ServiceName: serviceName(o.Product),
		ChargeWeight: w, TotalCharge: o.Price.Gross.carrier(),
	}
	if d, err := time.ParseInLocation(time.DateOnly, o.Scheduling.EstimateMax, zone); err == nil {
		r.DeliveryDate = &d
	}
	return r
}

// CancelLabel cancels the Sendle order of a label; Sendle refuses once a driver has
// collected the parcel, and says so.
func (s *Shipper) CancelLabel(ctx context.Context, req carriers.CancelRequest) error {
	acct, err := s.account(req.Account)
	if err != nil {
		return err
	}
	if req.CarrierRef == "" {
		return s.invalid("the label's Sendle order id is needed to cancel it")
	}
	resp, err := s.call(ctx, acct, http.MethodDelete, "/api/orders/"+url.PathEscape(req.CarrierRef), nil, nil)
	if err != nil {
		return err
	}
	if !resp.OK() {
		return s.refusal(resp)
	}
	var o order
	if err := s.http.JSON(resp.Body, &o); err != nil {
		return err
	}
	if !strings.EqualFold(o.State, "Cancelled") {
		return s.invalid("Sendle did not cancel order %s: it is %q", req.CarrierRef, o.State)
	}
	return nil
}
