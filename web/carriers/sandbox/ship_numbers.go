package sandbox

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// Tracking numbers. Each format keeps a unique part drawn from the label's serial and
// one or two adjustable characters; the first adjustment that makes a valid number the
// tracker plays as delivered wins (numbers ending in 0 or 3 where the last digit picks the
// story, a hash otherwise).

func plays(num string) bool {
	switch pick(normalizeNumber(num)).Name {
	case "delivered", "delivered_signed":
		return true
	}
	return false
}

func firstPlaying(limit int, build func(adj int) (string, bool)) (string, bool) {
	for adj := range limit {
		if n, ok := build(adj); ok && plays(n) {
			return n, true
		}
	}
	return "", false
}

func withCheck(data string, check int) string { return data + strconv.Itoa(check) }

// impb is a 22-digit USPS Intelligent Mail package barcode: 94, service type code, mailer
// id, serial, GS1 check digit.
func impb(serial uint64, stc, mid string) (string, bool) {
	head := "94" + stc + mid + digits(serial, 20-len(stc)-len(mid)-2)
	return firstPlaying(10, func(adj int) (string, bool) {
		data := head + strconv.Itoa(adj)
		return withCheck(data, gs1Check(data)), true
	})
}

// ups1Z is 1Z + shipper number + service code + package number + check digit.
func ups1Z(serial uint64, shipper, code string) (string, bool) {
	head := shipper + code + digits(serial, 6)
	return firstPlaying(10, func(adj int) (string, bool) {
		data := head + strconv.Itoa(adj)
		return "1Z" + withCheck(data, upsCheck(data)), true
	})
}

// fedex12 is a 12-digit FedEx number. Numbers whose digits also pass CJ Logistics' mod 7
// are skipped so detection names FedEx alone.
func fedex12(serial uint64) (string, bool) {
	head := "7" + digits(serial, 8)
	return firstPlaying(100, func(adj int) (string, bool) {
		data := head + digits(uint64(adj), 2)
		c := fedexCheck(data)
		return withCheck(data, c), mod7Check(data) != c
	})
}

// cj12 is a 12-digit CJ Logistics waybill, skipping those FedEx's mod 11 would also accept.
func cj12(serial uint64) (string, bool) {
	head := "6" + digits(serial, 8)
	return firstPlaying(100, func(adj int) (string, bool) {
		data := head + digits(uint64(adj), 2)
		c := mod7Check(data)
		return withCheck(data, c), fedexCheck(data) != c
	})
}

// dhl10 is a 10-digit DHL Express waybill.
func dhl10(serial uint64) (string, bool) {
	head := leadDigits(serial, 8)
	return firstPlaying(10, func(adj int) (string, bool) {
		data := head + strconv.Itoa(adj)
		return withCheck(data, mod7Check(data)), true
	})
}

// canadaPost16 is a 16-digit Canada Post PIN.
func canadaPost16(serial uint64) (string, bool) {
	head := "7" + digits(serial, 13)
	return firstPlaying(10, func(adj int) (string, bool) {
		data := head + strconv.Itoa(adj)
		return withCheck(data, gs1Check(data)), true
	})
}

// ontrac15 is D + 14 digits, the last a UPS-style check digit over the letter and the rest.
func ontrac15(serial uint64) (string, bool) {
	head := "D" + digits(serial, 11)
	return firstPlaying(100, func(adj int) (string, bool) {
		data := head + digits(uint64(adj), 2)
		return withCheck(data, upsCheck(data)), true
	})
}

// s10 is a UPU S10 identifier: service indicator, 8-digit serial, check digit, country.
// The second letter and the serial's last digit are the adjustment; the scenario of a
// number ending in letters comes from its hash.
func s10(serial uint64, indicator byte, country string) (string, bool) {
	head := digits(serial, 7)
	return firstPlaying(260, func(adj int) (string, bool) {
		num := head + strconv.Itoa(adj%10)
		return string([]byte{indicator, byte('A' + adj/10)}) + withCheck(num, s10Check(num)) + country, true
	})
}

// tail appends one adjustable character to a fixed part, starting the search from a point
// of the serial so the last characters vary between labels.
func tail(head string, serial uint64, alphabet string) (string, bool) {
	n := len(alphabet)
	return firstPlaying(n, func(adj int) (string, bool) {
		return head + string(alphabet[(adj+int(serial%uint64(n)))%n]), true
	})
}

// Korea Post's domestic registered parcels are 13 digits starting with 6, DHL eCommerce
// numbers GM + digits, Sendle references S + letters and digits.
func kpost13(serial uint64) (string, bool) { return tail("6"+digits(serial, 11), serial, "0123456789") }
func dhlGM(serial uint64) (string, bool)   { return tail("GM"+digits(serial, 15), serial, "0123456789") }
func sendleRef(serial uint64) (string, bool) {
	return tail("S"+consonantsOf(serial, 5), serial, consonants)
}

var sixAlnum = regexp.MustCompile(`^[0-9A-Z]{6}$`)

// upsShipper is the account's shipper number when it has one, else one derived from
// the account id.
func upsShipper(acct carriers.Account) string {
	if n := strings.ToUpper(strings.TrimSpace(acct.Credentials["account_number"])); sixAlnum.MatchString(n) {
		return n
	}
	return derivedShipper(acct)
}

func derivedShipper(acct carriers.Account) string { return consonantsOf(hashOf("ups", acct.ID), 6) }

// uspsMID is the account's 9-digit mailer id, or one derived from the account id.
func uspsMID(acct carriers.Account) string {
	if m := strings.TrimSpace(acct.Credentials["mid"]); len(m) == 9 && strings.Trim(m, "0123456789") == "" {
		return m
	}
	return "9" + digits(hashOf("mid", acct.ID), 8)
}
