package carriers

// Raw-status tables of Korean carriers. Korean carriers publish status texts, not codes,
// so every rule matches on text. Substring rules lean on longest-match (in bytes): "반송완료"
// beats "반송", and "미배달(수취인부재)" reaches AttemptFail_002 through "수취인부재", which is
// longer than "미배달".

func rule(text string, tag Tag, subtag string) StatusRule {
	return StatusRule{Text: text, Tag: tag, Subtag: subtag}
}

// pickupRule marks the carrier taking the parcel from the sender, which tracker.delivery
// shows as "at_pickup".
func pickupRule(text string) StatusRule {
	return StatusRule{Text: text, Tag: TagInTransit, Subtag: "InTransit_002", TrackerStatus: TrackerAtPickup}
}

// koreanCommonRules are texts most Korean carriers share for failures and customs.
func koreanCommonRules() []StatusRule {
	return []StatusRule{
		rule("미배달", TagAttemptFail, "AttemptFail_001"),
		rule("미배송", TagAttemptFail, "AttemptFail_001"),
		rule("수취인부재", TagAttemptFail, "AttemptFail_002"),
		rule("폐문부재", TagAttemptFail, "AttemptFail_002"),
		rule("영업장휴무", TagAttemptFail, "AttemptFail_003"),
		rule("보관", TagAvailableForPickup, "AvailableForPickup_001"),
		rule("국내도착", TagInTransit, "InTransit_004"),
		rule("통관", TagInTransit, "InTransit_006"),
		rule("통관완료", TagInTransit, "InTransit_005"),
		rule("통관보류", TagException, "Exception_004"),
		rule("배송지변경", TagInTransit, "InTransit_009"),
		rule("수취거부", TagException, "Exception_003"),
		rule("주소불명", TagException, "Exception_007"),
		rule("반송", TagException, "Exception_010"),
		rule("반송완료", TagException, "Exception_011"),
		rule("파손", TagException, "Exception_012"),
		rule("분실", TagException, "Exception_013"),
	}
}

func koreanTable(slug string, rules ...StatusRule) StatusTable {
	return StatusTable{Slug: slug, Version: StatusMappingVersion, Rules: append(rules, koreanCommonRules()...)}
}

func cjLogisticsTable() StatusTable {
	return koreanTable("cjlogistics",
		rule("접수", TagInfoReceived, "InfoReceived_001"),
		pickupRule("집화처리"),
		rule("간선상차", TagInTransit, "InTransit_007"),
		rule("간선하차", TagInTransit, "InTransit_003"),
		rule("SM입고", TagInTransit, "InTransit_003"),
		rule("배송출발", TagOutForDelivery, "OutForDelivery_001"),
		rule("배송완료", TagDelivered, "Delivered_001"),
		rule("배송완료(서명)", TagDelivered, "Delivered_003"),
	)
}

func koreaPostTable() StatusTable {
	return koreanTable("kpost",
		rule("접수신청", TagInfoReceived, "InfoReceived_001"),
		pickupRule("접수"),
		rule("발송", TagInTransit, "InTransit_007"),
		rule("도착", TagInTransit, "InTransit_003"),
		rule("교환국도착", TagInTransit, "InTransit_004"),
		rule("배달준비", TagOutForDelivery, "OutForDelivery_001"),
		rule("배달완료", TagDelivered, "Delivered_001"),
		rule("배달완료(서명)", TagDelivered, "Delivered_003"),
		rule("창구교부", TagDelivered, "Delivered_002"),
	)
}

func hanjinTable() StatusTable {
	return koreanTable("hanjin",
		rule("접수", TagInfoReceived, "InfoReceived_001"),
		pickupRule("집하"),
		rule("입고", TagInTransit, "InTransit_003"),
		rule("출고", TagInTransit, "InTransit_007"),
		rule("이동중", TagInTransit, "InTransit_001"),
		rule("배송준비중", TagInTransit, "InTransit_003"),
		rule("배송출발", TagOutForDelivery, "OutForDelivery_001"),
		rule("배송완료", TagDelivered, "Delivered_001"),
	)
}

func lotteTable() StatusTable {
	return koreanTable("lotte",
		pickupRule("상품접수"),
		pickupRule("집하"),
		rule("상품 이동중", TagInTransit, "InTransit_001"),
		rule("상품이동중", TagInTransit, "InTransit_001"),
		rule("배송 출발", TagOutForDelivery, "OutForDelivery_001"),
		rule("배송출발", TagOutForDelivery, "OutForDelivery_001"),
		rule("배달 완료", TagDelivered, "Delivered_001"),
		rule("배달완료", TagDelivered, "Delivered_001"),
		rule("배송완료", TagDelivered, "Delivered_001"),
	)
}

func logenTable() StatusTable {
	return koreanTable("logen",
		pickupRule("집하"),
		rule("터미널입고", TagInTransit, "InTransit_003"),
		rule("터미널출고", TagInTransit, "InTransit_007"),
		rule("배송출고", TagOutForDelivery, "OutForDelivery_001"),
		rule("배송완료", TagDelivered, "Delivered_001"),
	)
}

func builtinStatusTables() []StatusTable {
	return []StatusTable{
		cjLogisticsTable(), koreaPostTable(), hanjinTable(), lotteTable(), logenTable(),
		uspsTable(), upsTable(), fedexTable(), dhlTable(), sendleTable(),
		genericTable(),
	}
}
