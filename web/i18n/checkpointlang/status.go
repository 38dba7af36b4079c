package checkpointlang

import (
	"cmp"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/i18n"
)

// koreanSubtags are the Korean words of the normalized statuses, in the terms
// Korean parcel carriers use.
var koreanSubtags = map[string]string{
	"Pending_001": "조회 대기 중", "Pending_002": "택배사 연결 필요", "Pending_003": "택배사 확인 불가",
	"Pending_004": "잘못된 운송장 번호", "Pending_005": "조회되지 않는 운송장 번호", "Pending_006": "최근 업데이트 없음",
	"InfoReceived_001": "상품 준비 중",
	"InTransit_001":    "배송 중", "InTransit_002": "상품 인수", "InTransit_003": "터미널 도착",
	"InTransit_004": "도착 국가 도착", "InTransit_005": "통관 완료", "InTransit_006": "통관 진행",
	"InTransit_007": "터미널 출발", "InTransit_008": "문제 해결, 배송 중", "InTransit_009": "배송지 변경",
	"OutForDelivery_001": "배송 출발", "OutForDelivery_002": "배송 출발", "OutForDelivery_003": "고객 연락",
	"OutForDelivery_004": "배송 예약",
	"AttemptFail_001":    "배송 실패", "AttemptFail_002": "수취인 부재", "AttemptFail_003": "영업장 휴무",
	"Delivered_001": "배송 완료", "Delivered_002": "고객 직접 수령", "Delivered_003": "배송 완료(서명)",
	"Delivered_004":          "배송 완료(착불 수금)",
	"AvailableForPickup_001": "수령 대기",
	"Exception_001":          "배송 문제 발생", "Exception_002": "수취인 이사", "Exception_003": "수취 거부",
	"Exception_004": "통관 지연", "Exception_005": "배송 지연", "Exception_006": "결제 대기 보관",
	"Exception_007": "주소 오류", "Exception_008": "미수령", "Exception_009": "택배사 접수 거절",
	"Exception_010": "반송 중", "Exception_011": "반송 완료", "Exception_012": "상품 파손",
	"Exception_013": "상품 분실",
	"Expired_001":   "최근 내역 없음",
}

// StatusText is the normalized status of a subtag in a language: its
// subtag_message in English, its Korean word in Korean, falling back to the
// status of its tag; "" for an unknown subtag.
func StatusText(subtag string, to Lang) string {
	tag := carriers.TagOfSubtag(subtag)
	if to == Korean {
		if s, ok := koreanSubtags[subtag]; ok {
			return s
		}
		if tag == "" {
			return ""
		}
		return i18n.For(string(Korean)).T("head_" + string(tag))
	}
	return cmp.Or(carriers.SubtagMessage(subtag), carriers.TagMessage(tag))
}
