package sandbox

import (
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/detect"
)

// numberShapes is what each carrier's labels look like and the format web/detect must
// name for them ("" where detection knows no format, as for Sendle references).
var numberShapes = map[string]struct {
	home, abroad         string // regular expressions
	format, abroadFormat string
}{
	"usps":            {`^94\d{20}$`, `^[LCE][A-Z]\d{9}US$`, "usps-impb-22", "upu-s10"},
	"ups":             {`^1Z[0-9A-Z]{6}\d{10}$`, `^1Z[0-9A-Z]{6}\d{10}$`, "ups-1z", "ups-1z"},
	"fedex":           {`^7\d{11}$`, `^7\d{11}$`, "fedex-express-12", "fedex-express-12"},
	"dhl":             {`^[1-9]\d{9}$`, `^[1-9]\d{9}$`, "dhl-express-10", "dhl-express-10"},
	"sendle":          {`^S[0-9B-DF-HJ-NP-TV-Z]{6}$`, "", "", ""},
	"kpost":           {`^6\d{12}$`, `^[LE][A-Z]\d{9}KR$`, "kpost-13", "upu-s10"},
	"cjlogistics":     {`^6\d{11}$`, "", "cjlogistics-12", ""},
	"canada-post":     {`^7\d{15}$`, `^[LC][A-Z]\d{9}CA$`, "canada-post-16", "upu-s10"},
	"royal-mail":      {`^[TZ][A-Z]\d{9}GB$`, `^[LR][A-Z]\d{9}GB$`, "upu-s10", "upu-s10"},
	"australia-post":  {`^[CE][A-Z]\d{9}AU$`, `^[CE][A-Z]\d{9}AU$`, "upu-s10", "upu-s10"},
	"ontrac":          {`^D\d{14}$`, "", "ontrac", ""},
	"dhl-global-mail": {`^GM\d{16}$`, `^GM\d{16}$`, "dhl-ecommerce-gm", "dhl-ecommerce-gm"},
}

var homePostal = map[string][2]string{
	"USA": {"10001", "90001"}, "CAN": {"M5V 2T6", "H2X 1Y4"}, "GBR": {"SW1A 1AA", "M1 1AE"},
	"AUS": {"2000", "3000"}, "KOR": {"06236", "48058"},
}

// labelRequestFor builds a request the service can be bought for: from the carrier's
// home country to the first destination the service runs to.
func labelRequestFor(t *testing.T, s *Shipper, slug string, svc carriers.ShippingService) carriers.LabelRequest {
	t.Helper()
	origin := "USA"
	if o := cards[slug].origins; o != nil {
		origin = o[0]
	}
	from := addr(origin, homePostal[origin][0])
	for _, to := range []carriers.Address{addr(origin, homePostal[origin][1]), addr("USA", "90001"),
		addr("CAN", "M5V 2T6"), addr("KOR", "06236"), addr("DEU", "10115")} {
		req := carriers.RateRequest{Account: account(slug), Shipment: ship(from, to, kg(1)), ServiceType: svc.Type}
		if _, err := s.Rates(context.Background(), req); err == nil {
			return carriers.LabelRequest{Account: req.Account, Shipment: req.Shipment, ServiceType: svc.Type,
				Customs: &carriers.Customs{Purpose: "merchandise", TermsOfTrade: "ddu"}}
		}
	}
	t.Fatalf("%s: no lane found", svc.Type)
	return carriers.LabelRequest{}
}

func TestLabelNumbersAreTheCarriersOwnFormat(t *testing.T) {
	s := shipperAt(wedMorning)
	for _, p := range carriers.ShippingProfiles() {
		shape := numberShapes[p.Slug]
		for _, svc := range p.Services {
			re, format := shape.home, shape.format
			if svc.International && !svc.Domestic && shape.abroad != "" {
				re, format = shape.abroad, shape.abroadFormat
			}
			req := labelRequestFor(t, s, p.Slug, svc)
			for range 25 {
				label, err := s.CreateLabel(context.Background(), req)
				if err != nil {
					t.Fatalf("%s: %v", svc.Type, err)
				}
				checkNumber(t, p.Slug, svc.Type, label.TrackingNumbers[0], re, format)
			}
		}
	}
}

func checkNumber(t *testing.T, slug, service, n, re, format string) {
	t.Helper()
	if !regexp.MustCompile(re).MatchString(n) {
		t.Errorf("%s: %s does not look like %s", service, n, re)
	}
	cands := detect.Detect(n, detect.Hints{})
	switch {
	case format == "" && len(cands) > 0:
		t.Errorf("%s: %s detected as %+v, a format of another carrier", service, n, cands[0])
	case format != "" && (len(cands) == 0 || cands[0].Slug != slug || cands[0].Format != format):
		t.Errorf("%s: %s detected as %+v, want %s (%s)", service, n, cands, slug, format)
	case format != "" && format != "kpost-13" && format != "dhl-ecommerce-gm" && !cands[0].CheckDigit:
		t.Errorf("%s: %s matched without its check digit", service, n)
	}
}

