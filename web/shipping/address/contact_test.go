package address

import "testing"

func TestPhoneFormat(t *testing.T) {
	tests := []struct {
		phone string
		ok    bool
	}{
		{"123456789", true},
		{"1-123-456-5496", true},
		{"+82 10-1234-5678", true},
		{"(212) 555-0100 ext. 42", true},
		{"+44 20 7946 0958 x7", true},
		{"０３－１２３４－５６７８", true}, // full-width, as Japanese input methods type it
		{"03.1234.5678", true},
		{"12345", false},
		{"+1 234 567 890 123 456", false}, // 16 digits: longer than E.164 allows
		{"call me", false},
		{"555-CALL-NOW", false},
		{"1+2345678", false},
	}
	for _, tt := range tests {
		a := addr("USA", "NY", "10001")
		a.Phone = tt.phone
		got := Validate(a)
		if ok := got.Status == StatusValid; ok != tt.ok {
			t.Errorf("phone %q valid = %v, want %v (%+v)", tt.phone, ok, tt.ok, got.Issues)
		}
		if !tt.ok && issueList(got.Issues) != "phone:invalid" {
			t.Errorf("phone %q issues = [%s]", tt.phone, issueList(got.Issues))
		}
	}
}

func TestEmailFormat(t *testing.T) {
	tests := []struct {
		email string
		ok    bool
	}{
		{"support@aftership.com", true},
		{"jane.doe+orders@mail.example.co.uk", true},
		{"홍길동@example.kr", true},
		{"jane@localhost", false},
		{"Jane <jane@example.com>", false},
		{"jane@", false},
		{"@example.com", false},
		{"jane.example.com", false},
		{"jane doe@example.com", false},
	}
	for _, tt := range tests {
		a := addr("KOR", "", "04524")
		a.Email = tt.email
		got := Validate(a)
		if ok := got.Status == StatusValid; ok != tt.ok {
			t.Errorf("email %q valid = %v, want %v (%+v)", tt.email, ok, tt.ok, got.Issues)
		}
		if !tt.ok && issueList(got.Issues) != "email:invalid" {
			t.Errorf("email %q issues = [%s]", tt.email, issueList(got.Issues))
		}
	}
}
