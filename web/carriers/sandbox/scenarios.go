package sandbox

import (
	"hash/fnv"
	"sort"
	"strings"
	"unicode"

	"github.com/waypost/waypost/web/carriers"
)

// beat is one kind of event in a parcel's story; vocabularies word it per carrier and the
// status tables classify the wording back into a tag.
type beat int

const (
	bLabel beat = iota
	bPickup
	bDepartOrigin
	bArriveHub
	bDepartHub
	bInTransit
	bArriveDest
	bArriveCountry
	bCustomsStart
	bCustomsHold
	bOutForDelivery
	bAttemptFail
	bDelivered
	bDeliveredSigned
	bAvailablePickup
	bDamaged
	bLost
	bReturning
	bReturned
)

// timedBeat places a beat Offset steps after the parcel was registered.
type timedBeat struct {
	Offset int
	Beat   beat
}

type scenario struct {
	Name        string
	Keyword     string // picks the scenario when the number contains it
	Digit       int    // picks the scenario when the number ends with it; -1 for none
	Description string
	Final       carriers.Tag
	FinalSubtag string
	Beats       []timedBeat
	// International parcels start abroad and pass customs.
	International bool
	// ErrKind is returned while fewer than ErrSteps steps have passed; ErrSteps < 0 is forever.
	ErrKind  carriers.ErrorKind
	ErrSteps int
	// EDD is the estimated delivery, in steps after registration; 0 for none.
	EDD int
}

// commonStart is the first leg every domestic story shares.
var commonStart = []timedBeat{{0, bLabel}, {2, bPickup}, {3, bDepartOrigin}, {6, bArriveHub}, {8, bDepartHub}, {11, bArriveDest}}

func story(extra ...timedBeat) []timedBeat {
	return append(append([]timedBeat(nil), commonStart...), extra...)
}

func shifted(beats []timedBeat, by int) []timedBeat {
	out := make([]timedBeat, len(beats))
	for i, b := range beats {
		out[i] = timedBeat{b.Offset + by, b.Beat}
	}
	return out
}

var deliveredStory = story(timedBeat{13, bOutForDelivery}, timedBeat{16, bDelivered})

var scenarios = []scenario{
	{Name: "delivered", Keyword: "DELIVERED", Digit: 0, Final: carriers.TagDelivered, FinalSubtag: "Delivered_001",
		Description: "Picked up, hub, out for delivery, delivered (Delivered_001).", Beats: deliveredStory, EDD: 16},
	{Name: "info_received", Keyword: "INFORECEIVED", Digit: 1, Final: carriers.TagInfoReceived, FinalSubtag: "InfoReceived_001",
		Description: "Label created; the carrier never picks the parcel up.", Beats: []timedBeat{{0, bLabel}}},
	{Name: "in_transit", Keyword: "INTRANSIT", Digit: 2, Final: carriers.TagInTransit, FinalSubtag: "InTransit_001",
		Description: "Long haul: keeps moving between facilities and never arrives.", EDD: 60,
		Beats: []timedBeat{{0, bLabel}, {2, bPickup}, {3, bDepartOrigin}, {6, bArriveHub}, {8, bDepartHub}, {20, bInTransit}, {40, bInTransit}}},
	{Name: "delivered_signed", Keyword: "SIGNED", Digit: 3, Final: carriers.TagDelivered, FinalSubtag: "Delivered_003",
		Description: "Delivered and signed for by someone at the address (signed_by set).", EDD: 16,
		Beats: story(timedBeat{13, bOutForDelivery}, timedBeat{15, bDeliveredSigned})},
	{Name: "attempt_then_delivered", Keyword: "ATTEMPT", Digit: 4, Final: carriers.TagDelivered, FinalSubtag: "Delivered_001",
		Description: "First attempt fails (AttemptFail_002), second attempt delivers.", EDD: 16,
		Beats: story(timedBeat{13, bOutForDelivery}, timedBeat{15, bAttemptFail}, timedBeat{24, bOutForDelivery}, timedBeat{26, bDelivered})},
	{Name: "available_for_pickup", Keyword: "PICKUP", Digit: 5, Final: carriers.TagAvailableForPickup, FinalSubtag: "AvailableForPickup_001",
		Description: "Left at a pickup point or locker, waiting for the recipient.", EDD: 13,
		Beats: story(timedBeat{13, bAvailablePickup})},
	{Name: "customs_hold", Keyword: "CUSTOMS", Digit: 6, Final: carriers.TagException, FinalSubtag: "Exception_004",
		Description: "International parcel held in customs (Exception_004).", International: true, EDD: 20,
		Beats: []timedBeat{{0, bLabel}, {2, bPickup}, {3, bDepartOrigin}, {10, bArriveCountry}, {11, bCustomsStart}, {14, bCustomsHold}}},
	{Name: "returned_to_sender", Keyword: "RETURNED", Digit: 7, Final: carriers.TagException, FinalSubtag: "Exception_011",
		Description: "Three failed attempts, then returned to the sender (Exception_010, Exception_011).", EDD: 16,
		Beats: story(timedBeat{13, bOutForDelivery}, timedBeat{15, bAttemptFail}, timedBeat{24, bOutForDelivery}, timedBeat{26, bAttemptFail},
			timedBeat{35, bOutForDelivery}, timedBeat{37, bAttemptFail}, timedBeat{40, bReturning}, timedBeat{52, bReturned})},
	{Name: "damaged", Keyword: "DAMAGED", Digit: 8, Final: carriers.TagException, FinalSubtag: "Exception_012",
		Description: "Damaged at the hub (Exception_012).", EDD: 16,
		Beats: []timedBeat{{0, bLabel}, {2, bPickup}, {3, bDepartOrigin}, {6, bArriveHub}, {8, bDamaged}}},
	{Name: "lost", Keyword: "LOST", Digit: 9, Final: carriers.TagException, FinalSubtag: "Exception_013",
		Description: "Leaves the hub, goes silent, then is declared lost (Exception_013).", EDD: 16,
		Beats: []timedBeat{{0, bLabel}, {2, bPickup}, {3, bDepartOrigin}, {6, bArriveHub}, {8, bDepartHub}, {40, bLost}}},
	{Name: "pending", Keyword: "PENDING", Digit: -1, Final: carriers.TagPending, FinalSubtag: "Pending_001",
		Description: "The carrier answers but has no events, forever."},
	{Name: "expired", Keyword: "EXPIRED", Digit: -1, Final: carriers.TagExpired, FinalSubtag: "Expired_001",
		Description: "The carrier never knows the number (not_found forever); Waypost expires it.",
		ErrKind:     carriers.KindNotFound, ErrSteps: -1},
	{Name: "not_found", Keyword: "NOTFOUND", Digit: -1, Final: carriers.TagDelivered, FinalSubtag: "Delivered_001",
		Description: "not_found for the first 3 steps, then the delivered story starts.",
		ErrKind:     carriers.KindNotFound, ErrSteps: 3, Beats: shifted(deliveredStory, 3), EDD: 19},
	{Name: "carrier_down", Keyword: "DOWN", Digit: -1, Final: carriers.TagDelivered, FinalSubtag: "Delivered_001",
		Description: "The carrier is unavailable for the first 4 steps (retry), then the delivered story shows.",
		ErrKind:     carriers.KindUnavailable, ErrSteps: 4, Beats: deliveredStory, EDD: 16},
	{Name: "rate_limited", Keyword: "RATELIMIT", Digit: -1, Final: carriers.TagDelivered, FinalSubtag: "Delivered_001",
		Description: "The carrier rate-limits for the first 2 steps (retry_after = 1 step), then delivers.",
		ErrKind:     carriers.KindRateLimited, ErrSteps: 2, Beats: deliveredStory, EDD: 16},
	{Name: "invalid_number", Keyword: "INVALID", Digit: -1, Final: carriers.TagPending, FinalSubtag: "Pending_004",
		Description: "The carrier rejects the number (invalid_number, final).",
		ErrKind:     carriers.KindInvalidNumber, ErrSteps: -1},
}

