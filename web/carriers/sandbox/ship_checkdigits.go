package sandbox

import (
	"fmt"
	"math/bits"
	"strconv"
)

// Check digits of the formats the sandbox issues, computed over the data characters
// (without the check digit). web/detect verifies the same rules from the other side;
// the tests hold the two together.

func digitAt(s string, i int) int { return int(s[i] - '0') }

// upsCheck is the UPS 1Z (and OnTrac) mod 10: letters count (ASCII-63) mod 10, weights
// 1 and 2 alternate from the left.
func upsCheck(data string) int {
	sum := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		v := int(c - '0')
		if c >= 'A' {
			v = int(c-63) % 10
		}
		sum += v * (1 + i%2)
	}
	return (10 - sum%10) % 10
}

// gs1Check is the GS1 mod 10 of USPS IMpb and Canada Post PINs: weights 3, 1 from the right.
func gs1Check(data string) int {
	sum := 0
	for i, w := len(data)-1, 3; i >= 0; i, w = i-1, 4-w {
		sum += digitAt(data, i) * w
	}
	return (10 - sum%10) % 10
}

// fedexCheck is the FedEx Express mod 11: weights 1, 3, 7 from the right.
func fedexCheck(data string) int {
	weights := [3]int{1, 3, 7}
	sum := 0
	for i, k := len(data)-1, 0; i >= 0; i, k = i-1, k+1 {
		sum += digitAt(data, i) * weights[k%3]
	}
	return sum % 11 % 10
}

// mod7Check is the data read as one decimal number, mod 7 (DHL Express, CJ Logistics).
func mod7Check(data string) int {
	r := 0
	for i := 0; i < len(data); i++ {
		r = (r*10 + digitAt(data, i)) % 7
	}
	return r
}

// s10Check is the UPU S10 check over 8 serial digits: weights 8,6,4,2,3,5,9,7 and
// 11 - sum mod 11, with 10 written 0 and 11 written 5.
func s10Check(serial string) int {
	weights := [8]int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i, w := range weights {
		sum += digitAt(serial, i) * w
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

// consonants spell no scenario keyword (each keyword has a vowel), so letters drawn from
// them never switch the tracker to another story.
const consonants = "0123456789BCDFGHJKLMNPQRSTVWXYZ"

// spreadMul (the 64-bit golden ratio, made coprime with 2, 3, 5 and 31) multiplies one to
// one modulo 10^n, 9·10^n and 31^n, and its residues modulo them look unrelated.
const spreadMul = 0x9e3779b97f4a7c19

// spread maps serials one to one onto [0, m) for any m consecutive serials, so
// consecutive labels do not get consecutive-looking numbers.
func spread(serial, m uint64) uint64 {
	hi, lo := bits.Mul64(serial%m, spreadMul)
	return bits.Rem64(hi, lo, m)
}

func pow(b uint64, n int) uint64 {
	p := uint64(1)
	for range n {
		p *= b
	}
	return p
}

// digits draws n decimal digits from a serial.
func digits(serial uint64, n int) string {
	return fmt.Sprintf("%0*d", n, spread(serial, pow(10, n)))
}

// leadDigits is digits without a leading zero, for numbers that start with their serial.
func leadDigits(serial uint64, n int) string {
	p := pow(10, n-1)
	return strconv.FormatUint(p+spread(serial, 9*p), 10)
}

// consonantsOf draws n characters of the consonants alphabet from a serial.
func consonantsOf(serial uint64, n int) string {
	v := spread(serial, pow(uint64(len(consonants)), n))
	out := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = consonants[v%uint64(len(consonants))]
		v /= uint64(len(consonants))
	}
	return string(out)
}
