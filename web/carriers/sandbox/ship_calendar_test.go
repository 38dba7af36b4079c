package sandbox

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

func TestCutOffsShipDatesAndDeliveryDates(t *testing.T) {
	la, seoul := carriers.Zone("America/Los_Angeles"), carriers.Zone("Asia/Seoul")
	usps, cj := account("usps"), account("cjlogistics")
	laAcct := usps
	laAcct.Timezone = "America/Los_Angeles"
	far := ship(addr("USA", "10001"), addr("USA", "90001"), lb(1))
	tests := []struct {
		name      string
		now       time.Time
		acct      carriers.Account
		sh        carriers.Shipment
		service   string
		shipDate  time.Time
		cutOff    time.Time
		deliver   time.Time
		transit   int
		infoHas   string
		noInfoMsg bool
	}{
		{name: "before the cut-off ships today; delivery skips the weekend", now: wedMorning, acct: usps, sh: far,
			service: "usps-priority_mail", cutOff: time.Date(2024, 4, 24, 17, 0, 0, 0, newYork),
			deliver: time.Date(2024, 4, 29, 20, 0, 0, 0, newYork), transit: 3, noInfoMsg: true},
		{name: "after the cut-off ships tomorrow", now: time.Date(2024, 4, 24, 17, 30, 0, 0, newYork), acct: usps, sh: far,
			service: "usps-priority_mail_express", cutOff: time.Date(2024, 4, 25, 17, 0, 0, 0, newYork),
			deliver: time.Date(2024, 4, 29, 18, 0, 0, 0, newYork), transit: 2, infoHas: "after today's 17:00 cut-off; ships Thu 2024-04-25"},
		{name: "Friday evening ships Monday", now: time.Date(2024, 4, 26, 18, 0, 0, 0, newYork), acct: usps, sh: far,
			service: "usps-priority_mail", cutOff: time.Date(2024, 4, 29, 17, 0, 0, 0, newYork),
			deliver: time.Date(2024, 5, 2, 20, 0, 0, 0, newYork), transit: 3, infoHas: "ships Mon 2024-04-29"},
		{name: "a Saturday ship date moves to Monday", now: wedMorning, acct: usps, sh: far, shipDate: time.Date(2024, 4, 27, 0, 0, 0, 0, time.UTC),
			service: "usps-priority_mail", cutOff: time.Date(2024, 4, 29, 17, 0, 0, 0, newYork),
			deliver: time.Date(2024, 5, 2, 20, 0, 0, 0, newYork), transit: 3, infoHas: "does not collect at weekends"},
		{name: "cut-offs are in the account's zone", now: time.Date(2024, 4, 24, 19, 0, 0, 0, newYork), acct: laAcct, sh: far,
			service: "usps-priority_mail", cutOff: time.Date(2024, 4, 24, 17, 0, 0, 0, la),
			deliver: time.Date(2024, 4, 29, 20, 0, 0, 0, la), transit: 3, noInfoMsg: true},
		{name: "Korean account, Korean clock", now: time.Date(2024, 4, 24, 6, 0, 0, 0, time.UTC), acct: cj,
			sh: ship(addr("KOR", "06236"), addr("KOR", "48058"), kg(2)), service: "cjlogistics-standard",
			cutOff: time.Date(2024, 4, 24, 16, 0, 0, 0, seoul), deliver: time.Date(2024, 4, 25, 20, 0, 0, 0, seoul), transit: 1, noInfoMsg: true},
		{name: "delivery is in the destination's zone", now: wedMorning, acct: usps,
			sh: ship(addr("USA", "10001"), addr("KOR", "06236"), lb(1)), service: "usps-priority_mail_express_international",
			cutOff: time.Date(2024, 4, 24, 17, 0, 0, 0, newYork), deliver: time.Date(2024, 5, 1, 18, 0, 0, 0, seoul), transit: 5, noInfoMsg: true},
	}
	for _, tt := range tests {
		rates, err := shipperAt(tt.now).Rates(context.Background(), carriers.RateRequest{Account: tt.acct, Shipment: tt.sh, ServiceType: tt.service, ShipDate: tt.shipDate})
		if err != nil || len(rates) != 1 {
			t.Fatalf("%s: %v %v", tt.name, rates, err)
		}
		r := rates[0]
		if !r.BookingCutOff.Equal(tt.cutOff) || r.BookingCutOff.Location().String() != tt.cutOff.Location().String() {
			t.Errorf("%s: cut-off %v, want %v", tt.name, r.BookingCutOff, tt.cutOff)
		}
		if want := tt.cutOff.Add(time.Duration(cards[tt.acct.Slug].pickupBy-cards[tt.acct.Slug].cutOff) * time.Minute); !r.PickupDeadline.Equal(want) {
			t.Errorf("%s: pickup deadline %v, want %v", tt.name, r.PickupDeadline, want)
		}
		if !r.DeliveryDate.Equal(tt.deliver) || *r.TransitTime != tt.transit {
			t.Errorf("%s: delivery %v in %d days, want %v in %d", tt.name, r.DeliveryDate, *r.TransitTime, tt.deliver, tt.transit)
		}
		if _, off := r.DeliveryDate.Zone(); off != offsetOf(tt.deliver) {
			t.Errorf("%s: delivery printed in the wrong zone: %v", tt.name, r.DeliveryDate)
		}
		if (tt.noInfoMsg && r.InfoMessage != "") || !strings.Contains(r.InfoMessage, tt.infoHas) {
			t.Errorf("%s: info message %q, want %q", tt.name, r.InfoMessage, tt.infoHas)
		}
	}
}

func offsetOf(t time.Time) int {
	_, off := t.Zone()
	return off
}

func TestShipDateInThePastIsRefused(t *testing.T) {
	yesterday := time.Date(2024, 4, 23, 0, 0, 0, 0, time.UTC)
	_, err := shipperAt(wedMorning).Rates(context.Background(), carriers.RateRequest{Account: account("usps"),
		Shipment: ship(addr("USA", "10001"), addr("USA", "90001"), lb(1)), ShipDate: yesterday})
	if carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), "2024-04-23 is in the past") {
		t.Errorf("err = %v", err)
	}
}

func TestAddBusinessDays(t *testing.T) {
	fri := time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC)
	for n, want := range map[int]string{0: "2024-04-26", 1: "2024-04-29", 5: "2024-05-03", 6: "2024-05-06"} {
		if got := addBusinessDays(fri, n).Format(time.DateOnly); got != want {
			t.Errorf("Friday + %d business days = %s, want %s", n, got, want)
		}
	}
}
