package address

import (
	"net/mail"
	"regexp"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

var (
	// phoneChars are what people write phone numbers with, once any extension is cut off.
	phoneChars = regexp.MustCompile(`^\+?[0-9 ().\-/]+$`)
	phoneExt   = regexp.MustCompile(`\s*(?:x|ext\.?)\s*[0-9]{1,6}$`)
)

// checkPhone accepts any punctuation people use, counting digits only: E.164 allows at
// most 15, and fewer than 6 cannot reach anyone outside a switchboard.
func checkPhone(a carriers.Address, _ rule) *Issue {
	if a.Phone == "" {
		return nil
	}
	p := phoneExt.ReplaceAllString(strings.ToLower(a.Phone), "")
	if d := countDigits(p); phoneChars.MatchString(p) && d >= 6 && d <= 15 {
		return nil
	}
	return &Issue{Field: "phone", Code: CodeInvalid, Message: "Phone number " + quote(a.Phone) +
		" is not valid; expected 6 to 15 digits, optionally with a leading + and country code, like +1 212 555 0100."}
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// checkEmail wants a bare address with a dotted domain: net/mail alone would also take
// "Name <a@b>" and single-label domains, which no carrier can notify.
func checkEmail(a carriers.Address, _ rule) *Issue {
	if a.Email == "" {
		return nil
	}
	parsed, err := mail.ParseAddress(a.Email)
	if err == nil && parsed.Name == "" && parsed.Address == a.Email {
		domain := a.Email[strings.LastIndexByte(a.Email, '@')+1:]
		if strings.Contains(strings.Trim(domain, "."), ".") {
			return nil
		}
	}
	return &Issue{Field: "email", Code: CodeInvalid, Message: "Email address " + quote(a.Email) +
		" is not valid; expected an address like name@example.com."}
}
