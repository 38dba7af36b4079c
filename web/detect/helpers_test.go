package detect

import (
	"strconv"
	"strings"
	"testing"
)

// Reference check-digit implementations for the tests. They are written
// differently from checkdigits.go on purpose (left-to-right loops, lookup
// strings, strconv) so a shared mistake is unlikely; public sample numbers in
// checkdigits_test.go pin both to the carriers' real rules.

// refGS1 computes a GS1 mod 10 check digit for a digit string.
func refGS1(data string) int {
	sum := 0
	for i := 0; i < len(data); i++ {
		w := 1
		if (len(data)-i)%2 == 1 { // odd distance from the check digit
			w = 3
		}
		sum += int(data[i]-'0') * w
	}
	return (10 - sum%10) % 10
}

// refUPS computes the UPS/OnTrac mod 10 with the published letter table.
func refUPS(data string) int {
	const letters = "23456789012345678901234567" // A..Z
	sum := 0
	for i := 0; i < len(data); i++ {
		v := strings.IndexByte("0123456789", data[i])
		if v < 0 {
			v = int(letters[data[i]-'A'] - '0')
		}
		sum += v * (1 + i%2)
	}
	return (10 - sum%10) % 10
}

// refFedEx11 computes the FedEx Express mod 11 (weights 1,3,7 from the right).
func refFedEx11(data string) int {
	w := [3]int{1, 3, 7}
	sum := 0
	for i := 0; i < len(data); i++ {
		sum += int(data[i]-'0') * w[(len(data)-1-i)%3]
	}
	return sum % 11 % 10
}

// refS10 computes the UPU S10 check digit over 8 serial digits.
func refS10(serial string) int {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := range w {
		sum += int(serial[i]-'0') * w[i]
	}
	c := 11 - sum%11
	if c == 10 {
		return 0
	}
	if c == 11 {
		return 5
	}
	return c
}

// refMod7 reads the data as a number and takes it mod 7.
func refMod7(data string) int {
	v, err := strconv.ParseUint(data, 10, 64)
	if err != nil {
		panic(err)
	}
	return int(v % 7)
}

// withCheck appends the check digit rule(data) to data.
func withCheck(data string, rule func(string) int) string {
	return data + strconv.Itoa(rule(data))
}

// mutateCheck replaces the last digit with a different one, which breaks
// any single-digit check.
func mutateCheck(s string) string {
	d := s[len(s)-1] - '0'
	return s[:len(s)-1] + strconv.Itoa(int(d+1)%10)
}

// detectCase is one table row: match says whether Detect must report the
// format (with that slug) for the number under the hints.
type detectCase struct {
	name   string
	number string
	hints  Hints
	format string
	slug   string
	match  bool
}

func runCases(t *testing.T, cases []detectCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Detect(tc.number, tc.hints)
			found := findFormat(got, tc.format)
			if !tc.match {
				if found != nil {
					t.Fatalf("Detect(%q) reported %s: %+v", tc.number, tc.format, got)
				}
				return
			}
			if found == nil {
				t.Fatalf("Detect(%q) missing %s: %+v", tc.number, tc.format, got)
			}
			if found.Slug != tc.slug {
				t.Errorf("Detect(%q) %s slug = %q, want %q", tc.number, tc.format, found.Slug, tc.slug)
			}
			if want := specByName(tc.format).CheckDigit; found.CheckDigit != want {
				t.Errorf("Detect(%q) %s CheckDigit = %v, want %v", tc.number, tc.format, found.CheckDigit, want)
			}
		})
	}
}

func findFormat(cands []Candidate, format string) *Candidate {
	for i := range cands {
		if cands[i].Format == format {
			return &cands[i]
		}
	}
	return nil
}

func specByName(name string) *spec {
	for _, s := range allSpecs {
		if s.Name == name {
			return s
		}
	}
	panic("unknown format " + name)
}

// slugsOf lists candidate slugs in order, for ranking assertions.
func slugsOf(cands []Candidate) []string {
	out := make([]string, len(cands))
	for i, c := range cands {
		out[i] = c.Slug
	}
	return out
}

// refLuhn computes the Luhn check digit, doubling from the right.
func refLuhn(data string) int {
	sum := 0
	for i := 0; i < len(data); i++ {
		v := int(data[len(data)-1-i] - '0')
		if i%2 == 0 {
			v = v * 2
			v = v/10 + v%10
		}
		sum += v
	}
	return (10 - sum%10) % 10
}

// refMod3736 computes the ISO 7064 MOD 37,36 check character as DPD's label
// specification writes it out, and returns it as a character.
func refMod3736(data string) byte {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	cd := 36
	for i := 0; i < len(data); i++ {
		cd += strings.IndexByte(alphabet, data[i])
		if cd > 36 {
			cd -= 36
		}
		cd *= 2
		if cd > 36 {
			cd -= 37
		}
	}
	cd = 37 - cd
	if cd == 36 {
		cd = 0
	}
	return alphabet[cd]
}

// withCheckChar appends the MOD 37,36 check character to data.
func withCheckChar(data string) string { return data + string(refMod3736(data)) }

// mutateCheckChar replaces the last character with another valid one.
func mutateCheckChar(s string) string {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	i := strings.IndexByte(alphabet, s[len(s)-1])
	return s[:len(s)-1] + string(alphabet[(i+1)%len(alphabet)])
}
