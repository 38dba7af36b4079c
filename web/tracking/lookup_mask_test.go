package tracking

import "testing"

func TestMaskPersonal(t *testing.T) {
	cases := []struct{ in, want string }{
		{"고객님의 상품을 배송할 예정입니다.(17~19시)(배송담당:이래건 010-9473-1038)",
			"고객님의 상품을 배송할 예정입니다.(17~19시)(배송담당:이*건 010-****-1038)"},
		{"고객님의 상품이 배송완료 되었습니다.(담당사원:이래건 010-9473-1038)",
			"고객님의 상품이 배송완료 되었습니다.(담당사원:이*건 010-****-1038)"},
		{"배달이 완료되었습니다.(수령인:본인)(집배원:홍길동 010-0012-3456)",
			"배달이 완료되었습니다.(수령인:본인)(집배원:홍*동 010-****-3456)"},
		{"상품을 전달하고 서명을 받았습니다.(인수자:경비실)", "상품을 전달하고 서명을 받았습니다.(인수자:경비실)"},
		{"연락처 01094731038", "연락처 010****1038"},
		{"Out for delivery, expected by 5:00 PM (driver M. Lopez, (555) 123-4567)",
			"Out for delivery, expected by 5:00 PM (driver M. L****, (555) ***-4567)"},
		{"Delivered, signed for by J. SMITH", "Delivered, signed for by J. S****"},
		{"Call +82 10-1234-5678 now", "Call +82 1*-****-5678 now"},
		// Not personal: carrier numbers, dates, tracking numbers, absent recipients.
		{"고객센터 1588-1255", "고객센터 1588-1255"},
		{"2024-04-25 17:19 도착", "2024-04-25 17:19 도착"},
		{"운송장 1234567890 접수", "운송장 1234567890 접수"},
		{"미배달(수취인부재)", "미배달(수취인부재)"},
		{"Your driver is on the way", "Your driver is on the way"},
		{"", ""},
		// Labels in other cases, spacings and colons; the long s, which case
		// folding reads as an s; the shortest phone number.
		{"RECEIVED BY: JANE DOE", "RECEIVED BY: J*** D**"},
		{"Signer Kim Minji at door", "Signer K** M**** at door"},
		{"Xſigned by Ann", "Xſigned by A**"},
		{"수령인 ： 홍길동", "수령인 ： 홍*동"},
		{"배달기사:김민수", "배달기사:김*수"},
		{"Call (02) 123-4567", "Call (02) 1**-4567"},
		{"Arrived at Los Angeles, CA 90052", "Arrived at Los Angeles, CA 90052"},
	}
	for _, c := range cases {
		if got := MaskPersonal(c.in); got != c.want {
			t.Errorf("MaskPersonal(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestMaskName(t *testing.T) {
	cases := map[string]string{
		"이래건": "이*건", "김민": "김*", "FRONT DESK": "FRONT DESK", "J. SMITH": "J. S****",
		"가족": "가족", "": "", "Ann": "A**",
	}
	for in, want := range cases {
		if got := MaskName(in); got != want {
			t.Errorf("MaskName(%q) = %q, want %q", in, got, want)
		}
	}
}
