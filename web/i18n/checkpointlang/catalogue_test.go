package checkpointlang

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/sandbox"
)

// byCatalogue reports whether a message translates through the catalogue rather
// than falling back to its status.
func byCatalogue(msg string, to Lang) bool {
	if _, ok := lookup(msg, to); ok {
		return true
	}
	if _, ok := withDetails(msg, to); ok {
		return true
	}
	_, ok := wordByWord(msg, to)
	return ok
}

// Every event the simulator tells, in Korean for Korean carriers and in English
// for the others, is in the catalogue with its status word, every Korean place
// it names romanizes, and no English wording stays in a Korean rendering. Each
// scenario runs under several numbers, which vary drivers and delivery windows.
func TestCatalogueCoversTheSimulator(t *testing.T) {
	registered := time.Date(2024, 4, 24, 6, 0, 0, 0, time.UTC)
	now := registered.Add(1000 * time.Hour)
	sb := sandbox.New(func() time.Time { return now }, time.Hour)
	slugs := []string{"cjlogistics", "kpost", "hanjin", "usps", "ups", "fedex", "dhl", "sendle", "royal-mail"}
	for _, slug := range slugs {
		for _, sc := range sandbox.Scenarios() {
			for n := range 8 {
				number := fmt.Sprintf("%d-%s", n, sc.Example) // same keyword and last digit
				res, err := sb.Track(context.Background(), carriers.Request{Slug: slug, TrackingNumber: number, RegisteredAt: registered})
				if err != nil {
					continue
				}
				for _, cp := range res.Checkpoints {
					checkCovered(t, slug+" "+number, cp)
				}
			}
		}
	}
}

func checkCovered(t *testing.T, where string, cp carriers.Checkpoint) {
	t.Helper()
	for _, text := range []string{cp.Message, cp.RawStatus} {
		to := Korean
		if writtenIn(text, Korean) {
			to = English
		}
		if !byCatalogue(text, to) {
			t.Errorf("%s: %q is not in the catalogue", where, text)
		} else if w := englishWording(Message(text, "", to), cp.Location, cp.City); to == Korean && w != "" {
			t.Errorf("%s: %q keeps %q in Korean", where, text, w)
		}
	}
	if loc := Place(cp.Location, English); strings.ContainsFunc(loc, isHangul) {
		t.Errorf("%s: place %q stays Korean", where, loc)
	}
}

// englishWording finds an English word a Korean rendering should not show: a
// lower-case word ("between", "by") or a facility word ("Facility"), outside
// the checkpoint's own place names, which carry over as written ("Frankfurt am
// Main", "Sydney Airport"), as do people and carriers ("K. Johnson", "USPS").
func englishWording(s string, places ...string) string {
	for _, p := range places {
		if p != "" {
			s = strings.ReplaceAll(s, p, "")
		}
	}
	notLatin := func(r rune) bool { return !unicode.Is(unicode.Latin, r) }
	for _, w := range strings.FieldsFunc(s, notLatin) {
		r, _ := utf8.DecodeRuneInString(w)
		if _, kind := facilityKinds[strings.ToLower(w)]; unicode.IsLower(r) || kind {
			return w
		}
	}
	return ""
}

func TestEverySubtagHasKoreanText(t *testing.T) {
	for _, s := range carriers.Subtags() {
		if koreanSubtags[s.Subtag] == "" {
			t.Errorf("%s has no Korean text", s.Subtag)
		}
		if StatusText(s.Subtag, English) != carriers.SubtagMessage(s.Subtag) {
			t.Errorf("%s: English status %q", s.Subtag, StatusText(s.Subtag, English))
		}
	}
}

