package sandbox

import (
	"context"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/waypost/waypost/web/carriers"
)

func TestEveryShippingServiceHasATariff(t *testing.T) {
	profiles := carriers.ShippingProfiles()
	if len(cards) != len(profiles) {
		t.Errorf("%d tariffs for %d shipping carriers", len(cards), len(profiles))
	}
	for _, p := range profiles {
		card, ok := cards[p.Slug]
		if !ok {
			t.Errorf("%s: no tariff", p.Slug)
			continue
		}
		if len(card.services) != len(p.Services) {
			t.Errorf("%s: %d priced services for %d in the catalog", p.Slug, len(card.services), len(p.Services))
		}
		for _, svc := range p.Services {
			sc, ok := card.services[svc.Type]
			if !ok {
				t.Errorf("%s: no price table", svc.Type)
				continue
			}
			checkTable(t, svc, sc)
		}
	}
}

// checkTable asserts a table rises with weight and zone and serves what the catalog says.
func checkTable(t *testing.T, svc carriers.ShippingService, sc *serviceCard) {
	t.Helper()
	domestic, abroad := false, false
	for z := 1; z <= zoneCount; z++ {
		if sc.days[z-1] == 0 {
			continue
		}
		domestic, abroad = domestic || z < firstIntlZone, abroad || z >= firstIntlZone
		for i, row := range sc.table.cells {
			if row[z-1] <= 0 || (i > 0 && row[z-1] < sc.table.cells[i-1][z-1]) || (z > 1 && sc.days[z-2] > 0 && row[z-1] < row[z-2]) {
				t.Fatalf("%s: table not rising at row %d zone %d", svc.Type, i, z)
			}
		}
	}
	if domestic != svc.Domestic || abroad != svc.International {
		t.Errorf("%s: table serves domestic=%v international=%v, catalog says %v/%v", svc.Type, domestic, abroad, svc.Domestic, svc.International)
	}
}

