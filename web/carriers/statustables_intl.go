package carriers

// dhlTable reads the DHL Shipment Tracking - Unified API: statusCode is one of pre-transit,
// transit, delivered, failure and unknown, and the description says what happened.
func dhlTable() StatusTable {
	return StatusTable{Slug: "dhl", Version: StatusMappingVersion, Rules: []StatusRule{
		code("pre-transit", TagInfoReceived, "InfoReceived_001"),
		code("transit", TagInTransit, "InTransit_001"),
		StatusRule{Code: "transit", Text: "picked up", Tag: TagInTransit, Subtag: "InTransit_002", TrackerStatus: TrackerAtPickup},
		codeText("transit", "arrived at", TagInTransit, "InTransit_003"),
		codeText("transit", "processed at", TagInTransit, "InTransit_001"),
		codeText("transit", "departed", TagInTransit, "InTransit_007"),
		codeText("transit", "customs status updated", TagInTransit, "InTransit_006"),
		codeText("transit", "clearance event", TagInTransit, "InTransit_006"),
		codeText("transit", "clearance processing complete", TagInTransit, "InTransit_005"),
		codeText("transit", "with delivery courier", TagOutForDelivery, "OutForDelivery_001"),
		codeText("transit", "out for delivery", TagOutForDelivery, "OutForDelivery_001"),
		codeText("transit", "ready for collection", TagAvailableForPickup, "AvailableForPickup_001"),
		codeText("transit", "awaiting collection", TagAvailableForPickup, "AvailableForPickup_001"),
		codeText("transit", "service point", TagAvailableForPickup, "AvailableForPickup_001"),
		codeText("transit", "delivery attempted", TagAttemptFail, "AttemptFail_001"),
		codeText("transit", "forwarded", TagInTransit, "InTransit_009"),
		code("delivered", TagDelivered, "Delivered_001"),
		codeText("delivered", "signed for by", TagDelivered, "Delivered_003"),
		codeText("delivered", "collected by", TagDelivered, "Delivered_002"),
		code("failure", TagException, "Exception_001"),
		codeText("failure", "delivery attempted", TagAttemptFail, "AttemptFail_001"),
		codeText("failure", "recipient not available", TagAttemptFail, "AttemptFail_002"),
		codeText("failure", "consignee not available", TagAttemptFail, "AttemptFail_002"),
		codeText("failure", "business closed", TagAttemptFail, "AttemptFail_003"),
		codeText("failure", "closed on arrival", TagAttemptFail, "AttemptFail_003"),
		codeText("failure", "refused", TagException, "Exception_003"),
		codeText("failure", "address", TagException, "Exception_007"),
		codeText("failure", "customs", TagException, "Exception_004"),
		codeText("failure", "payment", TagException, "Exception_006"),
		codeText("failure", "damaged", TagException, "Exception_012"),
		codeText("failure", "return to shipper", TagException, "Exception_010"),
		codeText("failure", "being returned to shipper", TagException, "Exception_010"),
		codeText("failure", "returned to shipper", TagException, "Exception_011"),
		codeText("failure", "returned to sender", TagException, "Exception_011"),
	}}
}

// sendleTable follows Sendle's tracking event_type values.
func sendleTable() StatusTable {
	return StatusTable{Slug: "sendle", Version: StatusMappingVersion, Rules: []StatusRule{
		// The courier could not collect: the parcel is still with the sender.
		code("Pickup Attempted", TagInfoReceived, "InfoReceived_001"),
		pickupCode("Pickup"),
		pickupCode("Drop Off"),
		pickupCode("Dropped Off"),
		code("In Transit", TagInTransit, "InTransit_001"),
		code("Local Delivery", TagInTransit, "InTransit_001"),
		code("Out for Delivery", TagOutForDelivery, "OutForDelivery_001"),
		code("Delivery Attempted", TagAttemptFail, "AttemptFail_001"),
		code("Card Left", TagAttemptFail, "AttemptFail_001"),
		code("Left with Agent", TagAvailableForPickup, "AvailableForPickup_001"),
		code("Delivered", TagDelivered, "Delivered_001"),
		code("Damaged", TagException, "Exception_012"),
		code("Unable to Deliver", TagException, "Exception_001"),
		codeText("Unable to Deliver", "return", TagException, "Exception_010"),
		code("Return to Sender", TagException, "Exception_010"),
		code("Lost", TagException, "Exception_013"),
		code("Cancelled", TagException, "Exception_001"),
		// A booking nobody handed over: Sendle gives up on it.
		code("Expired", TagException, "Exception_001"),
		rule("booking received", TagInfoReceived, "InfoReceived_001"),
		rule("returned to sender", TagException, "Exception_011"),
	}}
}
