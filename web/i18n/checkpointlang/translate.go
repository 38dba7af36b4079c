package checkpointlang

import (
	"strings"
	"unicode"
)

// Checkpoint is the text of one carrier event. Only texts are here: translation
// never touches a checkpoint's status, subtag or time.
type Checkpoint struct {
	Message, Location, City, State, CountryName string
	// Subtag is the checkpoint's normalized status, whose wording stands in for a
	// message the catalogue does not know.
	Subtag string
}

// Translate returns c with its texts in language to; the zero Lang returns c.
func Translate(c Checkpoint, to Lang) Checkpoint {
	if to == "" {
		return c
	}
	c.Message = Message(c.Message, c.Subtag, to)
	c.Location = Place(c.Location, to)
	c.City = Place(c.City, to)
	c.State = Place(c.State, to)
	c.CountryName = country(c.CountryName, to)
	return c
}

// Message translates a checkpoint message. A message already in the target
// language stays as it is; a known one is translated by the catalogue, whole or
// as a head with parenthesized details ("배송출발 (집배원:…)"), or word by word
// when every word is known; anything else reads as the status of subtag.
func Message(msg, subtag string, to Lang) string {
	if to == "" || writtenIn(msg, to) {
		return msg
	}
	if s, ok := lookup(msg, to); ok {
		return s
	}
	if s, ok := withDetails(msg, to); ok {
		return s
	}
	if s, ok := wordByWord(msg, to); ok {
		return s
	}
	if s := StatusText(subtag, to); s != "" {
		return s
	}
	return msg
}

// writtenIn tells whether a text needs no translation into to: Hangul marks
// Korean, anything else with letters reads as English, and a text without
// letters (a code, a number) is left alone in both.
func writtenIn(s string, to Lang) bool {
	hangul, letters := false, false
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			hangul = true
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	if !letters {
		return true
	}
	return hangul == (to == Korean)
}

// withDetails translates "head (detail) (detail)". The head must be known; a
// detail the catalogue does not know (a name, a flat number) is kept as written.
func withDetails(msg string, to Lang) (string, bool) {
	head, details := splitDetails(msg)
	if len(details) == 0 {
		return "", false
	}
	var parts []string
	if strings.TrimSpace(head) != "" {
		h, ok := translatePart(head, to)
		if !ok {
			return "", false
		}
		parts = append(parts, h)
	}
	for _, d := range details {
		parts = append(parts, "("+detail(d, to)+")")
	}
	return strings.Join(parts, " "), true
}

// splitDetails cuts the trailing parenthesized groups off a message, respecting
// nested parentheses ("(인수자:이웃(302호))").
func splitDetails(msg string) (head string, details []string) {
	s := strings.TrimSpace(msg)
	for strings.HasSuffix(s, ")") {
		depth, open := 0, -1
		for i := len(s) - 1; i >= 0 && open < 0; i-- {
			switch s[i] {
			case ')':
				depth++
			case '(':
				depth--
				if depth == 0 {
					open = i
				}
			}
		}
		if open < 0 {
			break
		}
		details = append([]string{s[open+1 : len(s)-1]}, details...)
		s = strings.TrimSpace(s[:open])
	}
	return s, details
}

func translatePart(s string, to Lang) (string, bool) {
	if writtenIn(s, to) {
		return s, true
	}
	if t, ok := lookup(s, to); ok {
		return t, true
	}
	return wordByWord(s, to)
}

// detail translates one parenthesized detail: a labelled value ("배송담당:홍길동
// 010-1234-5678"), a delivery window, or a known phrase; else it stays.
func detail(d string, to Lang) string {
	d = strings.TrimSpace(d)
	if label, value, ok := strings.Cut(d, ":"); ok {
		if l, known := labelIn(strings.TrimSpace(label), to); known {
			return l + ": " + words(strings.TrimSpace(value), to)
		}
	}
	if w := window(d, to); w != d {
		return w
	}
	if t, ok := translatePart(d, to); ok {
		return t
	}
	return d
}

// wordByWord translates a text of space-separated status words ("배달준비 재배달")
// when the catalogue knows every one of them.
func wordByWord(s string, to Lang) (string, bool) {
	fields := strings.Fields(s)
	if len(fields) < 2 {
		return "", false
	}
	for i, f := range fields {
		t, ok := lookup(f, to)
		if !ok {
			return "", false
		}
		if i > 0 && to == English {
			t = lowerFirst(t)
		}
		fields[i] = t
	}
	sep := ", "
	if to == Korean {
		sep = " "
	}
	return strings.Join(fields, sep), true
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}
