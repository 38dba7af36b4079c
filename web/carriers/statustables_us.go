package carriers

// Raw-status tables of the US carriers with live adapters. Codes come from the carriers'
// published event-code lists; text rules cover the wording their APIs return when a code
// is missing or new, and the generic table fills in the rest.

func code(c string, tag Tag, subtag string) StatusRule {
	return StatusRule{Code: c, Tag: tag, Subtag: subtag}
}

// codeText refines a coarse code by the words of the status.
func codeText(c, text string, tag Tag, subtag string) StatusRule {
	return StatusRule{Code: c, Text: text, Tag: tag, Subtag: subtag}
}

func pickupCode(c string) StatusRule {
	return StatusRule{Code: c, Tag: TagInTransit, Subtag: "InTransit_002", TrackerStatus: TrackerAtPickup}
}

// uspsTable follows the USPS Product Tracking event codes (eventCode in Tracking API v3).
func uspsTable() StatusTable {
	rules := []StatusRule{
		code("GX", TagInfoReceived, "InfoReceived_001"), // Shipping Label Created
		code("MA", TagInfoReceived, "InfoReceived_001"), // Pre-Shipment Info Sent to USPS
		pickupCode("03"), // Accepted / USPS picked up item
		pickupCode("OA"), // Origin Acceptance
		pickupCode("TM"), // Shipment Received, Package Acceptance Pending
		code("10", TagInTransit, "InTransit_001"), // Processed through facility
		code("PC", TagInTransit, "InTransit_001"), // Sorting Complete
		code("07", TagInTransit, "InTransit_003"), // Arrival at Unit
		code("OF", TagOutForDelivery, "OutForDelivery_001"),
		code("01", TagDelivered, "Delivered_001"),
		codeText("01", "to original sender", TagException, "Exception_011"),
		codeText("01", "picked up at post office", TagDelivered, "Delivered_002"),
		code("17", TagDelivered, "Delivered_002"), // Picked Up by Agent
		code("43", TagDelivered, "Delivered_002"), // Picked Up at the Post Office
		code("16", TagAvailableForPickup, "AvailableForPickup_001"),
		code("02", TagAttemptFail, "AttemptFail_001"), // Notice Left
		codeText("02", "no authorized recipient", TagAttemptFail, "AttemptFail_002"),
		code("51", TagAttemptFail, "AttemptFail_003"), // Business Closed
		code("53", TagAttemptFail, "AttemptFail_001"), // Receptacle Blocked
		code("54", TagAttemptFail, "AttemptFail_001"), // Receptacle Full / Item Oversized
		code("04", TagException, "Exception_003"),     // Refused
		code("05", TagException, "Exception_007"),     // Undeliverable as Addressed
		code("21", TagException, "Exception_007"),     // No Such Number
		code("22", TagException, "Exception_007"),     // Insufficient Address
		code("23", TagException, "Exception_002"),     // Moved, Left No Address
		code("24", TagException, "Exception_002"),     // Forward Expired
		code("25", TagException, "Exception_007"),     // Addressee Unknown
		code("26", TagException, "Exception_007"),     // Vacant
		code("27", TagException, "Exception_008"),     // Unclaimed
		code("28", TagException, "Exception_001"),     // Deceased
		code("09", TagException, "Exception_010"),     // Return to Sender
		code("29", TagException, "Exception_010"),     // Return to Sender, Not Picked Up
		code("44", TagException, "Exception_010"),     // Customer Recall
	}
	rules = append(rules,
		rule("usps awaiting item", TagInfoReceived, "InfoReceived_001"),
		rule("label created, not yet in system", TagInfoReceived, "InfoReceived_001"),
		pickupRule("usps in possession of item"),
		pickupRule("accepted at usps origin facility"),
		rule("arriving late", TagInTransit, "InTransit_001"),
		rule("arrived at post office", TagInTransit, "InTransit_003"),
		rule("inbound out of customs", TagInTransit, "InTransit_005"),
		rule("inbound into customs", TagInTransit, "InTransit_006"),
		rule("held at post office, at customer request", TagAvailableForPickup, "AvailableForPickup_001"),
		rule("notice left (no authorized recipient available)", TagAttemptFail, "AttemptFail_002"),
		rule("no access to delivery location", TagAttemptFail, "AttemptFail_001"),
		rule("delivered, to original sender", TagException, "Exception_011"),
		rule("individual picked up at post office", TagDelivered, "Delivered_002"),
		rule("no such number", TagException, "Exception_007"),
		rule("vacant", TagException, "Exception_007"),
		rule("addressee unknown", TagException, "Exception_007"),
	)
	return StatusTable{Slug: "usps", Version: StatusMappingVersion, Rules: rules}
}

