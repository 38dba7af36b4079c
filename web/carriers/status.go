package carriers

import "strings"

// StatusMappingVersion names the version of the status model and the built-in raw-status
// tables. Stored trackings record it so a later re-classification can be told apart.
const StatusMappingVersion = "2024-04.1"

// tagInfo is one tag's human message and default subtag; the order of tagOrder is the
// lifecycle order shown in docs and filters.
type tagInfo struct {
	Tag     Tag
	Message string
	Default string
}

var tagOrder = []tagInfo{
	{TagPending, "Pending", "Pending_001"},
	{TagInfoReceived, "Info Received", "InfoReceived_001"},
	{TagInTransit, "In Transit", "InTransit_001"},
	{TagOutForDelivery, "Out for Delivery", "OutForDelivery_001"},
	{TagAttemptFail, "Failed Attempt", "AttemptFail_001"},
	{TagDelivered, "Delivered", "Delivered_001"},
	{TagAvailableForPickup, "Available for Pickup", "AvailableForPickup_001"},
	{TagException, "Exception", "Exception_001"},
	{TagExpired, "Expired", "Expired_001"},
}

// SubtagInfo describes one AfterShip subtag.
type SubtagInfo struct {
	Subtag      string
	Tag         Tag
	Message     string // subtag_message as the API returns it
	Description string // what it means, for docs and the console
}

// subtagList follows AfterShip's documented delivery sub-statuses. The wording of
// Pending_002..006 could not be checked against AfterShip's page offline; they are kept
// aligned with the carrier error kinds that produce them (see PendingSubtagOf).
// OutForDelivery_002 is no longer documented by AfterShip; it stays valid so old data loads.
var subtagList = []SubtagInfo{
	{"Pending_001", TagPending, "Pending", "No information from the carrier yet, or the number is still to be tracked"},
	{"Pending_002", TagPending, "Carrier connection required", "The carrier needs credentials or an account connection before it can be tracked"},
	{"Pending_003", TagPending, "Unrecognized carrier", "The carrier of the number could not be determined"},
	{"Pending_004", TagPending, "Invalid tracking number", "The number does not match the carrier's format"},
	{"Pending_005", TagPending, "Tracking number not found", "The carrier does not know the number yet"},
	{"Pending_006", TagPending, "No recent updates", "The carrier stopped returning information for the number"},
	{"InfoReceived_001", TagInfoReceived, "Info Received", "The carrier received a request from the shipper and is about to pick up the shipment"},
	{"InTransit_001", TagInTransit, "In Transit", "Shipment on the way"},
	{"InTransit_002", TagInTransit, "Acceptance scan", "Shipment accepted by the carrier"},
	{"InTransit_003", TagInTransit, "Arrival scan", "Shipment arrived at a hub or sorting center"},
	{"InTransit_004", TagInTransit, "Arrived at the destination country", "International shipment arrived at the destination country"},
	{"InTransit_005", TagInTransit, "Customs clearance completed", "Customs clearance completed"},
	{"InTransit_006", TagInTransit, "Customs clearance started", "Package handed over to customs for clearance"},
	{"InTransit_007", TagInTransit, "Departure Scan", "Package departed from the facility"},
	{"InTransit_008", TagInTransit, "Problem resolved", "Problem resolved and shipment in transit"},
	{"InTransit_009", TagInTransit, "Forwarded to a different delivery address", "Shipment forwarded to a different delivery address"},
	{"OutForDelivery_001", TagOutForDelivery, "Out for Delivery", "The package is out for delivery"},
	{"OutForDelivery_002", TagOutForDelivery, "Out for Delivery", "Legacy code, no longer documented; treated as out for delivery"},
	{"OutForDelivery_003", TagOutForDelivery, "Customer contacted", "The customer is contacted before the final delivery"},
	{"OutForDelivery_004", TagOutForDelivery, "Delivery appointment scheduled", "A delivery appointment is scheduled"},
	{"AttemptFail_001", TagAttemptFail, "Failed Attempt", "Delivery failed; the courier usually leaves a notice and tries again"},
	{"AttemptFail_002", TagAttemptFail, "Addressee not available", "Recipient not available at the given address"},
	{"AttemptFail_003", TagAttemptFail, "Business Closed", "Business is closed at the time of delivery"},
	{"Delivered_001", TagDelivered, "Delivered", "Shipment delivered successfully"},
	{"Delivered_002", TagDelivered, "Picked up by the customer", "Package picked up by the customer"},
	{"Delivered_003", TagDelivered, "Sign by customer", "Package delivered to and signed by the customer"},
	{"Delivered_004", TagDelivered, "Delivered and received cash on delivery", "Package delivered and cash collected on delivery"},
	{"AvailableForPickup_001", TagAvailableForPickup, "Available for Pickup", "The package arrived at a pickup point near you and is available for pickup"},
	{"Exception_001", TagException, "Exception", "Delivery failed due to a shipping exception"},
	{"Exception_002", TagException, "Customer moved", "Delivery failed as the customer relocated"},
	{"Exception_003", TagException, "Customer refused delivery", "The recipient refused to take the package"},
	{"Exception_004", TagException, "Delayed (Customs clearance)", "Package delayed by issues during customs clearance"},
	{"Exception_005", TagException, "Delayed (External factors)", "Package delayed for unforeseen reasons"},
	{"Exception_006", TagException, "Held for payment", "Package held until the customer pays"},
	{"Exception_007", TagException, "Incorrect Address", "Package not delivered due to an incorrect recipient address"},
	{"Exception_008", TagException, "Pick up missed", "Package was available for pickup but not collected"},
	{"Exception_009", TagException, "Rejected by carrier", "Package rejected by the carrier for not complying with its guidelines"},
	{"Exception_010", TagException, "Returning to sender", "The package is on its way back to the sender"},
	{"Exception_011", TagException, "Returned to sender", "The package was returned to the sender"},
	{"Exception_012", TagException, "Shipment damage", "Shipment damaged"},
	{"Exception_013", TagException, "Shipment lost", "Delivery failed as the package got lost"},
	{"Expired_001", TagExpired, "Expired", "No tracking information for the shipment for the last 30 days"},
}

