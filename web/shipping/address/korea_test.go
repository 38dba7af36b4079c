package address

import (
	"strings"
	"testing"

	"github.com/waypost/waypost/web/carriers"
)

func TestValidateKoreanAddresses(t *testing.T) {
	tests := []struct {
		name   string
		in     carriers.Address
		status string
		issues string
	}{
		{"road-name address in Hangul, no province", carriers.Address{
			ContactName: "홍길동", Street1: "세종대로 110", Street2: "서울특별시청 3층", City: "서울특별시 중구",
			PostalCode: "04524", Country: "KOR", Phone: "010-1234-5678"}, StatusValid, ""},
		{"province given in Hangul is kept", carriers.Address{
			Street1: "판교역로 235", City: "성남시 분당구", State: "경기도", PostalCode: "13494", Country: "KR"}, StatusValid, ""},
		{"country written in Korean", carriers.Address{
			Street1: "해운대해변로 264", City: "부산광역시 해운대구", PostalCode: "48099", Country: "대한민국"}, StatusValid, ""},
		{"old 6-digit postal code", carriers.Address{
			Street1: "세종대로 110", City: "서울특별시 중구", PostalCode: "100-744", Country: "KOR"}, StatusInvalid, "postal_code:invalid"},
		{"missing street and postal code", carriers.Address{
			City: "서울특별시 중구", Country: "South Korea"}, StatusInvalid, "street1:required postal_code:required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Validate(tt.in)
			if got.Status != tt.status || issueList(got.Issues) != tt.issues {
				t.Fatalf("Validate = %s [%s], want %s [%s]; issues %+v", got.Status, issueList(got.Issues), tt.status, tt.issues, got.Issues)
			}
			if got.Address.Country != "KOR" {
				t.Errorf("country = %q, want KOR", got.Address.Country)
			}
		})
	}
}

func TestKoreanTextSurvivesNormalisation(t *testing.T) {
	// Ideographic spaces (U+3000) from Korean input methods collapse like ASCII ones,
	// and full-width digits in the postal code become ASCII.
	got := Validate(carriers.Address{Street1: "　세종대로\u3000\u3000110 ", City: "서울특별시  중구",
		PostalCode: "０４５２４", Country: "kor"}).Address
	if got.Street1 != "세종대로 110" || got.City != "서울특별시 중구" || got.PostalCode != "04524" {
		t.Errorf("normalised = %q / %q / %q", got.Street1, got.City, got.PostalCode)
	}
}

func TestOldKoreanPostalCodeIsExplained(t *testing.T) {
	is := Validate(carriers.Address{Street1: "세종대로 110", City: "서울특별시 중구", PostalCode: "100-744", Country: "KOR"}).Issues
	if len(is) != 1 || !strings.Contains(is[0].Message, "5 digits since August 2015") {
		t.Errorf("issues = %+v, want the 2015 change explained", is)
	}
}
