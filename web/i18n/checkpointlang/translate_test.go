package checkpointlang

import "testing"

func TestMessageKoreanToEnglish(t *testing.T) {
	cases := []struct{ name, msg, subtag, want string }{
		{"CJ pickup", "보내시는 고객님으로부터 상품을 인수받았습니다", "InTransit_002", "Parcel received from the sender"},
		{"spacing and period vary", "배송지역으로 상품이 이동 중입니다.", "InTransit_007", "Parcel on its way to the delivery area"},
		{"CJ out for delivery with window and driver", "고객님의 상품을 배송할 예정입니다.(17~19시)(배송담당:이래건 010-9473-1038)", "OutForDelivery_001",
			"Your parcel is out for delivery (17:00–19:00) (Driver: Lee Raegeon 010-9473-1038)"},
		{"CJ delivered", "고객님의 상품이 배송완료 되었습니다.(담당사원:이래건 010-9473-1038)", "Delivered_001",
			"Your parcel has been delivered (Driver: Lee Raegeon 010-9473-1038)"},
		{"nested parentheses in a signer", "상품을 전달하고 서명을 받았습니다.(인수자:이웃(302호))(배송담당:홍길동 010-1234-5678)", "Delivered_003",
			"Parcel delivered and signed for (Received by: Neighbor (No. 302)) (Driver: Hong Gildong 010-1234-5678)"},
		{"Korea Post status and reason", "미배달 (수취인부재)", "AttemptFail_002", "Not delivered (Recipient not available)"},
		{"Korea Post recipient", "배달완료 (수령인:본인)", "Delivered_001", "Delivered (Received by: Addressee)"},
		{"Korea Post status words", "배달준비 재배달", "OutForDelivery_001", "Out for delivery, redelivery"},
		{"bare raw status", "간선상차", "InTransit_007", "Departed the terminal for line haul"},
		{"Lotte spaces its words", "상품 이동중", "InTransit_001", "In transit"},
		{"Lotte delivered", "배달 완료", "Delivered_001", "Delivered"},
		{"Logen terminal", "터미널입고", "InTransit_003", "Arrived at the terminal"},
		{"Korean wording around a Korean place", "대전HUB에서 출발했습니다", "InTransit_007", "Departed Daejeon Hub"},
		{"counter with place", "보은우체국 창구에 보관중입니다. 신분증을 지참해 찾아가세요.", "AvailableForPickup_001",
			"Held at the Boeun Post Office counter; bring ID to collect it"},
		{"unknown phrase reads as the subtag", "고객님의 소중한 상품이 특별 배송됩니다", "InTransit_003", "Arrival scan"},
		{"unknown phrase of an unknown subtag reads as the tag", "이상한 메시지", "Delivered_099", "Delivered"},
		{"unknown phrase without subtag stays", "이상한 메시지", "", "이상한 메시지"},
		{"already English", "Arrived at Facility", "InTransit_003", "Arrived at Facility"},
		{"English wording around a Korean place", "Arrived at 옥천HUB", "InTransit_003", "Arrived at Okcheon Hub"},
		{"no letters", "---", "InTransit_001", "---"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Message(c.msg, c.subtag, English); got != c.want {
				t.Errorf("Message(%q) = %q, want %q", c.msg, got, c.want)
			}
		})
	}
}

func TestMessageEnglishToKorean(t *testing.T) {
	cases := []struct{ name, msg, subtag, want string }{
		{"USPS label", "Shipping Label Created, USPS Awaiting Item", "InfoReceived_001", "운송장이 발행되었습니다. USPS에서 상품 인수를 기다리고 있습니다"},
		{"case and spaces", "DELIVERED ", "Delivered_001", "배송완료"},
		{"UPS with a final period", "Shipper created a label, UPS has not received the package yet. ", "InfoReceived_001",
			"보내는 분이 운송장을 발행했습니다. UPS에서 아직 상품을 받지 않았습니다"},
		{"FedEx", "On FedEx vehicle for delivery", "OutForDelivery_001", "FedEx 배송 차량에 실려 배송 중입니다"},
		{"DHL with place", "Departed Facility in LEIPZIG - GERMANY", "InTransit_007", "물류센터에서 출발했습니다 (LEIPZIG - GERMANY)"},
		{"DHL signer", "Delivered - Signed for by : KIM", "Delivered_003", "배송 완료, KIM 서명"},
		{"Sendle", "Parcel is out for delivery", "OutForDelivery_001", "배송 출발"},
		{"simulated with window", "Out for delivery, expected by 5:00 PM (driver K. Johnson, (555) 010-2233)", "OutForDelivery_001",
			"배송 출발, 오후 5시까지 도착 예정 (배송기사 K. Johnson (555) 010-2233)"},
		{"unknown phrase reads as the subtag", "Your parcel is being handled with care", "InTransit_007", "터미널 출발"},
		{"already Korean", "배송완료", "Delivered_001", "배송완료"},
		{"mixed counts as Korean", "Arrived at 옥천HUB", "InTransit_003", "Arrived at 옥천HUB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Message(c.msg, c.subtag, Korean); got != c.want {
				t.Errorf("Message(%q) = %q, want %q", c.msg, got, c.want)
			}
		})
	}
}