func TestLabelNumbersPlayADeliveredStory(t *testing.T) {
	s := shipperAt(wedMorning)
	for _, p := range carriers.ShippingProfiles() {
		for _, svc := range p.Services {
			label, err := s.CreateLabel(context.Background(), labelRequestFor(t, s, p.Slug, svc))
			if err != nil {
				t.Fatalf("%s: %v", svc.Type, err)
			}
			n := label.TrackingNumbers[0]
			early, errEarly := trackAt(p.Slug, n, 3)
			late, errLate := trackAt(p.Slug, n, 200)
			if errEarly != nil || errLate != nil || len(early.Checkpoints) == 0 || len(late.Checkpoints) <= len(early.Checkpoints) {
				t.Fatalf("%s %s: story does not unfold: %v %v", svc.Type, n, errEarly, errLate)
			}
			if last := late.Checkpoints[len(late.Checkpoints)-1]; last.Tag != carriers.TagDelivered ||
				early.Checkpoints[len(early.Checkpoints)-1].Tag == carriers.TagDelivered {
				t.Errorf("%s %s: ends %s, want delivered after travelling", svc.Type, n, last.Tag)
			}
		}
	}
}

// trackAt asks the tracker about a number registered at wedMorning, steps hours later.
func trackAt(slug, number string, steps int) (*carriers.Result, error) {
	now := wedMorning.Add(time.Duration(steps) * time.Hour)
	tr := New(func() time.Time { return now }, time.Hour)
	return tr.Track(context.Background(), carriers.Request{Slug: slug, TrackingNumber: number, RegisteredAt: wedMorning})
}

func TestLabelNumbersAreUnique(t *testing.T) {
	s := shipperAt(wedMorning)
	for _, tt := range []struct{ slug, service string }{
		{"usps", "usps-ground_advantage"}, {"ups", "ups-ground"}, {"royal-mail", "royal-mail-tracked_24"},
		{"dhl", "dhl-express_worldwide"}, {"sendle", "sendle-standard_pickup"}, {"cjlogistics", "cjlogistics-standard"},
	} {
		p, _ := carriers.ShippingProfileOf(tt.slug)
		svc, _ := p.Service(tt.service)
		seen := map[string]bool{}
		for range 20000 {
			n, ok := trackingNumber(account(tt.slug), svc, s.base+s.seq.Add(1))
			if !ok || seen[n] {
				t.Fatalf("%s: number %q issued twice or not at all after %d labels", tt.service, n, len(seen))
			}
			seen[n] = true
		}
	}
}

func TestSpreadIsOneToOne(t *testing.T) {
	for _, m := range []uint64{10000, 9000, 31 * 31 * 31} {
		seen := make(map[uint64]bool, m)
		for serial := uint64(1 << 40); serial < 1<<40+m; serial++ {
			v := spread(serial, m)
			if v >= m || seen[v] {
				t.Fatalf("spread(%d, %d) = %d repeats or overflows", serial, m, v)
			}
			seen[v] = true
		}
	}
}

func TestIdempotencyKeyGivesTheSameNumbers(t *testing.T) {
	req := labelRequestFor(t, shipperAt(wedMorning), "usps", carriers.ShippingService{Type: "usps-priority_mail", Domestic: true})
	req.Shipment.Parcels = []carriers.Parcel{kg(1), kg(2), kg(3)}
	req.IdempotencyKey = "order-1001"
	a, _ := shipperAt(wedMorning).CreateLabel(context.Background(), req)
	b, _ := shipperAt(wedMorning.Add(time.Minute)).CreateLabel(context.Background(), req)
	req.IdempotencyKey = "order-1002"
	c, _ := shipperAt(wedMorning).CreateLabel(context.Background(), req)
	if a == nil || b == nil || c == nil || len(a.TrackingNumbers) != 3 {
		t.Fatalf("labels: %v %v %v", a, b, c)
	}
	if a.TrackingNumbers[0] == a.TrackingNumbers[1] || a.TrackingNumbers[1] == a.TrackingNumbers[2] {
		t.Errorf("parcels share a number: %v", a.TrackingNumbers)
	}
	for i := range a.TrackingNumbers {
		if a.TrackingNumbers[i] != b.TrackingNumbers[i] || a.TrackingNumbers[i] == c.TrackingNumbers[i] {
			t.Errorf("parcel %d: %s, retry %s, other key %s", i, a.TrackingNumbers[i], b.TrackingNumbers[i], c.TrackingNumbers[i])
		}
	}
	if a.CarrierRef != b.CarrierRef {
		t.Errorf("retry got another carrier reference: %s vs %s", a.CarrierRef, b.CarrierRef)
	}
}

func TestUPSNumbersCarryTheShipperNumber(t *testing.T) {
	acct := account("ups")
	acct.Credentials = map[string]string{"account_number": "a1b2c3"}
	svc := carriers.ShippingService{Type: "ups-next_day_air", Domestic: true}
	if n, _ := trackingNumber(acct, svc, 42); n[:10] != "1ZA1B2C301" {
		t.Errorf("UPS number %s does not carry shipper A1B2C3 and service 01", n)
	}
	// A shipper number that spells a scenario keyword would change the story: the
	// number falls back to one derived from the account.
	acct.Credentials["account_number"] = "LOST12"
	if n, _ := trackingNumber(acct, svc, 42); n[2:8] == "LOST12" || !plays(n) {
		t.Errorf("UPS number %s keeps a shipper number that changes the story", n)
	}
}