func TestZones(t *testing.T) {
	domestic := []struct {
		from, to string
		want     int
	}{
		{"10001", "10002", 1}, {"10001", "10301", 2}, {"10001", "14001", 3}, {"10001", "30301", 4},
		{"10001", "90001", 5}, {"06236", "48058", 4}, {"06236", "63100", 5}, {"SW1A 1AA", "SW7 2AZ", 2}, {"", "10001", 3},
	}
	for _, tt := range domestic {
		if got := domesticZone(tt.from, tt.to); got != tt.want {
			t.Errorf("domesticZone(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
	international := []struct {
		from, to string
		want     int
	}{
		{"USA", "CAN", 6}, {"USA", "GBR", 7}, {"USA", "KOR", 8}, {"KOR", "JPN", 6}, {"KOR", "SGP", 7},
		{"AUS", "KOR", 7}, {"GBR", "BRA", 7}, {"USA", "ZAF", 8}, {"BRA", "ZAF", 6},
	}
	for _, tt := range international {
		if got := internationalZone(tt.from, tt.to); got != tt.want {
			t.Errorf("internationalZone(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestRemoteAreas(t *testing.T) {
	tests := []struct {
		country, postal string
		want            bool
	}{
		{"USA", "99501", true}, {"USA", "96813", true}, {"USA", "00901", true}, {"USA", "10001", false},
		{"KOR", "63100", true}, {"KOR", "40240", true}, {"KOR", "06236", false},
		{"GBR", "HS1 2AA", true}, {"GBR", "IV2 3BB", true}, {"GBR", "SW1A 1AA", false},
		{"AUS", "0800", true}, {"AUS", "2000", false}, {"CAN", "X0A 0H0", true}, {"CAN", "M5V 2T6", false},
		{"DEU", "10115", false},
	}
	for _, tt := range tests {
		if got := remoteArea(tt.country, tt.postal); got != tt.want {
			t.Errorf("remoteArea(%s, %s) = %v", tt.country, tt.postal, got)
		}
	}
}

func TestChargeWeightIsRoundedTheCarriersWay(t *testing.T) {
	us, ca := addr("USA", "10001"), addr("USA", "90001")
	kr, gb := addr("KOR", "06236"), addr("GBR", "SW1A 1AA")
	tests := []struct {
		name    string
		slug    string
		service string
		sh      carriers.Shipment
		want    carriers.Weight
	}{
		{"UPS rounds up to the pound", "ups", "ups-ground", ship(us, ca, lb(1.2)), carriers.Weight{Value: 2, Unit: "lb"}},
		{"UPS charges a light big box by size (139 in³/lb)", "ups", "ups-ground", ship(us, ca, boxed(lb(2), 20, 20, 20, "in")), carriers.Weight{Value: 58, Unit: "lb"}},
		{"USPS ignores size up to one cubic foot", "usps", "usps-priority_mail", ship(us, ca, boxed(lb(2), 12, 12, 12, "in")), carriers.Weight{Value: 2, Unit: "lb"}},
		{"USPS sizes bigger boxes at 166 in³/lb", "usps", "usps-priority_mail", ship(us, ca, boxed(lb(2), 13, 13, 13, "in")), carriers.Weight{Value: 14, Unit: "lb"}},
		{"DHL rounds up to the half kilo", "dhl", "dhl-express_worldwide", ship(us, kr, kg(1.2)), carriers.Weight{Value: 1.5, Unit: "kg"}},
		{"DHL volumetric 5000 cm³/kg", "dhl", "dhl-express_worldwide", ship(us, kr, boxed(kg(2), 40, 30, 20, "cm")), carriers.Weight{Value: 5, Unit: "kg"}},
		{"grams and ounces convert", "dhl", "dhl-express_worldwide", ship(us, kr, carriers.Parcel{Weight: carriers.Weight{Value: 2100, Unit: "g"}}), carriers.Weight{Value: 2.5, Unit: "kg"}},
		{"Royal Mail prices by band without volume", "royal-mail", "royal-mail-tracked_48", ship(gb, addr("GBR", "M1 1AE"), boxed(kg(1.2), 60, 40, 40, "cm")), carriers.Weight{Value: 2, Unit: "kg"}},
		{"Korea Post registered parcel bands", "kpost", "kpost-registered_parcel", ship(kr, addr("KOR", "48058"), kg(4)), carriers.Weight{Value: 5, Unit: "kg"}},
		{"parcels add up", "ups", "ups-ground", ship(us, ca, lb(1.2), lb(3.5)), carriers.Weight{Value: 6, Unit: "lb"}},
	}
	for _, tt := range tests {
		acct := account(tt.slug)
		r := rateOf(t, shipperAt(wedMorning), acct, tt.sh, tt.service)
		if r.ChargeWeight != tt.want {
			t.Errorf("%s: charge weight %v, want %v", tt.name, r.ChargeWeight, tt.want)
		}
	}
	au := addr("AUS", "2000")
	r := rateOf(t, shipperAt(wedMorning), account("sendle"), ship(au, addr("AUS", "3000"), kg(1.2)), "sendle-standard_dropoff")
	if r.ChargeWeight.Value != 3 {
		t.Errorf("Sendle 1.2 kg charged as %v, want the 3 kg band", r.ChargeWeight)
	}
}

func TestPricesFollowTheZoneAndWeightTable(t *testing.T) {
	s, acct := shipperAt(wedMorning), account("usps")
	from := addr("USA", "10001")
	price := func(to string, p carriers.Parcel, service string) float64 {
		return rateOf(t, s, acct, ship(from, addr("USA", to), p), service).TotalCharge.Amount
	}
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"priority 1 lb zone 1", price("10002", lb(1), "usps-priority_mail"), 9.25},
		{"priority 1 lb zone 5", price("90001", lb(1), "usps-priority_mail"), 14.43},
		{"priority 5 lb zone 1", price("10002", lb(5), "usps-priority_mail"), 15.65},
		{"priority 4.2 lb is charged as 5 lb", price("10002", lb(4.2), "usps-priority_mail"), 15.65},
		{"media mail is one price everywhere", price("90001", lb(3), "usps-media_mail"), price("10002", lb(3), "usps-media_mail")},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > 0.001 {
			t.Errorf("%s: %.2f, want %.2f", tt.name, tt.got, tt.want)
		}
	}
}

func TestSurcharges(t *testing.T) {
	s := shipperAt(wedMorning)
	home := addr("USA", "90001")
	home.Type = "residential"
	r := rateOf(t, s, account("ups"), ship(addr("USA", "10001"), home, lb(1.2)), "ups-ground")
	base, _ := chargeOf(r, "base")
	res, hasRes := chargeOf(r, "residential")
	fuel, _ := chargeOf(r, "fuel_surcharge")
	if !hasRes || res != 5.85 || math.Abs(fuel-math.Round((base+res)*15.5)/100) > 0.005 {
		t.Errorf("UPS residential charges: %+v", r.DetailedCharges)
	}
	if math.Abs(r.TotalCharge.Amount-(base+res+fuel)) > 0.001 || r.TotalCharge.Currency != "USD" {
		t.Errorf("total %v is not the sum of %+v", r.TotalCharge, r.DetailedCharges)
	}
	if _, ok := chargeOf(rateOf(t, s, account("ups"), ship(addr("USA", "10001"), addr("USA", "99501"), lb(1)), "ups-ground"), "remote_area"); !ok {
		t.Error("UPS to Anchorage has no remote area surcharge")
	}
	usps := rateOf(t, s, account("usps"), ship(addr("USA", "10001"), home, lb(1)), "usps-priority_mail")
	if len(usps.DetailedCharges) != 1 || usps.DetailedCharges[0].Type != "base" {
		t.Errorf("USPS charged surcharges: %+v", usps.DetailedCharges)
	}
	seoul := addr("KOR", "06236")
	jeju := rateOf(t, s, account("cjlogistics"), ship(seoul, addr("KOR", "63100"), kg(2)), "cjlogistics-standard")
	if c, ok := chargeOf(jeju, "remote_area"); !ok || c != 3000 {
		t.Errorf("CJ to Jeju: %+v", jeju.DetailedCharges)
	}
	if _, ok := chargeOf(rateOf(t, s, account("cjlogistics"), ship(seoul, addr("KOR", "48058"), kg(2)), "cjlogistics-standard"), "remote_area"); ok {
		t.Error("CJ to Busan charged as remote")
	}
}

func TestCurrencyIsTheOriginCountrys(t *testing.T) {
	s, acct := shipperAt(wedMorning), account("dhl")
	tests := []struct {
		from carriers.Address
		want string
	}{
		{addr("KOR", "06236"), "KRW"}, {addr("USA", "10001"), "USD"}, {addr("DEU", "10115"), "EUR"},
		{addr("GB", "SW1A 1AA"), "GBP"}, {addr("HKG", ""), "HKD"},
	}
	for _, tt := range tests {
		r := rateOf(t, s, acct, ship(tt.from, addr("AUS", "2000"), kg(1)), "dhl-express_worldwide")
		if r.TotalCharge.Currency != tt.want {
			t.Errorf("DHL from %s bills %s, want %s", tt.from.Country, r.TotalCharge.Currency, tt.want)
		}
		for _, c := range r.DetailedCharges {
			if c.Charge.Currency != tt.want || (tt.want == "KRW" && c.Charge.Amount != math.Round(c.Charge.Amount)) {
				t.Errorf("DHL from %s: charge %+v", tt.from.Country, c)
			}
		}
	}
}

func TestDomesticAndInternationalServices(t *testing.T) {
	s := shipperAt(wedMorning)
	us := addr("USA", "10001")
	tests := []struct {
		slug string
		sh   carriers.Shipment
		want []string
	}{
		{"usps", ship(us, addr("USA", "90001"), lb(2)), []string{"usps-ground_advantage", "usps-priority_mail", "usps-priority_mail_express", "usps-media_mail"}},
		{"usps", ship(us, addr("KOR", "06236"), lb(2)), []string{"usps-first_class_package_international_service", "usps-priority_mail_international", "usps-priority_mail_express_international"}},
		{"usps", ship(us, addr("KOR", "06236"), lb(10)), []string{"usps-priority_mail_international", "usps-priority_mail_express_international"}},
		{"ups", ship(us, addr("CAN", "M5V 2T6"), lb(2)), []string{"ups-standard", "ups-worldwide_expedited", "ups-worldwide_saver", "ups-worldwide_express", "ups-worldwide_express_plus"}},
		{"ups", ship(addr("DEU", "10115"), addr("DEU", "80331"), kg(2)), []string{"ups-standard"}},
		{"canada-post", ship(addr("CAN", "M5V 2T6"), addr("USA", "10001"), kg(1)), []string{"canada-post-tracked_packet_usa", "canada-post-xpresspost_international"}},
		{"canada-post", ship(addr("CAN", "M5V 2T6"), addr("KOR", "06236"), kg(1)), []string{"canada-post-tracked_packet_international", "canada-post-xpresspost_international"}},
		{"kpost", ship(addr("KOR", "06236"), addr("USA", "10001"), kg(3)), []string{"kpost-ems", "kpost-ems_premium"}},
	}
	for _, tt := range tests {
		rates, err := s.Rates(context.Background(), carriers.RateRequest{Account: account(tt.slug), Shipment: tt.sh})
		if got := serviceTypes(rates); err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("%s %s->%s: %v, %v; want %v", tt.slug, tt.sh.ShipFrom.Country, tt.sh.ShipTo.Country, got, err, tt.want)
		}
	}
}

func TestRatesAreDeterministic(t *testing.T) {
	req := carriers.RateRequest{Account: account("fedex"), Shipment: ship(addr("USA", "10001"), addr("USA", "60601"), boxed(lb(3), 10, 8, 6, "in"))}
	a, errA := shipperAt(wedMorning).Rates(context.Background(), req)
	b, errB := shipperAt(wedMorning).Rates(context.Background(), req)
	if errA != nil || errB != nil || !reflect.DeepEqual(a, b) || len(a) != 8 {
		t.Errorf("two identical requests answered differently: %v %v", errA, errB)
	}
}
