package carriers

import "testing"

func TestClassifyKorean(t *testing.T) {
	tests := []struct {
		slug, text  string
		tag         Tag
		subtag, trk string
	}{
		{"cjlogistics", "집화처리", TagInTransit, "InTransit_002", "at_pickup"},
		{"kr.cjlogistics", "간선상차", TagInTransit, "InTransit_007", "in_transit"},
		{"cjlogistics", "간선하차", TagInTransit, "InTransit_003", "in_transit"},
		{"cjlogistics", "SM입고", TagInTransit, "InTransit_003", "in_transit"},
		{"cjlogistics", "배송출발", TagOutForDelivery, "OutForDelivery_001", "out_for_delivery"},
		{"cjlogistics", "배송완료", TagDelivered, "Delivered_001", "delivered"},
		{"cjlogistics", "배송완료(서명)", TagDelivered, "Delivered_003", "delivered"},
		{"cjlogistics", "미배달", TagAttemptFail, "AttemptFail_001", "attempt_fail"},
		{"cjlogistics", "미배달(수취인부재)", TagAttemptFail, "AttemptFail_002", "attempt_fail"},
		{"cjlogistics", "반송완료", TagException, "Exception_011", "exception"},
		{"kpost", "접수", TagInTransit, "InTransit_002", "at_pickup"},
		{"kpost", "발송", TagInTransit, "InTransit_007", "in_transit"},
		{"kpost", "도착", TagInTransit, "InTransit_003", "in_transit"},
		{"kr.epost", "배달준비", TagOutForDelivery, "OutForDelivery_001", "out_for_delivery"},
		{"kpost", "배달완료", TagDelivered, "Delivered_001", "delivered"},
		{"kpost", "미배달", TagAttemptFail, "AttemptFail_001", "attempt_fail"},
		{"kpost", "창구교부", TagDelivered, "Delivered_002", "delivered"},
		{"lotte", "배달 완료", TagDelivered, "Delivered_001", "delivered"},
		{"logen", "배송출고", TagOutForDelivery, "OutForDelivery_001", "out_for_delivery"},
		{"hanjin", "집하", TagInTransit, "InTransit_002", "at_pickup"},
		{"cupost", "배송완료", TagDelivered, "Delivered_001", "delivered"}, // via the generic table
	}
	for _, tt := range tests {
		r, ok := MatchFor(tt.slug, "", tt.text)
		trk := TrackerStatusOf(r.Tag, r.Subtag, r.TrackerStatus)
		if !ok || r.Tag != tt.tag || r.Subtag != tt.subtag || trk != tt.trk {
			t.Errorf("%s %q = %v %s %s %q, want %s %s %q", tt.slug, tt.text, ok, r.Tag, r.Subtag, trk, tt.tag, tt.subtag, tt.trk)
		}
	}
}

func TestClassifyGenericEnglish(t *testing.T) {
	tests := []struct {
		text   string
		subtag string
	}{
		{"Shipping Label Created, USPS Awaiting Item", "InfoReceived_001"},
		{"Picked Up", "InTransit_002"},
		{"In Transit to Next Facility", "InTransit_001"},
		{"Arrived at USPS Regional Facility", "InTransit_003"},
		{"Departed   FACILITY", "InTransit_007"},
		{"Arrived in Destination Country", "InTransit_004"},
		{"Customs clearance started", "InTransit_006"},
		{"Held in Customs", "Exception_004"},
		{"Out for Delivery", "OutForDelivery_001"},
		{"Delivery Attempted - Recipient Not Available", "AttemptFail_002"},
		{"Delivery attempted", "AttemptFail_001"},
		{"Delivered, Front Door/Porch", "Delivered_001"},
		{"Delivered, Signed for by: J SMITH", "Delivered_003"},
		{"Available for Pickup", "AvailableForPickup_001"},
		{"Exception: weather delay", "Exception_001"},
		{"Return to Sender Processed", "Exception_010"},
		{"Returned to Sender - Delivered to Shipper", "Exception_011"},
		{"Package Damaged", "Exception_012"},
		{"Package Lost", "Exception_013"},
	}
	for _, tt := range tests {
		tag, sub, ok := ClassifyFor("usps", "", tt.text)
		if !ok || sub != tt.subtag || TagOfSubtag(sub) != tag {
			t.Errorf("%q = %v %s %s, want %s", tt.text, ok, tag, sub, tt.subtag)
		}
	}
	if _, _, ok := ClassifyFor("usps", "", "Zzz"); ok {
		t.Error("nonsense must not classify")
	}
}

func TestTableCodeFirstAndRegistration(t *testing.T) {
	table := StatusTable{Slug: "test-carrier", Version: "t1", Rules: []StatusRule{
		{Code: "D1", Tag: TagDelivered},
		{Text: "out for delivery", Tag: TagOutForDelivery},
		{Code: "X9", Text: "delivered", Tag: TagException, Subtag: "Exception_012"},
	}}
	// The code wins over a text that would match another rule.
	if tag, sub, ok := table.Classify("D1", "out for delivery"); !ok || tag != TagDelivered || sub != "Delivered_001" {
		t.Errorf("code match = %v %s %s", ok, tag, sub)
	}
	if tag, _, ok := table.Classify("??", "Out For  Delivery"); !ok || tag != TagOutForDelivery {
		t.Errorf("text match = %v %s", ok, tag)
	}
	if _, _, ok := table.Classify("", ""); ok {
		t.Error("empty status must not match")
	}
	RegisterStatusTable(table)
	got, ok := StatusTableFor("TEST-CARRIER")
	if !ok || got.Version != "t1" {
		t.Fatal("registered table not found")
	}
	found := false
	for _, st := range StatusTables() {
		found = found || st.Slug == "test-carrier"
		if st.Version == "" {
			t.Errorf("%s: table without version", st.Slug)
		}
	}
	if !found {
		t.Error("StatusTables() lacks the registered table")
	}
}

func TestBuiltinRulesAreConsistent(t *testing.T) {
	for _, st := range StatusTables() {
		for _, r := range st.Rules {
			f := r.filled()
			if !ValidTag(r.Tag) || !ValidSubtag(f.Subtag) || TagOfSubtag(f.Subtag) != r.Tag {
				t.Errorf("%s: rule %+v inconsistent", st.Slug, r)
			}
		}
	}
}
