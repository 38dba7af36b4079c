package checkpointlang

import (
	"regexp"
	"strings"
	"unicode"
)

// side is one language's pattern of a phrase.
type side struct {
	re    *regexp.Regexp // only for a text with placeholders
	names []string       // placeholder names in the order of the pattern's groups
	text  string         // the pattern as written, rendered with the captured values
}

type entry struct{ en, ko side }

// catalogue holds the phrases in order; a text is looked up by its key first
// (most phrases have no placeholder), then against the patterns with one.
type catalogue struct {
	exact    map[Lang]map[string]*entry
	patterns []entry
}

var (
	placeholder = regexp.MustCompile(`\{[a-z]+\}`)
	phrases     = compile(append(append([]phrase(nil), koreanPhrases...), englishPhrases...))
)

func compile(ps []phrase) *catalogue {
	c := &catalogue{exact: map[Lang]map[string]*entry{English: {}, Korean: {}}}
	for _, p := range ps {
		e := &entry{en: compileSide(p.en, englishLiteral), ko: compileSide(p.ko, koreanLiteral)}
		if len(e.en.names) > 0 || len(e.ko.names) > 0 {
			c.patterns = append(c.patterns, *e)
			continue
		}
		for _, l := range []Lang{English, Korean} {
			if _, taken := c.exact[l][key(e.side(l).text, l)]; !taken {
				c.exact[l][key(e.side(l).text, l)] = e
			}
		}
	}
	return c
}

// key is how a text without placeholders is looked up: English ignores case,
// punctuation and runs of spaces ("Delivered,  In / At Mailbox"), Korean ignores
// spaces altogether.
func key(text string, l Lang) string {
	text = trimEnd(text)
	if l == Korean {
		return strings.Join(strings.Fields(text), "")
	}
	return strings.ToLower(strings.Join(strings.FieldsFunc(text, notWordRune), " "))
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// compileSide turns "Picked up by {carrier} at {place}" into an anchored regexp
// with one lazy group per placeholder.
func compileSide(text string, literal func(string) string) side {
	text = trimEnd(text)
	var b strings.Builder
	var names []string
	last := 0
	for _, loc := range placeholder.FindAllStringIndex(text, -1) {
		b.WriteString(literal(text[last:loc[0]]))
		b.WriteString(`(.+?)`)
		names = append(names, text[loc[0]+1:loc[1]-1])
		last = loc[1]
	}
	b.WriteString(literal(text[last:]))
	if len(names) == 0 {
		return side{text: text} // looked up by key, never matched
	}
	return side{re: regexp.MustCompile(`(?i)^` + b.String() + `$`), names: names, text: text}
}

// englishLiteral matches words in any case, with any run of spaces between them
// and around punctuation ("door / porch"). A space between a word and a
// placeholder is required, so "Departed {place}" never splits "Departed" itself.
func englishLiteral(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			j := i
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			if wordEdge(rs, i-1) && wordEdge(rs, j) {
				b.WriteString(`\s+`)
			} else {
				b.WriteString(`\s*`)
			}
			i = j - 1
		case notWordRune(r):
			b.WriteString(`\s*` + regexp.QuoteMeta(string(r)) + `\s*`)
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// wordEdge tells whether position i of a literal is a letter or digit, or lies
// beyond the literal, where a placeholder's text begins or ends.
func wordEdge(rs []rune, i int) bool {
	return i < 0 || i >= len(rs) || !notWordRune(rs[i])
}

// koreanLiteral ignores spacing, which Korean carriers vary ("이동중", "이동 중").
func koreanLiteral(s string) string {
	var b strings.Builder
	b.WriteString(`\s*`)
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
		b.WriteString(`\s*`)
	}
	return b.String()
}

// trimEnd drops spaces and a final period, which carriers add or leave out at will.
func trimEnd(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ". ")
}

func (e *entry) side(l Lang) *side {
	if l == Korean {
		return &e.ko
	}
	return &e.en
}

// lookup renders text in language to when the catalogue knows it: first as a text
// of the other language, then as a text of the target language whose carried
// parts ({place}, {who}) are in the other one ("Arrived at 옥천HUB").
func lookup(text string, to Lang) (string, bool) {
	text = trimEnd(text)
	if text == "" {
		return "", false
	}
	for _, pass := range []Lang{other(to), to} {
		if e, ok := phrases.exact[pass][key(text, pass)]; ok {
			return e.side(to).text, true
		}
		for i := range phrases.patterns {
			e := &phrases.patterns[i]
			if m := e.side(pass).re.FindStringSubmatch(text); m != nil {
				return render(e.side(pass), e.side(to), m[1:], to), true
			}
		}
	}
	return "", false
}

func render(src, dst *side, values []string, to Lang) string {
	byName := make(map[string]string, len(values))
	for i, v := range values {
		byName[src.names[i]] = carry(src.names[i], strings.TrimSpace(v), to)
	}
	return placeholder.ReplaceAllStringFunc(dst.text, func(p string) string {
		return byName[p[1:len(p)-1]]
	})
}

// carry translates the part a placeholder captured, as far as its kind allows.
func carry(name, v string, to Lang) string {
	switch name {
	case "place":
		return Place(v, to)
	case "who":
		return words(v, to)
	case "window":
		return window(v, to)
	}
	return v
}

func other(l Lang) Lang {
	if l == Korean {
		return English
	}
	return Korean
}
