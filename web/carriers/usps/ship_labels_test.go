package usps

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

const labelNumber = "9205590109769900012613"

func multipartLabel(t *testing.T) http.HandlerFunc {
	return ct.Reply(200, "multipart/mixed; boundary=7dV3gZ2yLkPq9sXw", ct.Fixture(t, "ship_label.multipart"))
}

func TestCreateLabelReadsTheMultipartAnswer(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{"POST /labels/v3/label": multipartLabel(t)})
	label, err := s.CreateLabel(context.Background(), labelRequestFor(shipAccount()))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(label.TrackingNumbers) != "["+labelNumber+"]" || label.CarrierRef != labelNumber || label.Routing != "420631182628" {
		t.Errorf("label = %+v", label)
	}
	// The label is USPS's own PDF, decoded from the base64 part.
	if label.File == nil || label.File.FileType != "pdf" || !bytes.Equal(label.File.Data, ct.Fixture(t, "ship_label.pdf")) {
		t.Fatalf("label file = %+v", label.File)
	}
	r := label.Rate
	got := fmt.Sprintf("%s %.2f %s %s %v %s", r.ServiceType, r.TotalCharge.Amount, r.TotalCharge.Currency,
		r.DeliveryDate.Format(time.RFC3339), r.DetailedCharges, r.InfoMessage)
	if got != "usps-priority_mail 16.05 USD 2024-05-08T00:00:00-05:00 [{base {12.05 USD}} {nonstandard_length_22 {4 USD}}] 2 Days" {
		t.Errorf("rate = %s", got)
	}
	req := c.Requests("/labels/")[0]
	if req.Header.Get("X-Payment-Authorization-Token") != "eyJhbGciOiJSUzI1NiJ9.cGF5bWVudA.c2lnbmF0dXJl" ||
		!strings.HasPrefix(req.Header.Get("Authorization"), "Bearer ") {
		t.Errorf("label headers = %v", req.Header)
	}
	body := decode(t, req.Body)
	pkg := body["packageDescription"].(map[string]any)
	to := body["toAddress"].(map[string]any)
	got = fmt.Sprint(pkg["mailClass"], " ", pkg["rateIndicator"], " ", pkg["weight"], pkg["weightUOM"], " ", pkg["mailingDate"], " ",
		pkg["customerReference"], " | ", to["firstName"], " ", to["lastName"], ", ", to["secondaryAddress"], ", ", to["ZIPCode"], "-", to["ZIPPlus4"],
		" | ", body["imageInfo"])
	want := "PRIORITY_MAIL SP 2.21lb 2024-05-06 [map[referenceNumber:ORDER-1001]] | Joe Doe, Suite 150, 63118-2628 | " +
		"map[imageType:PDF labelType:4X6LABEL receiptOption:NONE]"
	if got != want {
		t.Errorf("label request:\n got %s\nwant %s", got, want)
	}
}

func TestPaymentAuthorizationIsAskedOnceForTheAccount(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{"POST /labels/v3/label": multipartLabel(t)})
	for range 2 {
		if _, err := s.CreateLabel(context.Background(), labelRequestFor(shipAccount())); err != nil {
			t.Fatal(err)
		}
	}
	pay := c.Requests("/payments/")
	if len(pay) != 1 {
		t.Fatalf("payment authorizations = %d, want 1 for two labels", len(pay))
	}
	roles := fmt.Sprint(decode(t, pay[0].Body)["roles"])
	want := "[map[CRID:56982563 MID:903322113 accountNumber:1000035123 accountType:EPS manifestMID:903322114 roleName:PAYER] " +
		"map[CRID:56982563 MID:903322113 accountNumber:1000035123 accountType:EPS manifestMID:903322114 roleName:LABEL_OWNER]]"
	if roles != want {
		t.Errorf("roles = %s", roles)
	}
}

func TestCreateLabelFromAPlainJSONAnswer(t *testing.T) {
	_, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /labels/v3/label": ct.Reply(200, "application/json", ct.Fixture(t, "ship_label_json.json")),
	})
	req := labelRequestFor(shipAccount())
	req.ServiceType = "usps-discounted_express_mail" // seed 001's service type
	label, err := s.CreateLabel(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(label.File.Data, ct.Fixture(t, "ship_label.pdf")) || label.Rate.ServiceType != "usps-priority_mail_express" {
		t.Errorf("label = %+v", label)
	}
}

