package sandbox

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

func day(d int) time.Time { return time.Date(2024, 4, d, 0, 0, 0, 0, time.UTC) }

func nyAt(d, h, m int) time.Time { return time.Date(2024, 4, d, h, m, 0, 0, newYork) }

func TestPickupWindows(t *testing.T) {
	tests := []struct {
		name        string
		slug        string
		now         time.Time
		date        time.Time
		start, end  string
		wantStart   time.Time
		wantEnd     time.Time
		wantRefusal string
	}{
		{name: "clipped to the carrier's hours", slug: "ups", now: wedMorning, date: day(25), start: "07:00", end: "21:00",
			wantStart: nyAt(25, 9, 0), wantEnd: nyAt(25, 19, 0)},
		{name: "the seed's HH:MM:SS times", slug: "ups", now: wedMorning, date: day(25), start: "09:00:00", end: "18:00:00",
			wantStart: nyAt(25, 9, 0), wantEnd: nyAt(25, 18, 0)},
		{name: "no window asked: the carrier's hours", slug: "usps", now: wedMorning, date: day(25),
			wantStart: nyAt(25, 8, 0), wantEnd: nyAt(25, 17, 0)},
		{name: "no date: today, an hour's notice", slug: "usps", now: nyAt(24, 10, 5), start: "09:00", end: "13:00",
			wantStart: nyAt(24, 11, 15), wantEnd: nyAt(24, 13, 0)},
		{name: "today's window too short for UPS", slug: "ups", now: wedMorning, date: day(24), start: "09:00", end: "12:00",
			wantRefusal: "at least 120 minutes inside the carrier's collection hours 09:00-19:00 with an hour's notice from now; 11:00-12:00 leaves 60"},
		{name: "too late today", slug: "fedex", now: nyAt(24, 18, 30), date: day(24), wantRefusal: "leaves 0"},
		{name: "window ends before it starts", slug: "usps", now: wedMorning, date: day(25), start: "15:00", end: "10:00", wantRefusal: "15:00-10:00"},
		{name: "USPS collects on Saturdays", slug: "usps", now: wedMorning, date: day(27), start: "10:00", end: "12:00",
			wantStart: nyAt(27, 10, 0), wantEnd: nyAt(27, 12, 0)},
		{name: "UPS does not", slug: "ups", now: wedMorning, date: day(27), wantRefusal: "does not collect on Saturdays"},
		{name: "nobody collects on Sundays", slug: "usps", now: wedMorning, date: day(28), wantRefusal: "no pickups on Sundays"},
		{name: "past dates are refused", slug: "usps", now: wedMorning, date: day(23), wantRefusal: "2024-04-23 is in the past"},
		{name: "times must be times", slug: "usps", now: wedMorning, date: day(25), start: "9am", wantRefusal: `"9am" is not HH:MM`},
	}
	for _, tt := range tests {
		req := carriers.PickupRequest{Account: account(tt.slug), Address: addr("USA", "10001"), Date: tt.date,
			StartTime: tt.start, EndTime: tt.end, TrackingNumbers: []string{"9400100000000000000000"}}
		req.Account.Timezone = "America/New_York"
		p, err := shipperAt(tt.now).SchedulePickup(context.Background(), req)
		if tt.wantRefusal != "" {
			if carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), tt.wantRefusal) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.wantRefusal)
			}
			continue
		}
		if err != nil || !p.StartAt.Equal(tt.wantStart) || !p.EndAt.Equal(tt.wantEnd) || p.StartAt.Location() != newYork {
			t.Errorf("%s: %+v, %v; want %v-%v", tt.name, p, err, tt.wantStart, tt.wantEnd)
		}
	}
}