func TestParse(t *testing.T) {
	cases := []struct {
		in   string
		want Lang
		bad  bool
	}{
		{"", "", false}, {"en", English, false}, {"EN", English, false}, {"en-US", English, false},
		{"en_gb", English, false}, {"ko", Korean, false}, {"ko-KR", Korean, false}, {"KO_kr", Korean, false},
		{"kor", Korean, false}, {"fr", "", false}, {"zh", "", false}, {"zh-Hant-TW", "", false},
		{"english", "", true}, {"123", "", true}, {"x", "", true}, {"en--US", "", true}, {"ko KR", "", true},
		{strings.Repeat("a", 100), "", true},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if got != c.want || (err != nil) != c.bad {
			t.Errorf("Parse(%q) = %q, %v; want %q, malformed %v", c.in, got, err, c.want, c.bad)
		}
	}
}

// The texts the carriers' recorded responses hold (testdata of web/carriers/*).
func TestCatalogueCoversRecordedCarrierTexts(t *testing.T) {
	korean := []string{
		"고객님의 상품이 배송완료 되었습니다.(담당사원:이래건 010-9473-1038)",
		"고객님의 상품을 배송할 예정입니다.(17~19시)(배송담당:이래건 010-9473-1038)",
		"배송지역으로 상품이 이동중입니다.", "보내시는 고객님으로부터 상품을 인수받았습니다",
		"접수", "발송", "도착", "배달준비 (집배원:이래건 010-9473-1038)", "미배달 (수취인부재)",
		"배달준비 재배달", "배달완료 (수령인:본인)",
	}
	english := []string{
		"Arrived at DHL Sort Facility  INCHEON - KOREA, REPUBLIC OF (SOUTH K)",
		"Clearance processing complete at INCHEON - KOREA, REPUBLIC OF (SOUTH K)",
		"Delivered - Signed for by : KIM", "Departed Facility in LEIPZIG - GERMANY", "Shipment information received",
		"Shipment picked up", "With delivery courier", "Returned to sender", "Returned to shipper",
		"Delivery attempted; recipient not available. The shipment will be returned to the sender.",
		"The shipment has been processed in the parcel center", "The shipment has been returned to the sender",
		"Arrived at FedEx location", "Delivered", "Delivery exception", "Departed FedEx location",
		"On FedEx vehicle for delivery", "Picked up", "Shipment information sent to FedEx",
		"Arrived at the depot for processing", "In transit between depots", "Parcel delivered",
		"Parcel is out for delivery", "Parcel picked up", "We attempted to pick up the parcel but were unsuccessful",
		"Parcel departed the origin facility", "Parcel has been dropped off", "Parcel in transit",
		"Arrived at Facility", "DELIVERED ", "Departed from Facility", "Out For Delivery Today", "Pickup Scan ",
		"Severe weather conditions have delayed delivery.", "Shipper created a label, UPS has not received the package yet. ",
		"Arrived at Post Office", "Delivered, In/At Mailbox", "Departed USPS Regional Facility",
		"In Transit to Next Facility", "Out for Delivery", "Shipping Label Created, USPS Awaiting Item",
		"USPS picked up item", "Departed", "Held in Customs", "Processed Through Facility",
	}
	for _, m := range korean {
		if s, ok := lookupAny(m, English); !ok || strings.ContainsFunc(strings.Split(s, "(")[0], isHangul) {
			t.Errorf("%q -> %q, %v", m, s, ok)
		}
	}
	for _, m := range english {
		if s, ok := lookupAny(m, Korean); !ok || !strings.ContainsFunc(s, isHangul) || englishWording(s) != "" {
			t.Errorf("%q -> %q, %v", m, s, ok)
		}
	}
}

func lookupAny(m string, to Lang) (string, bool) {
	if !byCatalogue(m, to) {
		return "", false
	}
	return Message(m, "", to), true
}

// Both wordings of a phrase carry the same parts, or a translation would lose one.
func TestPhrasesCarryTheSameParts(t *testing.T) {
	for _, p := range append(append([]phrase(nil), koreanPhrases...), englishPhrases...) {
		en, ko := placeholder.FindAllString(p.en, -1), placeholder.FindAllString(p.ko, -1)
		slices.Sort(en)
		slices.Sort(ko)
		if !slices.Equal(en, ko) {
			t.Errorf("%q and %q carry %v and %v", p.en, p.ko, en, ko)
		}
	}
}