func TestLabelsUSPSCannotBuyHere(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{"POST /labels/v3/label": multipartLabel(t)})
	tests := []struct {
		name    string
		kind    carriers.ErrorKind
		message string
		edit    func(*carriers.LabelRequest)
	}{
		{"international", carriers.KindNotConfigured, "international labels", func(r *carriers.LabelRequest) {
			r.Shipment.ShipTo = carriers.Address{City: "Seoul", PostalCode: "04524", Country: "KOR"}
		}},
		{"return label", carriers.KindNotConfigured, "return labels", func(r *carriers.LabelRequest) { r.ReturnShipment = true }},
		{"unknown service", carriers.KindInvalidNumber, `"usps-teleport"`, func(r *carriers.LabelRequest) { r.ServiceType = "usps-teleport" }},
		{"file type", carriers.KindInvalidNumber, "pdf, png or zpl", func(r *carriers.LabelRequest) { r.FileType = "gif" }},
	}
	for _, tt := range tests {
		req := labelRequestFor(shipAccount())
		tt.edit(&req)
		_, err := s.CreateLabel(context.Background(), req)
		if e := ct.Kind(t, err, tt.kind); !strings.Contains(e.Error(), tt.message) {
			t.Errorf("%s: %v", tt.name, e)
		}
	}
	if n := len(c.Requests("/labels/")); n != 0 {
		t.Errorf("nothing may be bought: %d label requests", n)
	}
}

func TestBrokenLabelAnswers(t *testing.T) {
	tests := map[string]http.HandlerFunc{
		"multipart without boundary": ct.Reply(200, "multipart/mixed", ct.Fixture(t, "ship_label.multipart")),
		"multipart without a label": ct.Reply(200, "multipart/mixed; boundary=b",
			[]byte("--b\nContent-Type: application/json\n\n{\"trackingNumber\":\"9205590109769900012613\"}\n--b--\n")),
		"label part not base64": ct.Reply(200, "multipart/mixed; boundary=b",
			[]byte("--b\nContent-Type: application/json\n\n{\"trackingNumber\":\"1\"}\n--b\nContent-Type: application/pdf\n\n!!!\n--b--\n")),
		"malformed JSON": ct.Reply(200, "application/json", []byte(`{"trackingNumber": "9205`)),
	}
	for name, h := range tests {
		t.Run(name, func(t *testing.T) {
			_, s := shipFake(t, map[string]http.HandlerFunc{"POST /labels/v3/label": h})
			_, err := s.CreateLabel(context.Background(), labelRequestFor(shipAccount()))
			ct.Kind(t, err, carriers.KindFormat)
		})
	}
}

func TestCancelLabel(t *testing.T) {
	for _, tt := range []struct{ file, wantErr string }{
		{"ship_cancel.json", ""},
		{"ship_cancel_disputed.json", ""}, // USPS already has the shipping record: a refund request
	} {
		c, s := shipFake(t, map[string]http.HandlerFunc{
			"DELETE /labels/v3/label/{number}": ct.Reply(200, "application/json", ct.Fixture(t, tt.file)),
		})
		err := s.CancelLabel(context.Background(), carriers.CancelRequest{Account: shipAccount(), CarrierRef: labelNumber})
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		r := c.Requests("/labels/")
		if len(r) != 1 || r[0].Path != "/labels/v3/label/"+labelNumber || r[0].Header.Get("X-Payment-Authorization-Token") == "" {
			t.Errorf("cancel requests = %+v", r)
		}
	}
	_, s := shipFake(t, map[string]http.HandlerFunc{
		"DELETE /labels/v3/label/{number}": ct.Reply(200, "application/json", []byte(`{"trackingNumber":"1","status":"REJECTED"}`)),
	})
	err := s.CancelLabel(context.Background(), carriers.CancelRequest{Account: shipAccount(), TrackingNumbers: []string{labelNumber}})
	if e := ct.Kind(t, err, carriers.KindInvalidNumber); !strings.Contains(e.Error(), `did not cancel label `+labelNumber+`: status "REJECTED"`) {
		t.Errorf("error = %v", e)
	}
}
