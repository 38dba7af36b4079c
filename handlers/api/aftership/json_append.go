package aftership

import (
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// A page of trackings is hundreds of objects and thousands of fields; building
// DTO structs for it and handing them to encoding/json's reflection cost more than
// reading the page from the database. jsonObject writes an object straight into a
// byte slice instead, spelling every value exactly as encoding/json.Marshal does
// (HTML-safe strings, sorted map keys, the same float format), so both encoders
// produce the same bytes. Keys are constant field names that need no escaping.
type jsonObject struct {
	b     []byte
	empty bool
}

func openObject(b []byte) jsonObject { return jsonObject{b: append(b, '{'), empty: true} }

func (o *jsonObject) close() []byte { return append(o.b, '}') }

// key starts a member.
func (o *jsonObject) key(k string) {
	if !o.empty {
		o.b = append(o.b, ',')
	}
	o.empty = false
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

// strPtr writes null for nil.
func (o *jsonObject) strPtr(k string, v *string) {
	o.key(k)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = appendJSONString(o.b, *v)
}

// strOrNull writes null for "", as orNull does.
func (o *jsonObject) strOrNull(k, v string) {
	o.key(k)
	if v == "" {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = appendJSONString(o.b, v)
}

func (o *jsonObject) null(k string) {
	o.key(k)
	o.b = append(o.b, "null"...)
}

func (o *jsonObject) int(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *jsonObject) intPtr(k string, v *int) {
	if v == nil {
		o.null(k)
		return
	}
	o.int(k, *v)
}

func (o *jsonObject) bool(k string, v bool) {
	o.key(k)
	o.b = strconv.AppendBool(o.b, v)
}

func (o *jsonObject) floatPtr(k string, v *float64) {
	o.key(k)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = appendJSONFloat(o.b, *v)
}

// utc writes a UTC timestamp, as timestamp does.
func (o *jsonObject) utc(k string, t time.Time) {
	o.key(k)
	o.b = append(o.b, '"')
	o.b = appendTimestamp(o.b, t.UTC(), 0)
	o.b = append(o.b, '"')
}

// appendArray writes n items as a JSON array, item appending the i-th.
func appendArray(b []byte, n int, item func(b []byte, i int) []byte) []byte {
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = item(b, i)
	}
	return append(b, ']')
}

// strs writes a list of strings; nil is null, as encoding/json writes it.
func (o *jsonObject) strs(k string, vs []string) {
	o.key(k)
	if vs == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = appendArray(o.b, len(vs), func(b []byte, i int) []byte { return appendJSONString(b, vs[i]) })
}

// strMap writes a map with its keys sorted; nil is null.
func (o *jsonObject) strMap(k string, m map[string]string) {
	o.key(k)
	if m == nil {
		o.b = append(o.b, "null"...)
		return
	}
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	o.b = append(o.b, '{')
	for i, key := range keys {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendJSONString(o.b, key)
		o.b = append(o.b, ':')
		o.b = appendJSONString(o.b, m[key])
	}
	o.b = append(o.b, '}')
}

// appendJSONFloat spells f as encoding/json does: plain decimals, exponents only
// for very small or large magnitudes, "e-7" rather than "e-07".
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b
}

const hexDigits = "0123456789abcdef"

// plainASCII marks the ASCII bytes a JSON string holds as they are: not control
// characters, quotes, backslashes or the HTML-sensitive <, > and &.
var plainASCII = func() (set [utf8.RuneSelf]bool) {
	for c := byte(0x20); c < utf8.RuneSelf; c++ {
		set[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return set
}()

// appendJSONString quotes s as encoding/json does with HTML escaping on: <, > and &
// as \u003c..., U+2028 and U+2029 escaped, invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	return append(appendEscaped(append(b, '"'), s), '"')
}

// appendJSONParts quotes the text of parts joined.
func appendJSONParts(b []byte, parts ...string) []byte {
	b = append(b, '"')
	for _, p := range parts {
		b = appendEscaped(b, p)
	}
	return append(b, '"')
}

// appendEscaped writes s escaped as the inside of a JSON string.
func appendEscaped(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscapedByte(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}

func appendEscapedByte(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}

// appendTimestamp spells t, moved offset seconds east of UTC, in layoutTimestamp
// ("2018-07-23T01:21:39-05:00") without building a time.Location per event.
func appendTimestamp(b []byte, t time.Time, offset int) []byte {
	if y := t.Year(); y <= 0 || y >= 9999 {
		return t.In(time.FixedZone("", offset)).AppendFormat(b, layoutTimestamp)
	}
	b = appendWallClock(b, t, offset)
	// Whole minutes, truncated toward zero, as time.Format spells "-07:00".
	zone, sign := offset/60, byte('+')
	if zone < 0 {
		zone, sign = -zone, '-'
	}
	b = append(b, sign)
	b = appendDigits(b, zone/60, 2)
	b = append(b, ':')
	return appendDigits(b, zone%60, 2)
}

// appendWallClock spells t's wall time offset seconds east of UTC as layoutNaive.
func appendWallClock(b []byte, t time.Time, offset int) []byte {
	local := t.UTC().Add(time.Duration(offset) * time.Second)
	year, month, day := local.Date()
	if year < 0 || year > 9999 {
		return local.AppendFormat(b, layoutNaive)
	}
	hour, minute, sec := local.Clock()
	b = appendDigits(b, year, 4)
	b = append(b, '-')
	b = appendDigits(b, int(month), 2)
	b = append(b, '-')
	b = appendDigits(b, day, 2)
	b = append(b, 'T')
	b = appendDigits(b, hour, 2)
	b = append(b, ':')
	b = appendDigits(b, minute, 2)
	b = append(b, ':')
	return appendDigits(b, sec, 2)
}

// appendDigits writes a non-negative n zero-padded to width digits.
func appendDigits(b []byte, n, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return append(b, buf[i:]...)
}