// byKeyword lists scenarios longest keyword first, so a longer keyword that contains a
// shorter one is preferred.
var byKeyword = func() []*scenario {
	out := make([]*scenario, len(scenarios))
	for i := range scenarios {
		out[i] = &scenarios[i]
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Keyword) > len(out[j].Keyword) })
	return out
}()

var byDigit = func() [10]*scenario {
	var out [10]*scenario
	for i := range scenarios {
		if d := scenarios[i].Digit; d >= 0 {
			out[d] = &scenarios[i]
		}
	}
	return out
}()

// normalizeNumber upper-cases and drops everything but letters and digits, so
// "sandbox-in_transit-1" and "SANDBOXINTRANSIT1" are the same parcel.
func normalizeNumber(n string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(n) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pick chooses the scenario of a normalized number: a keyword anywhere, else the last
// digit, else a stable hash onto the digit table.
func pick(num string) *scenario {
	for _, s := range byKeyword {
		if strings.Contains(num, s.Keyword) {
			return s
		}
	}
	if last := num[len(num)-1]; last >= '0' && last <= '9' {
		return byDigit[last-'0']
	}
	return byDigit[hashOf(num)%10]
}

func hashOf(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// ScenarioInfo documents one scenario for docs and the console.
type ScenarioInfo struct {
	Name        string
	Example     string // a tracking number that picks this scenario
	Keyword     string // any number containing it picks the scenario
	Digit       int    // numbers ending with this digit pick it (-1: keyword only)
	Description string
	FinalTag    carriers.Tag
	FinalSubtag string
	// ErrorKind is the carrier error the scenario returns ("" for none).
	ErrorKind string
}

// Scenarios lists every scenario: the digit scenarios 0..9 first, then keyword-only ones.
func Scenarios() []ScenarioInfo {
	out := make([]ScenarioInfo, 0, len(scenarios))
	for _, s := range scenarios {
		info := ScenarioInfo{Name: s.Name, Keyword: s.Keyword, Digit: s.Digit, Description: s.Description,
			FinalTag: s.Final, FinalSubtag: s.FinalSubtag, Example: "WP-" + s.Keyword + "-001"}
		if s.Digit >= 0 {
			info.Example = "9400100000000000000" + string(rune('0'+s.Digit))
		}
		if s.ErrKind != 0 {
			info.ErrorKind = s.ErrKind.String()
		}
		out = append(out, info)
	}
	return out
}

// Keyworded reports whether number names a scenario by keyword ("WP-CUSTOMS-001"):
// such numbers are the sandbox's own and need not look like the carrier's.
func Keyworded(number string) bool {
	num := normalizeNumber(number)
	for _, s := range byKeyword {
		if strings.Contains(num, s.Keyword) {
			return true
		}
	}
	return false
}
