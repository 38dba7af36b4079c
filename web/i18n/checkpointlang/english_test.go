package checkpointlang

import "testing"

// A place made only of facility words is translated as words; a real place,
// however it is written, stays.
func TestFacilityWordsAreNoPlaceName(t *testing.T) {
	cases := []struct{ msg, want string }{
		{"Departed Facility", "물류 시설에서 출발했습니다"},
		{"Departed USPS Facility", "USPS 물류 시설에서 출발했습니다"},
		{"Departed Regional Facility", "지역 물류 시설에서 출발했습니다"},
		{"Departed Post Office", "우체국에서 출발했습니다"},
		{"Arrived at Post Office", "우체국에 도착했습니다"},
		{"Arrived at Sort Facility", "분류 시설에 도착했습니다"},
		{"Arrived at the Sorting Hub", "분류 허브에 도착했습니다"},
		{"Arrived at FedEx Hub", "FedEx 물류 허브에 도착했습니다"},
		{"Arrived at USPS Regional Destination Facility", "USPS 도착지 지역 물류센터에 도착했습니다"},
		{"At local FedEx facility", "FedEx 배송 센터에 도착했습니다"},
		{"Departed NETWORK DISTRIBUTION CENTER", "네트워크 물류 센터에서 출발했습니다"},
		{"Processed Through USPS Facility", "USPS 물류 시설에서 처리되었습니다"},
		{"Departed NEW YORK NY DISTRIBUTION CENTER", "NEW YORK NY DISTRIBUTION CENTER에서 출발했습니다"},
		{"Departed Chicago, IL", "Chicago, IL에서 출발했습니다"},
		{"Arrived at Sydney Airport", "Sydney Airport에 도착했습니다"},
		{"Processed at LEIPZIG - GERMANY", "LEIPZIG - GERMANY에서 처리되었습니다"},
		{"Departed Facility in LEIPZIG - GERMANY", "물류센터에서 출발했습니다 (LEIPZIG - GERMANY)"},
		{"Departed", "출발"},
	}
	for _, c := range cases {
		if got := Message(c.msg, "", Korean); got != c.want {
			t.Errorf("Message(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
	places := []struct{ in, want string }{
		{"Origin Facility", "출발지 물류 시설"}, {"International Exchange", "국제 교환국"},
		{"Delivery Office", "배송 사무소"}, {"Los Angeles, CA 90052", "Los Angeles, CA 90052"},
		{"Leipzig Hub", "Leipzig Hub"}, {"Facility Road", "Facility Road"}, {"", ""},
	}
	for _, c := range places {
		if got := Place(c.in, Korean); got != c.want {
			t.Errorf("Place(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Status words as carriers title-case, punctuate and space them.
func TestStatusWordsInAnyCase(t *testing.T) {
	cases := []struct{ msg, want string }{
		{"Shipping Label Created", "운송장이 발행되었습니다"},
		{"SHIPPING LABEL CREATED.", "운송장이 발행되었습니다"},
		{"Shipping Label Created, USPS Awaiting Item", "운송장이 발행되었습니다. USPS에서 상품 인수를 기다리고 있습니다"},
		{"Picked Up by Shipping Partner, USPS Awaiting Item", "배송 협력사가 상품을 인수했습니다. USPS에서 상품 인수를 기다리고 있습니다"},
		{"USPS in possession of item", "USPS에서 상품을 인수했습니다"},
		{"Arrived at USPS Regional Facility", "USPS 지역 물류센터에 도착했습니다"},
		{"In Transit to Next Facility", "다음 물류센터로 이동 중입니다"},
		{"In Transit, Arriving On Time", "이동 중, 예정대로 도착할 예정입니다"},
		{"Out for Delivery", "배송출발"},
		{"Delivered, In/At Mailbox", "우편함에 배달 완료"},
		{"Delivered,  In / At  Mailbox.", "우편함에 배달 완료"},
		{"Delivered, Front Door/Porch", "현관 앞에 배달 완료"},
		{"Delivered Front Door - Porch", "현관 앞에 배달 완료"},
		{"Delivered, Left with Individual", "받는 분께 직접 배달 완료"},
		{"Delivered, left at front door / porch in Chicago", "현관 앞에 배송 완료했습니다 (Chicago)"},
		{"Delivery Attempted - Recipient Not Available", "배송을 시도했으나 받는 분이 없었습니다"},
		{"Returned to Sender - Delivered to Shipper", "보내는 분께 반송 완료되었습니다"},
		{"Arrived in Destination Country", "도착 국가에 도착했습니다"},
		{"Departure Scan", "출발 스캔"},
		{"In FedEx possession", "FedEx에서 상품을 인수했습니다"},
		{"The shipment has been loaded onto the delivery vehicle", "배송 차량에 실었습니다"},
		{"Parcel left in a safe place", "안전한 장소에 두었습니다"},
	}
	for _, c := range cases {
		if got := Message(c.msg, "", Korean); got != c.want {
			t.Errorf("Message(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// English delivery windows read in Korean, before the words around them.
func TestDeliveryWindowsInKorean(t *testing.T) {
	cases := []struct{ msg, want string }{
		{"Out for delivery, expected between 2 PM and 6 PM (driver K. Johnson, (555) 010-2233)",
			"배송 출발, 오후 2시~오후 6시 도착 예정 (배송기사 K. Johnson (555) 010-2233)"},
		{"Out for delivery, expected by 12:00 PM (driver M. Lopez, (555) 010-2233)",
			"배송 출발, 오후 12시까지 도착 예정 (배송기사 M. Lopez (555) 010-2233)"},
		{"Out for Delivery, Expected Delivery by 9:00pm", "배송 출발, 오후 9시까지 도착 예정"},
		{"Out for Delivery, Expected Delivery Between 10:45am and 2:45pm", "배송 출발, 오전 10시 45분~오후 2시 45분 도착 예정"},
		{"Expected delivery before 10:30 AM", "오전 10시 30분 전 도착 예정"},
		{"Expected delivery after 2 p.m.", "오후 2시 이후 도착 예정"},
		{"Estimated delivery 2-6 PM", "오후 2시~오후 6시 도착 예정"},
		{"Expected delivery 14:00 to 18:30", "오후 2시~오후 6시 30분 도착 예정"},
		{"Expected delivery by 12 AM", "오전 12시까지 도착 예정"},
	}
	for _, c := range cases {
		if got := Message(c.msg, "", Korean); got != c.want {
			t.Errorf("Message(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
	unreadable := []string{"between 2 and 6", "by 13 PM", "by 9:75 AM", "by noon", "25:00-26:00"}
	for _, w := range unreadable {
		if got := window(w, Korean); got != w {
			t.Errorf("window(%q) = %q, want it as written", w, got)
		}
	}
}
