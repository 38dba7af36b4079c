package carriers

import (
	"context"
	"testing"
	"time"
)

func TestTidyOrdersDedupesAndPlacesTimelessEvents(t *testing.T) {
	seoul := Zone("Asia/Seoul")
	at := func(h int) time.Time { return time.Date(2024, 4, 24, h, 0, 0, 0, seoul) }
	in := []Checkpoint{ // newest first, as many carriers list them
		{Time: at(17), RawStatus: "배송완료"},
		{Time: at(9), RawStatus: "배송출발"},
		{RawStatus: "SM입고"}, // no time: takes the time of the event listed before it
		{Time: at(6), RawStatus: "간선하차"},
		{Time: at(9), RawStatus: "배송출발"}, // repeated event
		{Time: at(2), RawStatus: "집화처리"},
	}
	got := Tidy(in)
	want := []string{"집화처리", "간선하차", "배송출발", "SM입고", "배송완료"}
	if len(got) != len(want) {
		t.Fatalf("Tidy = %+v", got)
	}
	for i, w := range want {
		if got[i].RawStatus != w {
			t.Errorf("event %d = %s, want %s (%+v)", i, got[i].RawStatus, w, got)
		}
	}
	// The timeless event took its predecessor's time (09:00), keeping the zone.
	if !got[3].Time.Equal(at(9)) || got[3].Time.Location() != seoul {
		t.Errorf("timeless event time = %v", got[3].Time)
	}
	if len(Tidy([]Checkpoint{{RawStatus: "no time at all"}})) != 0 {
		t.Error("an event whose time cannot be inferred must be dropped")
	}
	first := Tidy([]Checkpoint{{RawStatus: "접수"}, {Time: at(3), RawStatus: "집화처리"}})
	if len(first) != 2 || !first[0].Time.Equal(at(3)) {
		t.Errorf("a leading timeless event takes the next time: %+v", first)
	}
}

func TestClassifiedFallsBackToMessageThenTag(t *testing.T) {
	c := Classified("cjlogistics", Checkpoint{RawStatus: "??", Message: "배송지역으로 상품이 이동중입니다."}, TagInTransit)
	if c.Subtag != "InTransit_001" {
		t.Errorf("message fallback = %s", c.Subtag)
	}
	c = Classified("cjlogistics", Checkpoint{RawStatus: "??", Message: "??"}, TagInTransit)
	if c.Tag != TagInTransit || c.Subtag != "InTransit_001" {
		t.Errorf("tag fallback = %s %s", c.Tag, c.Subtag)
	}
}

func TestCodeAndTextRulesAreMostSpecific(t *testing.T) {
	table := StatusTable{Slug: "t", Rules: []StatusRule{
		{Code: "D", Tag: TagDelivered},
		{Code: "D", Text: "access point", Tag: TagAvailableForPickup},
		{Code: "D", Text: "ups access point", Tag: TagException},
		{Text: "delivered", Tag: TagInTransit},
	}}
	tests := []struct {
		code, text string
		want       Tag
	}{
		{"D", "Delivered", TagDelivered},
		{"d", "Delivered to UPS Access Point", TagException}, // longest refinement, codes ignore case
		{"D", "left at the access point", TagAvailableForPickup},
		{"X", "delivered", TagInTransit}, // unknown code: text only
		{"", "access point", ""},         // code-and-text rules need the code
	}
	for _, tt := range tests {
		tag, _, _ := table.Classify(tt.code, tt.text)
		if tag != tt.want {
			t.Errorf("%s %q = %s, want %s", tt.code, tt.text, tag, tt.want)
		}
	}
}

type needsCreds struct{ TrackerFunc }

func (needsCreds) Configured(req Request) bool { return req.Credentials["key"] != "" }

func TestRegistryPicksLiveSandboxOrNotConfigured(t *testing.T) {
	sb := TrackerFunc(func(context.Context, Request) (*Result, error) { return &Result{Sandbox: true}, nil })
	live := needsCreds{TrackerFunc(func(context.Context, Request) (*Result, error) { return &Result{}, nil })}
	r := NewRegistry(sb)
	r.Register("usps", live)
	if _, isLive, err := r.For(Request{Slug: "usps", Credentials: map[string]string{"key": "k"}}); !isLive || err != nil {
		t.Errorf("configured live adapter not used: %v %v", isLive, err)
	}
	if tr, isLive, _ := r.For(Request{Slug: "usps"}); isLive || tr == nil {
		t.Error("unconfigured live adapter must fall back to the sandbox")
	}
	if _, isLive, _ := r.For(Request{Slug: "kpost"}); isLive {
		t.Error("slug without adapter must use the sandbox")
	}
	if got := r.LiveSlugs(); len(got) != 1 || got[0] != "usps" || !r.Live("usps") {
		t.Errorf("LiveSlugs = %v", got)
	}
	off := NewRegistry(nil)
	off.Register("usps", live)
	for _, slug := range []string{"usps", "kpost"} {
		if _, _, err := off.For(Request{Slug: slug}); KindOf(err) != KindNotConfigured || KindOf(err).Retryable() {
			t.Errorf("%s without sandbox: %v", slug, err)
		}
	}
}
