package carriers

import (
	"fmt"
	"testing"
)

func TestTagsOrderAndDefaults(t *testing.T) {
	want := []Tag{TagPending, TagInfoReceived, TagInTransit, TagOutForDelivery, TagAttemptFail,
		TagDelivered, TagAvailableForPickup, TagException, TagExpired}
	got := Tags()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Tags() = %v", got)
	}
	for _, tag := range got {
		d := DefaultSubtag(tag)
		if d != string(tag)+"_001" || !ValidSubtag(d) || TagOfSubtag(d) != tag {
			t.Errorf("%s: default subtag %q", tag, d)
		}
		if TagMessage(tag) == "" {
			t.Errorf("%s: no message", tag)
		}
	}
	if TagMessage(TagInTransit) != "In Transit" || TagMessage("Nope") != "" || DefaultSubtag("Nope") != "" {
		t.Error("TagMessage/DefaultSubtag of known/unknown tags")
	}
}

func TestEveryDocumentedSubtag(t *testing.T) {
	ranges := map[Tag]int{TagPending: 6, TagInfoReceived: 1, TagInTransit: 9, TagOutForDelivery: 4,
		TagAttemptFail: 3, TagDelivered: 4, TagAvailableForPickup: 1, TagException: 13, TagExpired: 1}
	total := 0
	for tag, n := range ranges {
		for i := 1; i <= n; i++ {
			s := fmt.Sprintf("%s_%03d", tag, i)
			if !ValidSubtag(s) || SubtagMessage(s) == "" || TagOfSubtag(s) != tag {
				t.Errorf("subtag %s: valid=%v message=%q tag=%q", s, ValidSubtag(s), SubtagMessage(s), TagOfSubtag(s))
			}
			total++
		}
	}
	if len(Subtags()) != total {
		t.Errorf("Subtags() has %d entries, want %d", len(Subtags()), total)
	}
}

func TestSubtagFacts(t *testing.T) {
	tests := map[string]string{
		"Exception_011": "Returned to sender", "Exception_013": "Shipment lost",
		"Delivered_002": "Picked up by the customer", "InfoReceived_001": "Info Received",
		"Pending_001": "Pending", "Delivered_001": "Delivered",
	}
	for s, want := range tests {
		if got := SubtagMessage(s); got != want {
			t.Errorf("SubtagMessage(%s) = %q, want %q", s, got, want)
		}
	}
	if ValidSubtag("Exception_099") || ValidSubtag("exception_001") || SubtagMessage("x") != "" {
		t.Error("unknown subtags must be invalid")
	}
	if TagOfSubtag("Exception_099") != TagException || TagOfSubtag("Bogus_001") != "" {
		t.Error("TagOfSubtag prefix fallback")
	}
	if NormalizeSubtag(TagDelivered, "Exception_011") != "Delivered_001" || NormalizeSubtag(TagException, "Exception_011") != "Exception_011" {
		t.Error("NormalizeSubtag")
	}
	if PendingSubtagOf(KindNotFound) != "Pending_005" || PendingSubtagOf(KindUnavailable) != "Pending_001" {
		t.Error("PendingSubtagOf")
	}
}

func TestTrackerStatus(t *testing.T) {
	tests := []struct {
		tag      Tag
		id, ko   string
		progress int
	}{
		{TagPending, "information_received", "조회대기", -1},
		{TagInfoReceived, "information_received", "상품준비중", 0},
		{TagInTransit, "in_transit", "상품이동중", 1},
		{TagOutForDelivery, "out_for_delivery", "배송출발", 2},
		{TagAttemptFail, "attempt_fail", "배달실패", 2},
		{TagDelivered, "delivered", "배송완료", 3},
		{TagAvailableForPickup, "available_for_pickup", "수령대기", 2},
		{TagException, "exception", "배송이상", -1},
		{TagExpired, "unknown", "조회기간만료", -1},
	}
	for _, tt := range tests {
		id, text := TrackerStatus(tt.tag)
		if id != tt.id || text == "" || TrackerStatusKo(tt.tag) != tt.ko || ProgressIndex(tt.tag) != tt.progress {
			t.Errorf("%s: id=%q text=%q ko=%q progress=%d", tt.tag, id, text, TrackerStatusKo(tt.tag), ProgressIndex(tt.tag))
		}
	}
	if id, _ := TrackerStatus("Nope"); id != "unknown" {
		t.Error("unknown tag must map to unknown")
	}
}

func TestTrackerStatusOf(t *testing.T) {
	if got := TrackerStatusOf(TagInTransit, "InTransit_002", ""); got != "at_pickup" {
		t.Errorf("acceptance scan = %q", got)
	}
	if got := TrackerStatusOf(TagInTransit, "InTransit_003", ""); got != "in_transit" {
		t.Errorf("arrival scan = %q", got)
	}
	if got := TrackerStatusOf(TagInTransit, "InTransit_001", "at_pickup"); got != "at_pickup" {
		t.Errorf("override = %q", got)
	}
	if got := TrackerStatusOf(TagDelivered, "Delivered_001", "bogus"); got != "delivered" {
		t.Errorf("bogus override must be ignored, got %q", got)
	}
	if TrackerStatusLabel("at_pickup", "ko") != "상품인수" || TrackerStatusLabel("delivered", "en") != "Delivered" {
		t.Error("TrackerStatusLabel")
	}
}

func TestTerminalAndProgress(t *testing.T) {
	for tag, want := range map[Tag]bool{TagDelivered: true, TagExpired: true, TagException: false, TagInTransit: false} {
		if Terminal(tag) != want {
			t.Errorf("Terminal(%s) != %v", tag, want)
		}
	}
	for s, want := range map[string]bool{"Exception_011": true, "Exception_013": true, "Exception_010": false,
		"Delivered_003": true, "Expired_001": true, "AttemptFail_001": false} {
		if TerminalSubtag(s) != want {
			t.Errorf("TerminalSubtag(%s) != %v", s, want)
		}
	}
	steps := ProgressSteps()
	if fmt.Sprint(steps) != "[InfoReceived InTransit OutForDelivery Delivered]" || len(ProgressStepDetails()) != 4 {
		t.Errorf("ProgressSteps() = %v", steps)
	}
}