// upsTable reads UPS Track API activities: status.type is the broad class (M manifest,
// P pickup, I in transit, X exception, D delivered, RS returned to shipper), refined by
// the status description.
func upsTable() StatusTable {
	return StatusTable{Slug: "ups", Version: StatusMappingVersion, Rules: []StatusRule{
		code("M", TagInfoReceived, "InfoReceived_001"),
		code("MV", TagException, "Exception_001"), // manifest voided
		pickupCode("P"),
		code("I", TagInTransit, "InTransit_001"),
		StatusRule{Code: "I", Text: "origin scan", Tag: TagInTransit, Subtag: "InTransit_002", TrackerStatus: TrackerAtPickup},
		codeText("I", "arrived at facility", TagInTransit, "InTransit_003"),
		codeText("I", "departed from facility", TagInTransit, "InTransit_007"),
		codeText("I", "out for delivery", TagOutForDelivery, "OutForDelivery_001"),
		codeText("I", "loaded on delivery vehicle", TagOutForDelivery, "OutForDelivery_001"),
		codeText("I", "processing at ups facility", TagInTransit, "InTransit_001"),
		codeText("I", "import scan", TagInTransit, "InTransit_004"),
		codeText("I", "clearance in progress", TagInTransit, "InTransit_006"),
		codeText("I", "your package was released by the clearing agency", TagInTransit, "InTransit_005"),
		codeText("I", "delivery change requested", TagInTransit, "InTransit_009"),
		codeText("I", "access point", TagAvailableForPickup, "AvailableForPickup_001"),
		code("D", TagDelivered, "Delivered_001"),
		codeText("D", "access point", TagAvailableForPickup, "AvailableForPickup_001"),
		codeText("D", "picked up by the customer", TagDelivered, "Delivered_002"),
		code("X", TagException, "Exception_001"),
		codeText("X", "the receiver was not available", TagAttemptFail, "AttemptFail_002"),
		codeText("X", "receiver not available", TagAttemptFail, "AttemptFail_002"),
		codeText("X", "business was closed", TagAttemptFail, "AttemptFail_003"),
		codeText("X", "delivery attempt", TagAttemptFail, "AttemptFail_001"),
		codeText("X", "address", TagException, "Exception_007"),
		codeText("X", "refused", TagException, "Exception_003"),
		codeText("X", "moved", TagException, "Exception_002"),
		codeText("X", "damage", TagException, "Exception_012"),
		codeText("X", "weather", TagException, "Exception_005"),
		codeText("X", "delay", TagException, "Exception_005"),
		codeText("X", "brokerage", TagException, "Exception_004"),
		codeText("X", "customs", TagException, "Exception_004"),
		codeText("X", "payment", TagException, "Exception_006"),
		codeText("X", "returned to the sender", TagException, "Exception_010"),
		codeText("X", "returning to sender", TagException, "Exception_010"),
		code("RS", TagException, "Exception_011"),
		rule("shipper created a label", TagInfoReceived, "InfoReceived_001"),
		rule("out for delivery today", TagOutForDelivery, "OutForDelivery_001"),
	}}
}

// fedexTable follows FedEx Track API scan event types (scanEvents[].eventType); delivery
// exceptions (DE) are refined by their description.
func fedexTable() StatusTable {
	return StatusTable{Slug: "fedex", Version: StatusMappingVersion, Rules: []StatusRule{
		code("OC", TagInfoReceived, "InfoReceived_001"), // Shipment information sent to FedEx
		pickupCode("PU"),
		pickupCode("PX"),
		code("AR", TagInTransit, "InTransit_003"),
		code("AF", TagInTransit, "InTransit_003"), // At local FedEx facility
		code("OF", TagInTransit, "InTransit_003"), // At FedEx origin facility
		code("FD", TagInTransit, "InTransit_003"), // At FedEx destination facility
		code("SF", TagInTransit, "InTransit_003"), // At sort facility
		code("DP", TagInTransit, "InTransit_007"),
		code("LO", TagInTransit, "InTransit_007"), // Left FedEx origin facility
		code("IT", TagInTransit, "InTransit_001"),
		code("AA", TagInTransit, "InTransit_001"), // At airport
		code("PL", TagInTransit, "InTransit_001"), // Plane landed
		code("TR", TagInTransit, "InTransit_001"), // Transfer
		code("PM", TagInTransit, "InTransit_001"), // In progress
		code("CP", TagInTransit, "InTransit_006"), // Clearance in progress
		code("CC", TagInTransit, "InTransit_005"), // Cleared customs
		code("OD", TagOutForDelivery, "OutForDelivery_001"),
		code("DL", TagDelivered, "Delivered_001"),
		code("HL", TagAvailableForPickup, "AvailableForPickup_001"), // Hold at location
		code("HP", TagAvailableForPickup, "AvailableForPickup_001"), // Ready for recipient pickup
		code("DE", TagAttemptFail, "AttemptFail_001"),
		codeText("DE", "customer not available", TagAttemptFail, "AttemptFail_002"),
		codeText("DE", "no one available", TagAttemptFail, "AttemptFail_002"),
		codeText("DE", "business closed", TagAttemptFail, "AttemptFail_003"),
		codeText("DE", "refused", TagException, "Exception_003"),
		codeText("DE", "incorrect address", TagException, "Exception_007"),
		codeText("DE", "address", TagException, "Exception_007"),
		codeText("DE", "customer moved", TagException, "Exception_002"),
		code("SE", TagException, "Exception_001"),
		codeText("SE", "damaged", TagException, "Exception_012"),
		codeText("SE", "weather", TagException, "Exception_005"),
		code("CD", TagException, "Exception_004"), // Clearance delay
		code("DY", TagException, "Exception_005"), // Delay
		code("DD", TagException, "Exception_005"), // Delivery delay
		code("PD", TagException, "Exception_005"), // Pickup delay
		code("CA", TagException, "Exception_001"), // Shipment cancelled
		code("RS", TagException, "Exception_010"), // Return to shipper
		codeText("DL", "returned to shipper", TagException, "Exception_011"),
	}}
}