func TestPlace(t *testing.T) {
	cases := []struct{ in, want string }{
		{"서울", "Seoul"}, {"서울특별시", "Seoul"}, {"부산광역시", "Busan"}, {"인천", "Incheon"},
		{"대구", "Daegu"}, {"대전광역시", "Daejeon"}, {"광주", "Gwangju"}, {"울산", "Ulsan"},
		{"세종특별자치시", "Sejong"}, {"경기도", "Gyeonggi-do"}, {"강원특별자치도", "Gangwon-do"},
		{"충청북도", "Chungcheongbuk-do"}, {"충남", "Chungnam"}, {"전북특별자치도", "Jeollabuk-do"},
		{"전라남도", "Jeollanam-do"}, {"경북", "Gyeongbuk"}, {"경상남도", "Gyeongsangnam-do"}, {"제주특별자치도", "Jeju-do"},
		{"옥천HUB", "Okcheon Hub"}, {"곤지암Hub", "Gonjiam Hub"}, {"대전HUB", "Daejeon Hub"},
		{"충북보은", "Chungbuk Boeun"}, {"부산사상", "Busan Sasang"}, {"광주서구", "Gwangju Seo-gu"},
		{"용산1", "Yongsan 1"}, {"서울강남우체국", "Seoul Gangnam Post Office"}, {"대전우편집중국", "Daejeon Mail Center"},
		{"중부권광역우편물류센터", "Jungbu Regional Mail Logistics Center"}, {"인천공항세관", "Incheon Airport Customs"},
		{"서울특별시 강남구", "Seoul Gangnam-gu"}, {"보은군", "Boeun-gun"},
		{"경기고양신삼송", "Gyeonggi Goyang Sinsamsong"}, {"경기고양화정", "경기고양화정"}, {"신촌", "신촌"}, {"Los Angeles, CA 90052", "Los Angeles, CA 90052"}, {"", ""},
	}
	for _, c := range cases {
		if got := Place(c.in, English); got != c.want {
			t.Errorf("Place(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Place("서울특별시", Korean); got != "서울특별시" {
		t.Errorf("Korean readers keep Korean places, got %q", got)
	}
}

func TestTranslateKeepsStatusAndSkipsWithoutLanguage(t *testing.T) {
	in := Checkpoint{Message: "배송출발", Location: "옥천HUB", City: "옥천", State: "충청북도", CountryName: "대한민국", Subtag: "OutForDelivery_001"}
	got := Translate(in, English)
	want := Checkpoint{Message: "Out for delivery", Location: "Okcheon Hub", City: "Okcheon", State: "Chungcheongbuk-do", CountryName: "South Korea", Subtag: "OutForDelivery_001"}
	if got != want {
		t.Errorf("Translate = %+v, want %+v", got, want)
	}
	if got := Translate(in, ""); got != in {
		t.Errorf("no language changed the checkpoint: %+v", got)
	}
}

func TestPersonName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"홍길동", "Hong Gildong"}, {"이래건", "Lee Raegeon"}, {"김민준", "Kim Minjun"},
		{"이서연", "Lee Seoyeon"}, {"정하늘", "Jung Haneul"}, {"이**", "Lee**"}, {"김*수", "Kim *su"},
		{"편보람", "Pyeon Boram"},
	}
	for _, c := range cases {
		if got := personName(c.in); got != c.want {
			t.Errorf("personName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