var subtagIndex = func() map[string]int {
	m := make(map[string]int, len(subtagList))
	for i, s := range subtagList {
		m[s.Subtag] = i
	}
	return m
}()

// Tags returns the nine tags in lifecycle order.
func Tags() []Tag {
	out := make([]Tag, len(tagOrder))
	for i, t := range tagOrder {
		out[i] = t.Tag
	}
	return out
}

// ValidTag reports whether t is one of the nine tags.
func ValidTag(t Tag) bool { return tagInfoOf(t) != nil }

func tagInfoOf(t Tag) *tagInfo {
	for i := range tagOrder {
		if tagOrder[i].Tag == t {
			return &tagOrder[i]
		}
	}
	return nil
}

// TagMessage is the human message of a tag ("In Transit"), or "" for an unknown tag.
func TagMessage(t Tag) string {
	if ti := tagInfoOf(t); ti != nil {
		return ti.Message
	}
	return ""
}

// DefaultSubtag is the "_001" subtag of a tag, used when a carrier says no more.
func DefaultSubtag(t Tag) string {
	if ti := tagInfoOf(t); ti != nil {
		return ti.Default
	}
	return ""
}

// Subtags returns every known subtag in documentation order.
func Subtags() []SubtagInfo { return append([]SubtagInfo(nil), subtagList...) }

// ValidSubtag reports whether subtag is a known AfterShip subtag (exact spelling).
func ValidSubtag(subtag string) bool {
	_, ok := subtagIndex[subtag]
	return ok
}

// SubtagMessage is the subtag_message of a subtag, or "" when unknown.
func SubtagMessage(subtag string) string {
	if i, ok := subtagIndex[subtag]; ok {
		return subtagList[i].Message
	}
	return ""
}

// TagOfSubtag returns the tag a subtag belongs to. Unknown subtags of the right shape
// ("Exception_099") still yield their prefix tag, because AfterShip adds codes over time.
func TagOfSubtag(subtag string) Tag {
	if i, ok := subtagIndex[subtag]; ok {
		return subtagList[i].Tag
	}
	prefix, _, found := strings.Cut(subtag, "_")
	if found && ValidTag(Tag(prefix)) {
		return Tag(prefix)
	}
	return ""
}

// NormalizeSubtag returns subtag when it belongs to tag, else the tag's default subtag,
// so a tracking never carries a subtag that contradicts its tag.
func NormalizeSubtag(t Tag, subtag string) string {
	if subtag != "" && TagOfSubtag(subtag) == t {
		return subtag
	}
	return DefaultSubtag(t)
}

// PendingSubtagOf names the Pending subtag that a carrier failure leaves a fresh tracking in.
func PendingSubtagOf(k ErrorKind) string {
	switch k {
	case KindNotConfigured, KindAuth:
		return "Pending_002"
	case KindInvalidNumber:
		return "Pending_004"
	case KindNotFound:
		return "Pending_005"
	}
	return "Pending_001"
}
