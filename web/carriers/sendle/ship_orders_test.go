package sendle

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

func labelRequest() carriers.LabelRequest {
	return carriers.LabelRequest{
		Account: shipAccount(), ServiceType: "sendle-standard_pickup", FileType: "pdf", PaperSize: "4x6",
		Shipment: carriers.Shipment{
			ShipFrom: sydney, ShipTo: melbourne, Parcels: []carriers.Parcel{jumper},
			DeliveryInstructions: "Leave at the front desk",
		},
		References:     []string{"ORDER-1001"},
		IdempotencyKey: "lbl_7Hq2",
	}
}

// sendleFake books orders and serves their labels from the fake itself.
func sendleFake(t *testing.T, extra map[string]http.HandlerFunc) (*ct.Carrier, *Shipper) {
	base := new(string)
	routes := map[string]http.HandlerFunc{
		"POST /api/orders": orderReply(t, 201, "ship_order.json", base),
		"GET /api/orders/{id}/labels/{file}": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != basicAuth {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(ct.Fixture(t, "ship_label.pdf"))
		},
	}
	for k, h := range extra {
		routes[k] = h
	}
	c, s := shipFake(t, routes)
	*base = c.URL
	return c, s
}

func TestCreateLabelBooksAnOrderAndDownloadsItsLabel(t *testing.T) {
	c, s := sendleFake(t, nil)
	label, err := s.CreateLabel(context.Background(), labelRequest())
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(label.TrackingNumbers) != "[S3ND73]" || label.CarrierRef != orderID {
		t.Errorf("label = %+v", label)
	}
	if label.File == nil || label.File.FileType != "pdf" || !bytes.Equal(label.File.Data, ct.Fixture(t, "ship_label.pdf")) {
		t.Fatalf("file = %+v", label.File)
	}
	r := label.Rate
	if got := fmt.Sprintf("%s %s %.2f %s %s", r.ServiceType, r.ServiceName, r.TotalCharge.Amount, r.TotalCharge.Currency, r.DeliveryDate.Format(time.RFC3339)); got != "sendle-standard_pickup Sendle Standard Pickup 15.45 AUD 2024-05-10T00:00:00+10:00" {
		t.Errorf("rate = %s", got)
	}
	if dl := c.Requests("/api/orders/" + orderID + "/labels/"); len(dl) != 1 || dl[0].Path != "/api/orders/"+orderID+"/labels/cropped.pdf" {
		t.Errorf("label downloads = %+v", dl)
	}
	post := c.Requests("/api/orders")[0]
	if post.Header.Get("Idempotency-Key") != "lbl_7Hq2" || post.Header.Get("Authorization") != basicAuth {
		t.Errorf("order headers = %v", post.Header)
	}
	var body orderRequest
	if err := json.Unmarshal([]byte(post.Body), &body); err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%s %s %s %s %+v %+v | %s, %s %s %s | %s",
		body.ProductCode, body.Description, body.CustomerReference, body.PackagingType, body.Weight, body.Dimensions,
		body.Receiver.Contact.Name, body.Receiver.Address.Suburb, body.Receiver.Address.Postcode, body.Receiver.Address.Country,
		body.Receiver.Instructions)
	want := "STANDARD-PICKUP Merino jumper ORDER-1001 box {Value:1 Units:kg} {Length:30 Width:20 Height:10 Units:cm} | " +
		"Clark Kent, Melbourne 3000 AU | Leave at the front desk"
	if got != want {
		t.Errorf("order:\n got %s\nwant %s", got, want)
	}
}

