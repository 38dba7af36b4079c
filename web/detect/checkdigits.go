package detect

// Check-digit algorithms shared by the format families. Every function takes
// the data characters WITHOUT the check digit and returns the expected check
// digit (0..9), so callers compare it with the last character of the number.
// They work on normalized bytes and never allocate: Detect runs them for every
// candidate shape of every number it sees.

// digit converts an ASCII digit; callers have already checked allDigits.
func digit(c byte) int { return int(c - '0') }

// allDigits reports whether b is non-empty and holds only ASCII digits.
func allDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// allUpper reports whether b is non-empty and holds only ASCII A..Z.
func allUpper(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// allAlnum reports whether b holds only ASCII digits and A..Z.
func allAlnum(b []byte) bool {
	for _, c := range b {
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return len(b) > 0
}

// hasPrefix is bytes.HasPrefix against a string literal, without conversion.
func hasPrefix(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if b[i] != p[i] {
			return false
		}
	}
	return true
}

// checkMatches compares an expected check value with the number's last char.
func checkMatches(n []byte, want int) bool {
	last := n[len(n)-1]
	return last >= '0' && last <= '9' && digit(last) == want
}

// upsValue is the character value of the UPS 1Z check (also used by OnTrac):
// digits count as themselves and letters as (ASCII-63) mod 10, which gives the
// published table A=2, B=3 … H=9, I=0, J=1 … R=9, S=0 … Z=7.
func upsValue(c byte) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	return int(c-63) % 10
}

// upsMod10 is the UPS/OnTrac mod 10: from the LEFT, odd positions (1st, 3rd …)
// weigh 1 and even positions weigh 2 (plain products, no Luhn digit folding);
// the check digit tops the sum up to a multiple of 10.
func upsMod10(data []byte) int {
	sum := 0
	for i, c := range data {
		v := upsValue(c)
		if i%2 == 1 {
			v *= 2
		}
		sum += v
	}
	return (10 - sum%10) % 10
}

// gs1Mod10 is the GS1 (UCC/EAN, SSCC) mod 10 used by USPS IMpb, FedEx Ground
// and Canada Post: weights 3,1,3,1 … counted from the RIGHT of the data, so
// the digit next to the check digit weighs 3. prefix holds digits that are
// part of the checked data but not printed (implied application identifiers);
// it sits to the left of data. Weighting from the right means leading zeros
// never change the result, which is why SSCC "00" prefixes are harmless.
func gs1Mod10(prefix string, data []byte) int {
	sum, w := 0, 3
	for i := len(data) - 1; i >= 0; i-- {
		sum += digit(data[i]) * w
		w = 4 - w
	}
	for i := len(prefix) - 1; i >= 0; i-- {
		sum += digit(prefix[i]) * w
		w = 4 - w
	}
	return (10 - sum%10) % 10
}

// fedexMod11 is the FedEx Express rule: weights 1,3,7 repeating from the RIGHT
// of the data (the digit before the check weighs 1), check = sum mod 11 mod 10.
// Note the order: right-to-left it is 1,3,7 (left-to-right over 11 digits it
// reads 3,1,7,3,1,7 …); 1,7,3 does not validate FedEx's own sample numbers.
func fedexMod11(data []byte) int {
	weights := [3]int{1, 3, 7}
	sum := 0
	for i, k := len(data)-1, 0; i >= 0; i, k = i-1, k+1 {
		sum += digit(data[i]) * weights[k%3]
	}
	return sum % 11 % 10
}

// s10Check is the UPU S10 rule over the 8 serial digits: weights 8,6,4,2,3,5,
// 9,7; check = 11 - sum mod 11, where 10 becomes 0 and 11 becomes 5.
func s10Check(serial []byte) int {
	weights := [8]int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i, c := range serial {
		sum += digit(c) * weights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 0
	case 11:
		return 5
	default:
		return c
	}
}

// mod7 is the "data as a decimal number, mod 7" rule (DHL Express, CJ,
// Lotte, Logen). It is folded digit by digit so long inputs cannot overflow.
func mod7(data []byte) int {
	r := 0
	for _, c := range data {
		r = (r*10 + digit(c)) % 7
	}
	return r
}

// luhn is the ISO/IEC 7812 (Luhn) mod 10 used by Purolator and Old Dominion:
// from the RIGHT of the data, the digit next to the check digit is doubled,
// then every second digit; doubled values above 9 have 9 taken off.
func luhn(data []byte) int {
	sum, double := 0, true
	for i := len(data) - 1; i >= 0; i-- {
		v := digit(data[i])
		if double {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return (10 - sum%10) % 10
}

// alnumValue is the ISO 7064 character value: 0-9 as themselves, A=10 … Z=35.
func alnumValue(c byte) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	return int(c-'A') + 10
}

// mod3736 is ISO/IEC 7064 MOD 37,36 (hybrid system, M = 36), the check
// character of DPD parcel numbers. It returns the check value 0..35, which
// prints as 0-9 or A-Z; compare it with checkCharMatches.
func mod3736(data []byte) int {
	const m = 36
	p := m
	for _, c := range data {
		s := (p + alnumValue(c)) % m
		if s == 0 {
			s = m
		}
		p = s * 2 % (m + 1)
	}
	return (m + 1 - p) % m
}

// checkCharMatches compares a check value 0..35 with the number's last
// character, which may be a digit or a letter.
func checkCharMatches(n []byte, want int) bool {
	last := n[len(n)-1]
	if (last < '0' || last > '9') && (last < 'A' || last > 'Z') {
		return false
	}
	return alnumValue(last) == want
}
