package sandbox

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

var (
	registered = time.Date(2024, 4, 24, 6, 0, 0, 0, time.UTC)
	testSlugs  = []string{"cjlogistics", "kpost", "hanjin", "cvsnet", "usps", "ups", "royal-mail", "japan-post", "bpost", "no-such-carrier"}
)

// at returns a sandbox whose clock is frozen n steps after registration.
func at(n float64) *Sandbox {
	now := registered.Add(time.Duration(n * float64(time.Hour)))
	return New(func() time.Time { return now }, time.Hour)
}

func track(t *testing.T, s *Sandbox, slug, num string) (*carriers.Result, error) {
	t.Helper()
	return s.Track(context.Background(), carriers.Request{Slug: slug, TrackingNumber: num, RegisteredAt: registered})
}

func TestEveryScenarioReachesItsFinalTag(t *testing.T) {
	for _, info := range Scenarios() {
		for _, slug := range testSlugs {
			res, err := track(t, at(1000), slug, info.Example)
			sc := pick(normalizeNumber(info.Example))
			if sc.Name != info.Name {
				t.Fatalf("example %q picks %s, want %s", info.Example, sc.Name, info.Name)
			}
			if sc.ErrSteps < 0 {
				if carriers.KindOf(err).String() != info.ErrorKind || res != nil {
					t.Errorf("%s/%s: err %v, want kind %s", info.Name, slug, err, info.ErrorKind)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s/%s: %v", info.Name, slug, err)
			}
			tag, sub := carriers.TagPending, "Pending_001"
			if n := len(res.Checkpoints); n > 0 {
				tag, sub = res.Checkpoints[n-1].Tag, res.Checkpoints[n-1].Subtag
			}
			if tag != info.FinalTag || sub != info.FinalSubtag || !res.Sandbox {
				t.Errorf("%s/%s ends %s %s (sandbox=%v), want %s %s", info.Name, slug, tag, sub, res.Sandbox, info.FinalTag, info.FinalSubtag)
			}
		}
	}
}

func TestScenariosCoverEveryTag(t *testing.T) {
	seen := map[carriers.Tag]bool{}
	for _, sc := range scenarios {
		seen[sc.Final] = true
		for _, b := range sc.Beats {
			seen[carriers.TagOfSubtag(beatIntent[b.Beat])] = true
		}
	}
	for _, tag := range carriers.Tags() {
		if !seen[tag] {
			t.Errorf("no scenario produces %s", tag)
		}
	}
}

func TestNothingVisibleBeforeRegistration(t *testing.T) {
	for _, info := range Scenarios() {
		res, err := track(t, at(-0.001), "cjlogistics", info.Example)
		if err == nil && len(res.Checkpoints) != 0 {
			t.Errorf("%s: %d checkpoints before registration", info.Name, len(res.Checkpoints))
		}
	}
	res, err := track(t, at(0), "cjlogistics", "1234567890")
	if err != nil || len(res.Checkpoints) != 1 || !res.Checkpoints[0].Time.Equal(registered) {
		t.Fatalf("at registration: %v %+v", err, res)
	}
}

func TestStoryUnfoldsInOrder(t *testing.T) {
	for _, info := range Scenarios() {
		var prev []carriers.Checkpoint
		for n := 0.0; n <= 60; n += 0.5 {
			res, err := track(t, at(n), "usps", info.Example)
			if err != nil {
				continue
			}
			now := registered.Add(time.Duration(n * float64(time.Hour)))
			checkOrdered(t, info.Name, res.Checkpoints, now)
			if len(res.Checkpoints) < len(prev) || (len(prev) > 0 && !reflect.DeepEqual(res.Checkpoints[:len(prev)], prev)) {
				t.Fatalf("%s at %v: history rewritten", info.Name, n)
			}
			prev = res.Checkpoints
		}
	}
}

func checkOrdered(t *testing.T, name string, cps []carriers.Checkpoint, now time.Time) {
	t.Helper()
	for i, cp := range cps {
		if cp.Time.Before(registered) || cp.Time.After(now) {
			t.Errorf("%s: checkpoint %d at %v outside [registered, now]", name, i, cp.Time)
		}
		if i > 0 && !cp.Time.After(cps[i-1].Time) {
			t.Errorf("%s: checkpoint %d not after %d", name, i, i-1)
		}
		if cp.RawStatus == "" || cp.RawCode == "" || cp.Message == "" || cp.Location == "" ||
			cp.City == "" || len(cp.CountryISO3) != 3 || cp.CountryName == "" || !carriers.ValidSubtag(cp.Subtag) {
			t.Errorf("%s: checkpoint %d incomplete: %+v", name, i, cp)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, slug := range testSlugs {
		for _, num := range []string{"1234567890", "6067408", "WP-SIGNED-9", "ABCDEF", "1Z999AA10123456784"} {
			a, errA := track(t, at(20), slug, num)
			b, errB := track(t, at(20), slug, num)
			if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(errA, errB) {
				t.Errorf("%s %s: two calls differ", slug, num)
			}
		}
	}
}

func TestPick(t *testing.T) {
	tests := map[string]string{
		"1234567890": "delivered", "ab-1": "info_received", "9400111899223197428492": "in_transit",
		"wp-in_transit-7": "in_transit", "sandbox delivered": "delivered", "x-not-found-0": "not_found",
		"LOST": "lost", "carrier-DOWN-3": "carrier_down", "RATELIMIT": "rate_limited",
	}
	for num, want := range tests {
		if got := pick(normalizeNumber(num)).Name; got != want {
			t.Errorf("pick(%q) = %s, want %s", num, got, want)
		}
	}
	// Letters-only numbers hash onto the digit table, stably.
	if a, b := pick("ABCDEF"), pick("ABCDEF"); a != b || a.Digit < 0 {
		t.Error("hash pick unstable or off the digit table")
	}
}

func TestKoreanAndUSFlavour(t *testing.T) {
	res, _ := track(t, at(100), "kr.cjlogistics", "1234567890")
	raws := []string{}
	for _, cp := range res.Checkpoints {
		if _, off := cp.Time.Zone(); off != 9*3600 || cp.CountryISO3 != "KOR" {
			t.Errorf("korean checkpoint %v in %s", cp.Time, cp.CountryISO3)
		}
		raws = append(raws, cp.RawStatus)
	}
	if got := strings.Join(raws, ","); got != "접수,집화처리,간선상차,간선하차,간선상차,SM입고,배송출발,배송완료" {
		t.Errorf("CJ story = %s", got)
	}
	if msg := res.Checkpoints[6].Message; !strings.Contains(msg, "배송담당:") || !strings.Contains(msg, "010-") {
		t.Errorf("out-for-delivery message lacks the driver: %q", msg)
	}
	if carriers.TrackerStatusOf(res.Checkpoints[1].Tag, res.Checkpoints[1].Subtag, "") != "at_pickup" {
		t.Error("집화처리 must read as at_pickup")
	}
	us, _ := track(t, at(100), "usps", "1234567890")
	for _, cp := range us.Checkpoints {
		if !strings.HasPrefix(cp.Time.Location().String(), "America/") || cp.State == "" || cp.Zip == "" {
			t.Errorf("US checkpoint %v %s %s", cp.Time.Location(), cp.State, cp.Zip)
		}
	}
	if us.ShipmentWeightUnit != "lb" || us.ShipmentWeight == nil || us.EstimatedDelivery == nil {
		t.Errorf("US facts: %+v", us)
	}
}

func TestSignedByAndFacts(t *testing.T) {
	res, _ := track(t, at(100), "kpost", "WP-SIGNED-1")
	if res.SignedBy == "" || res.Checkpoints[len(res.Checkpoints)-1].Subtag != "Delivered_003" {
		t.Errorf("signed scenario: %+v", res)
	}
	early, _ := track(t, at(5), "kpost", "WP-SIGNED-1")
	if early.SignedBy != "" || early.EstimatedDelivery == nil || early.PackageCount != 1 {
		t.Errorf("early facts: %+v", early)
	}
	customs, _ := track(t, at(100), "cjlogistics", "WP-CUSTOMS-1")
	if customs.OriginCountryISO3 != "CHN" || customs.DestinationCountryISO3 != "KOR" {
		t.Errorf("customs countries %s->%s", customs.OriginCountryISO3, customs.DestinationCountryISO3)
	}
}

func TestErrorKinds(t *testing.T) {
	tests := []struct {
		num   string
		steps float64
		kind  carriers.ErrorKind // 0 = success
	}{
		{"WP-NOTFOUND-1", 2.9, carriers.KindNotFound},
		{"WP-NOTFOUND-1", 3, 0},
		{"WP-DOWN-1", 3.9, carriers.KindUnavailable},
		{"WP-DOWN-1", 4, 0},
		{"WP-RATELIMIT-1", 1, carriers.KindRateLimited},
		{"WP-EXPIRED-1", 10000, carriers.KindNotFound},
		{"WP-INVALID-1", 1, carriers.KindInvalidNumber},
		{"--", 1, carriers.KindInvalidNumber},
	}
	for _, tt := range tests {
		res, err := track(t, at(tt.steps), "ups", tt.num)
		if tt.kind == 0 {
			if err != nil || res == nil {
				t.Errorf("%s at %v: %v", tt.num, tt.steps, err)
			}
			continue
		}
		var ce *carriers.Error
		if !errors.As(err, &ce) || ce.Kind != tt.kind || ce.Slug != "ups" {
			t.Errorf("%s at %v: err %v, want %s", tt.num, tt.steps, err, tt.kind)
		}
	}
	res, err := track(t, at(1), "ups", "WP-DOWN-1")
	if ce := (*carriers.Error)(nil); !errors.As(err, &ce) || ce.RetryAfter != time.Hour || res != nil {
		t.Errorf("carrier_down must ask to retry after one step: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := at(1).Track(ctx, carriers.Request{Slug: "ups", TrackingNumber: "1"}); carriers.KindOf(err) != carriers.KindUnavailable {
		t.Errorf("cancelled context: %v", err)
	}
}

func TestZeroRegisteredAtShowsWholeStory(t *testing.T) {
	s := at(0)
	res, err := s.Track(context.Background(), carriers.Request{Slug: "cjlogistics", TrackingNumber: "WP-NOTFOUND-1"})
	if err != nil || len(res.Checkpoints) != len(deliveredStory) || !res.Checkpoints[len(res.Checkpoints)-1].Time.Equal(s.now()) {
		t.Fatalf("zero RegisteredAt: %v %+v", err, res)
	}
}

func TestVocabulariesClassifyAsIntended(t *testing.T) {
	for _, v := range []vocab{koParcel, koPost, english} {
		for b, intent := range beatIntent {
			ph, ok := v.Phrases[b]
			if !ok {
				t.Errorf("%s: no phrase for beat %d", v.Table, b)
				continue
			}
			r, ok := carriers.MatchFor(v.Table, "", ph.Raw)
			if !ok || r.Subtag != intent {
				t.Errorf("%s: %q classifies as %q, want %s", v.Table, ph.Raw, r.Subtag, intent)
			}
		}
	}
}

func TestEveryCatalogCourierTracks(t *testing.T) {
	for _, c := range carriers.Catalog() {
		res, err := track(t, at(100), c.Slug, "1234567890")
		if err != nil || len(res.Checkpoints) == 0 {
			t.Fatalf("%s: %v", c.Slug, err)
		}
		checkOrdered(t, c.Slug, res.Checkpoints, registered.Add(100*time.Hour))
		last := res.Checkpoints[len(res.Checkpoints)-1]
		if last.Tag != carriers.TagDelivered || last.CountryISO3 != c.CountryISO3 {
			t.Errorf("%s: ends %s in %s", c.Slug, last.Tag, last.CountryISO3)
		}
	}
}

func TestNewDefaults(t *testing.T) {
	s := New(nil, 0)
	if s.Step() != time.Hour || s.now == nil {
		t.Error("New must default the clock and the step")
	}
}