func TestLabelSizeAndFormat(t *testing.T) {
	c, s := sendleFake(t, nil)
	req := labelRequest()
	req.PaperSize = "A4"
	if _, err := s.CreateLabel(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if dl := c.Requests("/api/orders/" + orderID + "/labels/"); len(dl) != 1 || !strings.HasSuffix(dl[0].Path, "/a4.pdf") {
		t.Errorf("downloads = %+v", dl)
	}
	for _, bad := range []func(*carriers.LabelRequest){
		func(r *carriers.LabelRequest) { r.FileType = "zpl" },
		func(r *carriers.LabelRequest) { r.PaperSize = "legal" },
		func(r *carriers.LabelRequest) { r.ServiceType = "" },
	} {
		req := labelRequest()
		bad(&req)
		_, err := s.CreateLabel(context.Background(), req)
		ct.Kind(t, err, carriers.KindInvalidNumber)
	}
	booked := 0
	for _, r := range c.Requests("/api/orders") {
		if r.Method == http.MethodPost {
			booked++
		}
	}
	if booked != 1 {
		t.Errorf("refused requests must book nothing: %d orders", booked)
	}
}

func TestLabelNotReadyInTheBookingAnswer(t *testing.T) {
	base := new(string)
	c, s := sendleFake(t, map[string]http.HandlerFunc{
		"POST /api/orders":     orderReply(t, 201, "ship_order_booking.json", base),
		"GET /api/orders/{id}": orderReply(t, 200, "ship_order.json", base),
	})
	*base = c.URL
	label, err := s.CreateLabel(context.Background(), labelRequest())
	if err != nil || label.File == nil {
		t.Fatalf("label = %+v, %v", label, err)
	}
	if n := len(c.Requests("/api/orders/" + orderID)); n != 2 {
		t.Errorf("order reads + download = %d, want 2", n)
	}
}

func TestLabelStillNotReadyIsRetryable(t *testing.T) {
	base := new(string)
	c, s := sendleFake(t, map[string]http.HandlerFunc{
		"POST /api/orders":     orderReply(t, 201, "ship_order_booking.json", base),
		"GET /api/orders/{id}": orderReply(t, 200, "ship_order_booking.json", base),
	})
	*base = c.URL
	_, err := s.CreateLabel(context.Background(), labelRequest())
	if e := ct.Kind(t, err, carriers.KindUnavailable); !strings.Contains(e.Error(), "S3ND73") {
		t.Errorf("error = %v", e)
	}
}

func TestCredentialsStayWithSendle(t *testing.T) {
	var sawAuth string
	elsewhere := ct.NewCarrier(t, func() *http.ServeMux {
		m := http.NewServeMux()
		m.HandleFunc("GET /labels/{file}", func(w http.ResponseWriter, r *http.Request) {
			sawAuth = r.Header.Get("Authorization")
			w.Write(ct.Fixture(t, "ship_label.pdf"))
		})
		return m
	}())
	link := elsewhere.URL + "/labels"
	_, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /api/orders": func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(201)
			w.Write(bytes.ReplaceAll(ct.Fixture(t, "ship_order.json"), []byte("https://api.sendle.com/api/orders/"+orderID+"/labels"), []byte(link)))
		},
	})
	if _, err := s.CreateLabel(context.Background(), labelRequest()); err != nil {
		t.Fatal(err)
	}
	if sawAuth != "" {
		t.Errorf("a label link on another host got the account's credentials: %q", sawAuth)
	}
}

func TestInternationalOrderDeclaresItsContents(t *testing.T) {
	c, s := sendleFake(t, nil)
	req := labelRequest()
	req.Shipment.ShipTo = carriers.Address{ContactName: "Kiri Tane", Street1: "1 Queen St", City: "Auckland", State: "AUK", PostalCode: "1010", Country: "NZL", Phone: "+64 21 555 1234", Email: "kiri@example.nz"}
	req.Shipment.Parcels[0].Items = []carriers.Item{{Description: "Merino jumper", Quantity: 2, Price: carriers.Money{Amount: 89.5, Currency: "AUD"}, OriginCountry: "AUS", HSCode: "611011"}}
	req.Customs = &carriers.Customs{Purpose: "merchandise"}
	if _, err := s.CreateLabel(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	var body orderRequest
	if err := json.Unmarshal([]byte(c.Requests("/api/orders")[0].Body), &body); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%s %+v", body.ContentsType, body.ParcelContents); got != "Merchandise [{Description:Merino jumper Value:89.5 Quantity:2 CountryOfOrigin:AU HSCode:6110.11}]" {
		t.Errorf("customs = %s", got)
	}
}

func TestCancelLabel(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"DELETE /api/orders/{id}": ct.Reply(200, "application/json", ct.Fixture(t, "ship_cancel.json")),
	})
	if err := s.CancelLabel(context.Background(), carriers.CancelRequest{Account: shipAccount(), CarrierRef: orderID, TrackingNumbers: []string{"S3ND73"}}); err != nil {
		t.Fatal(err)
	}
	if r := c.Requests("/api/orders/"); len(r) != 1 || r[0].Path != "/api/orders/"+orderID || r[0].Header.Get("Authorization") != basicAuth {
		t.Errorf("cancel = %+v", r)
	}
	_, s = shipFake(t, map[string]http.HandlerFunc{
		"DELETE /api/orders/{id}": ct.Reply(422, "application/json", ct.Fixture(t, "ship_not_cancellable.json")),
	})
	err := s.CancelLabel(context.Background(), carriers.CancelRequest{Account: shipAccount(), CarrierRef: orderID})
	msgs := carriers.Messages(err)
	if carriers.KindOf(err) != carriers.KindInvalidNumber || len(msgs) != 1 || !strings.Contains(msgs[0], "already been collected") {
		t.Errorf("cancel after collection = %v (%q)", err, msgs)
	}
	_, s = shipFake(t, map[string]http.HandlerFunc{
		"DELETE /api/orders/{id}": ct.Reply(404, "application/json", []byte(`{"error":"not_found","error_description":"The resource you requested was not found."}`)),
	})
	err = s.CancelLabel(context.Background(), carriers.CancelRequest{Account: shipAccount(), CarrierRef: orderID})
	ct.Kind(t, err, carriers.KindNotFound)
}
