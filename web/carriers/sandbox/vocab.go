package sandbox

import "github.com/waypost/waypost/web/carriers"

// phrase is how one carrier words a beat: the raw status (what its status table
// classifies) and the longer description shown as the checkpoint message.
// Descriptions may use {driver}, {phone}, {window}, {signer} and {place}.
type phrase struct{ Raw, Desc string }

// vocab is one wording of the story, with the status table that reads it back.
type vocab struct {
	Table   string // status table slug used to classify Raw
	Lang    string
	Phrases map[beat]phrase
}

// where a beat happens along the route.
type where int

const (
	atOrigin where = iota
	atHub
	atDest
	atGateway
)

// beatPlace and beatIntent are shared by every vocabulary. The intent is what the beat
// means; the tests check that every vocabulary's status table agrees with it.
var beatPlace = map[beat]where{
	bLabel: atOrigin, bPickup: atOrigin, bDepartOrigin: atOrigin, bArriveHub: atHub, bDepartHub: atHub,
	bInTransit: atHub, bArriveDest: atDest, bArriveCountry: atGateway, bCustomsStart: atGateway,
	bCustomsHold: atGateway, bOutForDelivery: atDest, bAttemptFail: atDest, bDelivered: atDest,
	bDeliveredSigned: atDest, bAvailablePickup: atDest, bDamaged: atHub, bLost: atHub,
	bReturning: atDest, bReturned: atOrigin,
}

var beatIntent = map[beat]string{
	bLabel: "InfoReceived_001", bPickup: "InTransit_002", bDepartOrigin: "InTransit_007",
	bArriveHub: "InTransit_003", bDepartHub: "InTransit_007", bInTransit: "InTransit_001",
	bArriveDest: "InTransit_003", bArriveCountry: "InTransit_004", bCustomsStart: "InTransit_006",
	bCustomsHold: "Exception_004", bOutForDelivery: "OutForDelivery_001", bAttemptFail: "AttemptFail_002",
	bDelivered: "Delivered_001", bDeliveredSigned: "Delivered_003", bAvailablePickup: "AvailableForPickup_001",
	bDamaged: "Exception_012", bLost: "Exception_013", bReturning: "Exception_010", bReturned: "Exception_011",
}

// beatCode is the sandbox's raw_tag for a beat, the same in every language.
var beatCode = map[beat]string{
	bLabel: "SB_IR", bPickup: "SB_PU", bDepartOrigin: "SB_DO", bArriveHub: "SB_AH", bDepartHub: "SB_DH",
	bInTransit: "SB_IT", bArriveDest: "SB_AD", bArriveCountry: "SB_AC", bCustomsStart: "SB_CS",
	bCustomsHold: "SB_CH", bOutForDelivery: "SB_OD", bAttemptFail: "SB_AF", bDelivered: "SB_DL",
	bDeliveredSigned: "SB_DS", bAvailablePickup: "SB_AP", bDamaged: "SB_DM", bLost: "SB_LS",
	bReturning: "SB_RS", bReturned: "SB_RD",
}

// koParcel words the story like Korean parcel carriers (CJ대한통운 and most others).
var koParcel = vocab{Table: "cjlogistics", Lang: "ko", Phrases: map[beat]phrase{
	bLabel:           {"접수", "택배 예약이 접수되었습니다. 기사님이 방문할 예정입니다."},
	bPickup:          {"집화처리", "보내는 분께 상품을 인수했습니다."},
	bDepartOrigin:    {"간선상차", "물류터미널로 상품이 이동 중입니다."},
	bArriveHub:       {"간선하차", "허브 터미널에 상품이 도착했습니다."},
	bDepartHub:       {"간선상차", "배송지역으로 상품이 이동 중입니다."},
	bInTransit:       {"상품이동중", "상품이 다음 터미널로 이동 중입니다."},
	bArriveDest:      {"SM입고", "배송지역 서브터미널에 상품이 입고되었습니다."},
	bArriveCountry:   {"국내도착", "해외에서 발송된 상품이 국내에 도착했습니다."},
	bCustomsStart:    {"통관진행", "세관 통관 절차가 진행 중입니다."},
	bCustomsHold:     {"통관보류", "세관에서 통관이 보류되었습니다. 추가 서류가 필요합니다."},
	bOutForDelivery:  {"배송출발", "고객님의 상품을 배송할 예정입니다.({window})(배송담당:{driver} {phone})"},
	bAttemptFail:     {"미배달(수취인부재)", "받는 분이 부재중이라 배송하지 못했습니다. 다시 방문하겠습니다.(배송담당:{driver} {phone})"},
	bDelivered:       {"배송완료", "상품을 문 앞에 전달했습니다.(배송담당:{driver} {phone})"},
	bDeliveredSigned: {"배송완료(서명)", "상품을 전달하고 서명을 받았습니다.(인수자:{signer})(배송담당:{driver} {phone})"},
	bAvailablePickup: {"보관중(무인택배함)", "무인택배함에 보관했습니다. 문자로 받은 인증번호로 찾아가세요."},
	bDamaged:         {"상품파손", "운송 중 상품 파손이 확인되어 보내는 분께 안내했습니다."},
	bLost:            {"상품분실", "상품 위치를 확인할 수 없어 분실 처리되었습니다."},
	bReturning:       {"반송출발", "받는 분께 전달하지 못해 보내는 분께 반송합니다."},
	bReturned:        {"반송완료", "보내는 분께 상품이 반송되었습니다."},
}}

