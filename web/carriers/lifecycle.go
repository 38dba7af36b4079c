package carriers

// tracker.delivery status ids. The v1 API documents information_received, at_pickup,
// in_transit, out_for_delivery, delivered and unknown; the failure states use the same
// spelling style so the public page can show every AfterShip tag.
const (
	TrackerInformationReceived = "information_received"
	TrackerAtPickup            = "at_pickup"
	TrackerInTransit           = "in_transit"
	TrackerOutForDelivery      = "out_for_delivery"
	TrackerAttemptFail         = "attempt_fail"
	TrackerDelivered           = "delivered"
	TrackerAvailableForPickup  = "available_for_pickup"
	TrackerException           = "exception"
	TrackerUnknown             = "unknown"
)

// trackerLabel is the English and Korean text of one tracker.delivery status id.
type trackerLabel struct{ en, ko string }

var trackerLabels = map[string]trackerLabel{
	TrackerInformationReceived: {"Information Received", "상품준비중"},
	TrackerAtPickup:            {"At Pickup", "상품인수"},
	TrackerInTransit:           {"In Transit", "상품이동중"},
	TrackerOutForDelivery:      {"Out for Delivery", "배송출발"},
	TrackerAttemptFail:         {"Attempt Failed", "배달실패"},
	TrackerDelivered:           {"Delivered", "배송완료"},
	TrackerAvailableForPickup:  {"Available for Pickup", "수령대기"},
	TrackerException:           {"Exception", "배송이상"},
	TrackerUnknown:             {"Unknown", "알수없음"},
}

var tagTracker = map[Tag]string{
	TagPending:            TrackerInformationReceived,
	TagInfoReceived:       TrackerInformationReceived,
	TagInTransit:          TrackerInTransit,
	TagOutForDelivery:     TrackerOutForDelivery,
	TagAttemptFail:        TrackerAttemptFail,
	TagDelivered:          TrackerDelivered,
	TagAvailableForPickup: TrackerAvailableForPickup,
	TagException:          TrackerException,
	TagExpired:            TrackerUnknown,
}

// koTagText overrides the tracker label where the tag says more than the tracker id
// (Pending and InfoReceived share an id but read differently).
var koTagText = map[Tag]string{
	TagPending: "조회대기",
	TagExpired: "조회기간만료",
}

// TrackerStatus maps a tag to its tracker.delivery status id and English text.
func TrackerStatus(t Tag) (id, text string) {
	id, ok := tagTracker[t]
	if !ok {
		id = TrackerUnknown
	}
	return id, trackerLabels[id].en
}

// TrackerStatusKo is the Korean text of a tag for the tracker.delivery-style page ("배송완료").
func TrackerStatusKo(t Tag) string {
	if s, ok := koTagText[t]; ok {
		return s
	}
	id, _ := TrackerStatus(t)
	return trackerLabels[id].ko
}

// TrackerStatusOf picks the tracker.delivery status id of one checkpoint. A carrier
// table's override wins; otherwise an acceptance scan (InTransit_002) is "at_pickup",
// which is how tracker.delivery shows a carrier taking the parcel from the sender.
func TrackerStatusOf(tag Tag, subtag string, rawOverride string) string {
	if _, ok := trackerLabels[rawOverride]; ok {
		return rawOverride
	}
	if subtag == "InTransit_002" {
		return TrackerAtPickup
	}
	id, _ := TrackerStatus(tag)
	return id
}

// TrackerStatusLabel is the text of a tracker.delivery status id in "ko" or English.
func TrackerStatusLabel(id, lang string) string {
	l, ok := trackerLabels[id]
	if !ok {
		l = trackerLabels[TrackerUnknown]
	}
	if lang == "ko" {
		return l.ko
	}
	return l.en
}

// terminalSubtags end a tracking even though their tag (Exception) usually does not;
// they are the subtags AfterShip's mark-as-completed reasons produce.
var terminalSubtags = map[string]bool{"Exception_011": true, "Exception_013": true}

// Terminal reports whether a tag ends tracking on its own (no more polling needed).
func Terminal(t Tag) bool { return t == TagDelivered || t == TagExpired }

// TerminalSubtag reports whether a tracking with this subtag is finished: any Delivered or
// Expired subtag, returned to sender (Exception_011) and lost (Exception_013).
func TerminalSubtag(subtag string) bool {
	return Terminal(TagOfSubtag(subtag)) || terminalSubtags[subtag]
}

// Step is one stage of the progress bar of a public tracking page.
type Step struct {
	Tag     Tag
	Label   string
	LabelKo string
}

var progressSteps = []Step{
	{TagInfoReceived, "Info Received", "상품준비중"},
	{TagInTransit, "In Transit", "상품이동중"},
	{TagOutForDelivery, "Out for Delivery", "배송출발"},
	{TagDelivered, "Delivered", "배송완료"},
}

// ProgressSteps lists the tags of the progress bar in order.
func ProgressSteps() []Tag {
	out := make([]Tag, len(progressSteps))
	for i, s := range progressSteps {
		out[i] = s.Tag
	}
	return out
}

// ProgressStepDetails lists the progress bar stages with their labels.
func ProgressStepDetails() []Step { return append([]Step(nil), progressSteps...) }

// ProgressIndex is the progress-bar position of a tag: a failed attempt and a parcel
// waiting at a pickup point sit on the last-mile step; Pending, Exception and Expired
// have no position (-1) because the bar cannot say how far such a parcel got.
func ProgressIndex(t Tag) int {
	switch t {
	case TagAttemptFail, TagAvailableForPickup:
		t = TagOutForDelivery
	}
	for i, s := range progressSteps {
		if s.Tag == t {
			return i
		}
	}
	return -1
}
