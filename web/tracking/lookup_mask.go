package tracking

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Carriers write the courier's name and mobile number into event texts
// ("배송담당:이래건 010-9473-1038"). Anyone holding a tracking link can read a public
// page, so those are masked before the page, the embed or the tracker.delivery
// API sees them: MaskPersonal is the one place that does it.

// textPhone finds phone numbers written in groups (010-9473-1038, (555) 123-4567,
// +82 10 1234 5678) and Korean mobiles written solid (01094731038). Separators are
// required otherwise, so tracking numbers and dates inside texts stay intact.
var textPhone = regexp.MustCompile(
	`(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)|\d{2,4})[ .-]\d{3,4}[ .-]\d{4}|01[016789]\d{7,8}`)

// textNameLabel precedes a person's name in carrier texts. Korean labels need their
// colon, since "수취인부재" (recipient absent) holds a label but no name.
var textNameLabel = regexp.MustCompile(
	`(?:배송담당|담당사원|배송기사|담당기사|배달기사|집배원|기사님?|인수자|수령인|수취인|받는분|담당)\s*[:：]\s*` +
		`|(?i:\b(?:driver|courier|signed (?:for )?by|received by|recipient|signer)\b[:\s]*)`)

// notNames are the usual "who received it" words that are not a person.
var notNames = map[string]bool{
	"본인": true, "가족": true, "경비실": true, "관리실": true, "문앞": true, "택배함": true,
	"무인택배함": true, "동거인": true, "front": true, "desk": true, "front desk": true,
}

// MaskPersonal hides phone numbers and people's names inside a carrier text.
// Most texts hold neither ("Arrived at sorting facility"); cheap checks for
// what a match needs keep the regexps for the texts that might.
func MaskPersonal(s string) string {
	if mayHoldPhone(s) {
		s = maskPhones(s)
	}
	if mayHoldName(s) {
		s = maskLabelledNames(s)
	}
	return s
}

// phoneDigits is the fewest digits textPhone matches: 2+3+4 in groups.
const phoneDigits = 9

func mayHoldPhone(s string) bool {
	n := 0
	for i := 0; i < len(s) && n < phoneDigits; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n >= phoneDigits
}

// nameLabelParts are pieces of text that every textNameLabel match contains:
// its Korean labels (which also need a colon) and its English ones, in any case.
var (
	koreanLabelParts  = []string{"담당", "기사", "집배원", "인수자", "수령인", "수취인", "받는분"}
	englishLabelParts = []string{"driver", "courier", "signe", "received by", "recipient"}
)

func mayHoldName(s string) bool {
	if strings.ContainsAny(s, ":：") && slices.ContainsFunc(koreanLabelParts, func(p string) bool { return strings.Contains(s, p) }) {
		return true
	}
	// The regexp folds case as Unicode does, where the long s (ſ) is an s: the
	// one letter outside ASCII that can spell these words.
	return strings.Contains(s, "ſ") || slices.ContainsFunc(englishLabelParts, func(p string) bool { return containsFold(s, p) })
}

// containsFold reports whether s contains the lower-case ASCII word in any case.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// MaskName hides a person's name kept in its own field (a signature name).
func MaskName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || notNames[strings.ToLower(s)] {
		return s
	}
	return maskWords(s)
}

func maskPhones(s string) string {
	locs := textPhone.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		// A digit right before or after means the match is part of a longer number.
		if digitAt(s, l[0]-1) || digitAt(s, l[1]) {
			continue
		}
		b.WriteString(s[last:l[0]])
		b.WriteString(maskDigits(s[l[0]:l[1]]))
		last = l[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

func digitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// maskDigits keeps the first three and the last four digits, which is how Korean
// receipts print a phone number (010-****-1038), and keeps the separators.
func maskDigits(p string) string {
	total := 0
	for i := 0; i < len(p); i++ {
		if digitAt(p, i) {
			total++
		}
	}
	out := []byte(p)
	n := 0
	for i := range out {
		if !digitAt(p, i) {
			continue
		}
		n++
		if n > 3 && n <= total-4 {
			out[i] = '*'
		}
	}
	return string(out)
}

func maskLabelledNames(s string) string {
	locs := textNameLabel.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		if l[1] < last {
			continue
		}
		end := nameEnd(s, l[1])
		b.WriteString(s[last:l[1]])
		b.WriteString(MaskName(s[l[1]:end]))
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// nameEnd finds where a name that starts at i stops: at punctuation other than a
// period, at a digit, at a word in lower case ("driver is on the way"), or after
// three words.
func nameEnd(s string, i int) int {
	words, inWord := 0, false
	for j, r := range s[i:] {
		switch {
		case unicode.IsLetter(r) || r == '.' || r == '\'':
			if !inWord {
				words++
				if words > 3 || unicode.IsLower(r) {
					return trimEnd(s, i, i+j)
				}
			}
			inWord = true
		case r == ' ':
			inWord = false
		default:
			return trimEnd(s, i, i+j)
		}
	}
	return trimEnd(s, i, len(s))
}

func trimEnd(s string, start, end int) int {
	for end > start && s[end-1] == ' ' {
		end--
	}
	return end
}

// maskWords keeps the first letter of every word (and a Korean name's last
// syllable), so a reader can still tell "이*건" from "김*준".
func maskWords(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		words[i] = maskWord(w)
	}
	return strings.Join(words, " ")
}

func maskWord(w string) string {
	n := utf8.RuneCountInString(w)
	if n <= 1 || strings.HasSuffix(w, ".") && n <= 2 {
		return w
	}
	rs := []rune(w)
	hangul := unicode.Is(unicode.Hangul, rs[0])
	for i := 1; i < len(rs); i++ {
		if hangul && i == len(rs)-1 && len(rs) > 2 {
			break
		}
		if unicode.IsLetter(rs[i]) {
			rs[i] = '*'
		}
	}
	return string(rs)
}
