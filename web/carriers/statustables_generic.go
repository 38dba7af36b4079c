package carriers

// genericTable is the fallback for carriers without a table: English keywords as most
// carriers word them, plus the status words Korean carriers share. Rules are substrings;
// the longest one contained in a status wins, so specific phrases sit beside broad ones.
func genericTable() StatusTable {
	rules := append(genericEnglishRules(), genericKoreanRules()...)
	return StatusTable{Slug: GenericTableSlug, Version: StatusMappingVersion, Rules: rules}
}

func genericEnglishRules() []StatusRule {
	return []StatusRule{
		rule("label created", TagInfoReceived, "InfoReceived_001"),
		rule("information received", TagInfoReceived, "InfoReceived_001"),
		rule("info received", TagInfoReceived, "InfoReceived_001"),
		rule("pre-shipment", TagInfoReceived, "InfoReceived_001"),
		rule("awaiting item", TagInfoReceived, "InfoReceived_001"),
		pickupRule("picked up"),
		pickupRule("accepted"),
		pickupRule("acceptance"),
		rule("in transit", TagInTransit, "InTransit_001"),
		rule("processed", TagInTransit, "InTransit_001"),
		rule("arrived", TagInTransit, "InTransit_003"),
		rule("arrival", TagInTransit, "InTransit_003"),
		rule("departed", TagInTransit, "InTransit_007"),
		rule("departure", TagInTransit, "InTransit_007"),
		rule("destination country", TagInTransit, "InTransit_004"),
		rule("customs", TagInTransit, "InTransit_006"),
		rule("cleared customs", TagInTransit, "InTransit_005"),
		rule("clearance completed", TagInTransit, "InTransit_005"),
		rule("customs clearance completed", TagInTransit, "InTransit_005"),
		rule("forwarded", TagInTransit, "InTransit_009"),
		rule("out for delivery", TagOutForDelivery, "OutForDelivery_001"),
		rule("delivery appointment", TagOutForDelivery, "OutForDelivery_004"),
		rule("attempted", TagAttemptFail, "AttemptFail_001"),
		rule("notice left", TagAttemptFail, "AttemptFail_001"),
		rule("not delivered", TagAttemptFail, "AttemptFail_001"),
		rule("recipient not available", TagAttemptFail, "AttemptFail_002"),
		rule("addressee not available", TagAttemptFail, "AttemptFail_002"),
		rule("business closed", TagAttemptFail, "AttemptFail_003"),
		rule("delivered", TagDelivered, "Delivered_001"),
		rule("signed for", TagDelivered, "Delivered_003"),
		rule("picked up by customer", TagDelivered, "Delivered_002"),
		rule("picked up by the customer", TagDelivered, "Delivered_002"),
		rule("cash on delivery collected", TagDelivered, "Delivered_004"),
		rule("available for pickup", TagAvailableForPickup, "AvailableForPickup_001"),
		rule("ready for pickup", TagAvailableForPickup, "AvailableForPickup_001"),
		rule("awaiting collection", TagAvailableForPickup, "AvailableForPickup_001"),
		rule("exception", TagException, "Exception_001"),
		rule("held", TagException, "Exception_001"),
		rule("on hold", TagException, "Exception_001"),
		rule("held in customs", TagException, "Exception_004"),
		rule("held by customs", TagException, "Exception_004"),
		rule("customs hold", TagException, "Exception_004"),
		rule("held for payment", TagException, "Exception_006"),
		rule("delayed", TagException, "Exception_005"),
		rule("moved, left no address", TagException, "Exception_002"),
		rule("refused", TagException, "Exception_003"),
		rule("incorrect address", TagException, "Exception_007"),
		rule("insufficient address", TagException, "Exception_007"),
		rule("unclaimed", TagException, "Exception_008"),
		rule("returned", TagException, "Exception_010"),
		rule("return to sender", TagException, "Exception_010"),
		rule("returning to sender", TagException, "Exception_010"),
		rule("returned to sender", TagException, "Exception_011"),
		rule("returned to shipper", TagException, "Exception_011"),
		rule("damaged", TagException, "Exception_012"),
		rule("lost", TagException, "Exception_013"),
	}
}

func genericKoreanRules() []StatusRule {
	rules := []StatusRule{
		rule("접수", TagInfoReceived, "InfoReceived_001"),
		pickupRule("집화"),
		pickupRule("집하"),
		rule("간선상차", TagInTransit, "InTransit_007"),
		rule("간선하차", TagInTransit, "InTransit_003"),
		rule("입고", TagInTransit, "InTransit_003"),
		rule("도착", TagInTransit, "InTransit_003"),
		rule("출고", TagInTransit, "InTransit_007"),
		rule("발송", TagInTransit, "InTransit_007"),
		rule("이동중", TagInTransit, "InTransit_001"),
		rule("배송출발", TagOutForDelivery, "OutForDelivery_001"),
		rule("배달준비", TagOutForDelivery, "OutForDelivery_001"),
		rule("배송완료", TagDelivered, "Delivered_001"),
		rule("배달완료", TagDelivered, "Delivered_001"),
	}
	return append(rules, koreanCommonRules()...)
}
