package sandbox

import (
	"context"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/carriers"
)

func TestLabelIsPricedLikeItsRate(t *testing.T) {
	s := shipperAt(wedMorning)
	to := addr("USA", "90001")
	to.State = "CA"
	req := carriers.LabelRequest{Account: account("ups"), Shipment: ship(addr("USA", "10001"), to, lb(3), lb(12)), ServiceType: "ups-2nd_day_air"}
	label, err := s.CreateLabel(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	rate := rateOf(t, s, req.Account, req.Shipment, "ups-2nd_day_air")
	if !reflect.DeepEqual(label.Rate, rate) {
		t.Errorf("label rate %+v, quoted %+v", label.Rate, rate)
	}
	if len(label.TrackingNumbers) != 2 || label.TrackingNumbers[0] == label.TrackingNumbers[1] {
		t.Errorf("two parcels got numbers %v", label.TrackingNumbers)
	}
	if label.File != nil || !regexp.MustCompile(`^CA 900 \d-\d\d$`).MatchString(label.Routing) {
		t.Errorf("file %v, routing %q", label.File, label.Routing)
	}
	if !strings.HasPrefix(label.CarrierRef, "sbx-ups-") {
		t.Errorf("carrier ref %q", label.CarrierRef)
	}
}

func TestLabelRoutingCodes(t *testing.T) {
	s := shipperAt(wedMorning)
	tests := []struct {
		slug, service string
		from, to      carriers.Address
		want          string
	}{
		{"usps", "usps-priority_mail", addr("USA", "10001"), addr("USA", "90001-1234"), `^42090001$`},
		{"cjlogistics", "cjlogistics-standard", addr("KOR", "06236"), addr("KOR", "48058"), `^KR 480 \d\d$`},
		{"royal-mail", "royal-mail-tracked_24", addr("GBR", "SW1A 1AA"), addr("GBR", "M1 1AE"), `^GB M1 \d\d$`},
	}
	for _, tt := range tests {
		label, err := s.CreateLabel(context.Background(), carriers.LabelRequest{Account: account(tt.slug), Shipment: ship(tt.from, tt.to, kg(1)), ServiceType: tt.service})
		if err != nil || !regexp.MustCompile(tt.want).MatchString(label.Routing) {
			t.Errorf("%s: routing %v, %v; want %s", tt.service, label, err, tt.want)
		}
	}
}

func TestLabelsRefuseWhatCarriersRefuse(t *testing.T) {
	us, kr := addr("USA", "10001"), addr("KOR", "06236")
	tests := []struct {
		name string
		acct carriers.Account
		req  carriers.LabelRequest
		want string
	}{
		{"no service type", account("usps"), carriers.LabelRequest{Shipment: ship(us, addr("USA", "90001"), lb(1))}, "needs a service type"},
		{"unknown service type", account("usps"), carriers.LabelRequest{Shipment: ship(us, addr("USA", "90001"), lb(1)), ServiceType: "usps-teleport"}, `no service type "usps-teleport"`},
		{"domestic service abroad", account("usps"), carriers.LabelRequest{Shipment: ship(us, kr, lb(1)), ServiceType: "usps-priority_mail", Customs: &carriers.Customs{}}, "no usps-priority_mail from USA to KOR"},
		{"goods abroad without customs", account("usps"), carriers.LabelRequest{Shipment: ship(us, kr, lb(1)), ServiceType: "usps-priority_mail_international"}, "customs declaration"},
		{"origin the carrier does not serve", account("royal-mail"), carriers.LabelRequest{Shipment: ship(us, addr("USA", "90001"), kg(1)), ServiceType: "royal-mail-tracked_24"}, "ships only from GBR"},
		{"over the service's limit", account("kpost"), carriers.LabelRequest{Shipment: ship(kr, addr("USA", "10001"), kg(3)), ServiceType: "kpost-k_packet", Customs: &carriers.Customs{}}, "over weight"},
		{"no parcels", account("usps"), carriers.LabelRequest{Shipment: ship(us, addr("USA", "90001")), ServiceType: "usps-priority_mail"}, "at least one parcel"},
		{"weightless parcel", account("usps"), carriers.LabelRequest{Shipment: ship(us, addr("USA", "90001"), lb(0)), ServiceType: "usps-priority_mail"}, "has no weight"},
		{"unknown unit", account("usps"), carriers.LabelRequest{Shipment: ship(us, addr("USA", "90001"), carriers.Parcel{Weight: carriers.Weight{Value: 1, Unit: "stone"}}), ServiceType: "usps-priority_mail"}, `unknown weight unit "stone"`},
	}
	for _, tt := range tests {
		tt.req.Account = tt.acct
		_, err := shipperAt(wedMorning).CreateLabel(context.Background(), tt.req)
		if carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want invalid_number with %q", tt.name, err, tt.want)
		}
	}
	doc := carriers.LabelRequest{Account: account("dhl"), Shipment: ship(us, kr, kg(0.5)), ServiceType: "dhl-express_worldwide", IsDocument: true}
	if _, err := shipperAt(wedMorning).CreateLabel(context.Background(), doc); err != nil {
		t.Errorf("documents need no customs declaration: %v", err)
	}
}

func TestRatesRefuseWhatNoServiceTakes(t *testing.T) {
	s := shipperAt(wedMorning)
	_, err := s.Rates(context.Background(), carriers.RateRequest{Account: account("usps"), Shipment: ship(addr("USA", "10001"), addr("USA", "90001"), lb(80))})
	if carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), "over weight") {
		t.Errorf("80 lb by USPS: %v", err)
	}
	_, err = s.Rates(context.Background(), carriers.RateRequest{Account: account("hanjin"), Shipment: ship(addr("KOR", "06236"), addr("KOR", "48058"), kg(1))})
	if carriers.KindOf(err) != carriers.KindNotConfigured {
		t.Errorf("a carrier that does not ship: %v", err)
	}
	_, err = s.Rates(context.Background(), carriers.RateRequest{Account: account("cjlogistics"), Shipment: ship(addr("KOR", "06236"), addr("JPN", "100-0001"), kg(1))})
	if carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), "no CJ Logistics service from KOR to JPN") {
		t.Errorf("CJ abroad: %v", err)
	}
}

func TestCancelLabel(t *testing.T) {
	s := shipperAt(wedMorning)
	req := carriers.LabelRequest{Account: account("fedex"), Shipment: ship(addr("USA", "10001"), addr("USA", "90001"), lb(1)), ServiceType: "fedex-ground"}
	label, _ := s.CreateLabel(context.Background(), req)
	ok := carriers.CancelRequest{Account: req.Account, TrackingNumbers: label.TrackingNumbers, CarrierRef: label.CarrierRef}
	if err := s.CancelLabel(context.Background(), ok); err != nil {
		t.Errorf("cancel: %v", err)
	}
	foreign := ok
	foreign.CarrierRef = "sbx-ups-0123456789ab"
	if err := s.CancelLabel(context.Background(), foreign); carriers.KindOf(err) != carriers.KindInvalidNumber {
		t.Errorf("another carrier's label cancelled: %v", err)
	}
	if err := s.CancelLabel(context.Background(), carriers.CancelRequest{Account: req.Account}); carriers.KindOf(err) != carriers.KindInvalidNumber {
		t.Errorf("nothing named, cancelled: %v", err)
	}
}