func TestPickupConfirmationsAndCharges(t *testing.T) {
	s := shipperAt(wedMorning)
	req := carriers.PickupRequest{Account: account("ups"), Address: addr("USA", "10001"), Date: day(25),
		StartTime: "10:00", EndTime: "16:00", TrackingNumbers: []string{"1ZA1B2C30312345673"}}
	a, errA := s.SchedulePickup(context.Background(), req)
	b, errB := s.SchedulePickup(context.Background(), req)
	req.EndTime = "17:00"
	c, errC := s.SchedulePickup(context.Background(), req)
	if errA != nil || errB != nil || errC != nil {
		t.Fatal(errA, errB, errC)
	}
	if !regexp.MustCompile(`^2929\d{7}$`).MatchString(a.ConfirmationNumber) || a.ConfirmationNumber != b.ConfirmationNumber || a.ConfirmationNumber == c.ConfirmationNumber {
		t.Errorf("confirmations %s %s %s", a.ConfirmationNumber, b.ConfirmationNumber, c.ConfirmationNumber)
	}
	if a.Charge == nil || *a.Charge != (carriers.Money{Amount: 7.45, Currency: "USD"}) {
		t.Errorf("UPS pickup charge %+v", a.Charge)
	}
	kp := carriers.PickupRequest{Account: account("kpost"), Address: addr("KOR", "06236"), Date: day(25), Parcels: []carriers.Parcel{kg(2)}}
	if p, err := s.SchedulePickup(context.Background(), kp); err != nil || p.Charge == nil || *p.Charge != (carriers.Money{Amount: 1500, Currency: "KRW"}) {
		t.Errorf("Korea Post pickup %+v, %v", p, err)
	}
	usps := carriers.PickupRequest{Account: account("usps"), Address: addr("USA", "10001"), Date: day(25), TrackingNumbers: []string{"1"}}
	if p, err := s.SchedulePickup(context.Background(), usps); err != nil || p.Charge != nil || !strings.HasPrefix(p.ConfirmationNumber, "WTC") {
		t.Errorf("USPS pickup %+v, %v", p, err)
	}
}

func TestPickupRefusals(t *testing.T) {
	s := shipperAt(wedMorning)
	base := carriers.PickupRequest{Account: account("usps"), Address: addr("USA", "10001"), Date: day(25), TrackingNumbers: []string{"1"}}
	empty := base
	empty.TrackingNumbers = nil
	nowhere := base
	nowhere.Address.PostalCode = "00000"
	nobody := base
	nobody.Address.ContactName = "FAIL PICKUP"
	for name, tt := range map[string]struct {
		req  carriers.PickupRequest
		want string
	}{
		"nothing to collect": {empty, "nothing to collect"},
		"postal code 00000":  {nowhere, "postal code 00000 does not exist"},
		"FAIL PICKUP":        {nobody, "no driver is available"},
	} {
		if _, err := s.SchedulePickup(context.Background(), tt.req); carriers.KindOf(err) != carriers.KindInvalidNumber || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

func TestCancelPickup(t *testing.T) {
	s := shipperAt(wedMorning)
	p, err := s.SchedulePickup(context.Background(), carriers.PickupRequest{Account: account("dhl"), Address: addr("DEU", "10115"), Date: day(25), TrackingNumbers: []string{"1"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CancelPickup(context.Background(), carriers.CancelPickupRequest{Account: account("dhl"), ConfirmationNumber: p.ConfirmationNumber}); err != nil {
		t.Errorf("cancel %s: %v", p.ConfirmationNumber, err)
	}
	for _, c := range []string{"", "WTC12345678", "PRG12345", p.ConfirmationNumber + "0"} {
		if err := s.CancelPickup(context.Background(), carriers.CancelPickupRequest{Account: account("dhl"), ConfirmationNumber: c}); carriers.KindOf(err) != carriers.KindInvalidNumber {
			t.Errorf("cancel %q: %v", c, err)
		}
	}
}

func TestCloseManifest(t *testing.T) {
	s := shipperAt(wedMorning)
	acct := account("usps")
	a, errA := s.CloseManifest(context.Background(), carriers.ManifestRequest{Account: acct, TrackingNumbers: []string{"b", "a"}})
	b, errB := s.CloseManifest(context.Background(), carriers.ManifestRequest{Account: acct, TrackingNumbers: []string{"a", "b"}, Date: day(24)})
	c, errC := s.CloseManifest(context.Background(), carriers.ManifestRequest{Account: acct, TrackingNumbers: []string{"a", "b", "c"}})
	if errA != nil || errB != nil || errC != nil {
		t.Fatal(errA, errB, errC)
	}
	if !regexp.MustCompile(`^MF20240424\d{6}$`).MatchString(a.CarrierRef) || a.CarrierRef != b.CarrierRef || a.CarrierRef == c.CarrierRef || a.File != nil {
		t.Errorf("manifests %+v %+v %+v", a, b, c)
	}
	if _, err := s.CloseManifest(context.Background(), carriers.ManifestRequest{Account: acct}); carriers.KindOf(err) != carriers.KindInvalidNumber {
		t.Errorf("empty manifest: %v", err)
	}
}