// koPost words the story like Korea Post (우체국 택배).
var koPost = vocab{Table: "kpost", Lang: "ko", Phrases: map[beat]phrase{
	bLabel:           {"방문접수신청", "소포 방문접수 신청이 완료되었습니다."},
	bPickup:          {"접수", "우체국에서 소포를 접수했습니다."},
	bDepartOrigin:    {"발송", "소포가 우편집중국으로 발송되었습니다."},
	bArriveHub:       {"도착", "우편집중국에 도착했습니다."},
	bDepartHub:       {"발송", "배달 우체국으로 발송되었습니다."},
	bInTransit:       {"이동중", "소포가 이동 중입니다."},
	bArriveDest:      {"도착", "배달 우체국에 도착했습니다."},
	bArriveCountry:   {"교환국도착", "국제우편물류센터에 도착했습니다."},
	bCustomsStart:    {"통관검사대기", "세관 통관 검사를 기다리고 있습니다."},
	bCustomsHold:     {"통관보류", "세관 검사로 통관이 보류되었습니다."},
	bOutForDelivery:  {"배달준비", "집배원이 배달을 준비하고 있습니다.(집배원:{driver} {phone})"},
	bAttemptFail:     {"미배달(수취인부재)", "수취인 부재로 배달하지 못했습니다. 재방문 예정입니다.(집배원:{driver} {phone})"},
	bDelivered:       {"배달완료", "배달이 완료되었습니다.(수령인:본인)(집배원:{driver} {phone})"},
	bDeliveredSigned: {"배달완료(서명)", "배달이 완료되었습니다.(수령인:{signer} 서명)"},
	bAvailablePickup: {"창구보관", "{place} 창구에 보관 중입니다. 신분증을 지참해 찾아가세요."},
	bDamaged:         {"소포파손", "처리 중 소포 파손이 확인되었습니다."},
	bLost:            {"소포분실", "소포의 위치를 확인할 수 없어 분실 처리되었습니다."},
	bReturning:       {"반송", "수취인에게 배달하지 못해 발송인에게 반송합니다."},
	bReturned:        {"반송완료", "발송인에게 반송되었습니다."},
}}

// english words the story for US and other carriers; the generic table reads it.
var english = vocab{Table: carriers.GenericTableSlug, Lang: "en", Phrases: map[beat]phrase{
	bLabel:           {"Shipping Label Created", "Shipping label created, {carrier} awaiting item"},
	bPickup:          {"Picked Up", "Picked up by {carrier} at {place}"},
	bDepartOrigin:    {"Departed Facility", "Departed origin facility in {place}"},
	bArriveHub:       {"Arrived at Facility", "Arrived at regional facility in {place}"},
	bDepartHub:       {"Departed Facility", "Departed regional facility in {place}"},
	bInTransit:       {"In Transit to Next Facility", "Your package is moving within the {carrier} network"},
	bArriveDest:      {"Arrived at Facility", "Arrived at local delivery facility in {place}"},
	bArriveCountry:   {"Arrived in Destination Country", "International shipment arrived in {place}"},
	bCustomsStart:    {"Customs Clearance Started", "Shipment handed to customs for clearance"},
	bCustomsHold:     {"Held in Customs", "Held by customs: additional documents are required"},
	bOutForDelivery:  {"Out for Delivery", "Out for delivery, expected {window} (driver {driver}, {phone})"},
	bAttemptFail:     {"Delivery Attempted - Recipient Not Available", "Delivery attempted, no one available; a notice was left"},
	bDelivered:       {"Delivered, Front Door/Porch", "Delivered, left at front door/porch in {place}"},
	bDeliveredSigned: {"Delivered, Signed For", "Delivered, signed for by {signer}"},
	bAvailablePickup: {"Available for Pickup", "Available for pickup at {place}; bring photo ID"},
	bDamaged:         {"Package Damaged", "Package damaged in handling; the sender has been notified"},
	bLost:            {"Package Lost", "We cannot locate your package; it has been declared lost"},
	bReturning:       {"Return to Sender in Process", "Undeliverable after several attempts; returning to sender"},
	bReturned:        {"Returned to Sender - Delivered to Shipper", "Returned to sender and delivered to the shipper"},
}}

var (
	koDrivers = []string{"홍길동", "김민준", "이서연", "박지훈", "최수빈", "정하늘"}
	koSigners = []string{"경비실", "가족", "이웃(302호)", "회사 안내데스크"}
	koWindows = []string{"09~11시", "11~13시", "14~16시", "17~19시"}
	enDrivers = []string{"M. Lopez", "K. Johnson", "A. Patel", "S. Nguyen", "R. Miller"}
	enSigners = []string{"J. SMITH", "M. GARCIA", "FRONT DESK", "NEIGHBOR #4B"}
	enWindows = []string{"by 12:00 PM", "by 5:00 PM", "by 8:00 PM", "between 2 PM and 6 PM"}
)
