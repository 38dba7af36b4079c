package pdfjoin

import (
	"bytes"
	"regexp"
)

// valueLength is the length of the PDF value at the start of b: a dictionary up to
// its matching ">>", or anything else up to "endobj" or "stream".
func valueLength(b []byte) int {
	i := 0
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if bytes.HasPrefix(b[i:], []byte("<<")) {
		return i + dictLength(b[i:])
	}
	end := len(b)
	for _, kw := range []string{"endobj", "stream"} {
		if k := bytes.Index(b, []byte(kw)); k >= 0 && k < end {
			end = k
		}
	}
	return end
}

// dictLength scans a dictionary starting at b[0:2] == "<<", skipping strings, and
// returns the offset just past its closing ">>".
func dictLength(b []byte) int {
	depth := 0
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '(':
			i = skipLiteral(b, i)
		case b[i] == '<' && i+1 < len(b) && b[i+1] == '<':
			depth++
			i++
		case b[i] == '>' && i+1 < len(b) && b[i+1] == '>':
			depth--
			i++
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(b)
}

// skipLiteral returns the index of the ")" closing the literal string at b[i].
func skipLiteral(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(b)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0
}

var refRe = regexp.MustCompile(`(\d+)\s+(\d+)\s+R\b`)

// renumberRefs rewrites every "N G R" reference in a value with its new number.
func renumberRefs(head []byte, renumber func(int) int) []byte {
	return refRe.ReplaceAllFunc(head, func(ref []byte) []byte {
		m := refRe.FindSubmatch(ref)
		return []byte(itoa(renumber(atoi(m[1]))) + " 0 R")
	})
}

// keyValue finds a key's value in a dictionary: a dictionary, a reference, an
// array, a name or a number; nil when the key is absent.
func keyValue(head []byte, key string) []byte {
	m := regexp.MustCompile(`/` + key + `(\s|<<|\[|/|$)`).FindIndex(head)
	if m == nil {
		return nil
	}
	rest := head[m[0]+1+len(key):]
	rest = bytes.TrimLeft(rest, " \t\r\n")
	if bytes.HasPrefix(rest, []byte("<<")) {
		return rest[:dictLength(rest)]
	}
	v := valueRe.Find(rest)
	if v == nil {
		return nil
	}
	return v
}

var valueRe = regexp.MustCompile(`^(\d+\s+\d+\s+R|\[[^\]]*\]|/[A-Za-z0-9]+|-?\d+(\.\d+)?)`)

// refs lists the object numbers referred to in a value.
func refs(v []byte) []int {
	var out []int
	for _, m := range refRe.FindAllSubmatch(v, -1) {
		out = append(out, atoi(m[1]))
	}
	return out
}
