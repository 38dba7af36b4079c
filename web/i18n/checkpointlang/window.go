package checkpointlang

import (
	"cmp"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Delivery windows: Korean carriers write hours ("17~19시"), the English-writing
// ones clock times ("between 2 PM and 6 PM", "by 9:00pm", "before 10:30 AM").
var (
	koreanWindow = regexp.MustCompile(`^(\d{1,2})\s*[~∼-]\s*(\d{1,2})\s*시$`)
	clockTime    = `(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?`
	englishRange = regexp.MustCompile(`(?i)^(?:between\s+)?` + clockTime + `\s*(?:and|to|-|–|~)\s*` + clockTime + `$`)
	englishBound = regexp.MustCompile(`(?i)^(by|before|until|till|after|from)\s+` + clockTime + `$`)
)

// boundWords say in Korean which side of a time the delivery falls.
var boundWords = map[string]string{
	"by": "%s까지", "until": "%s까지", "till": "%s까지", "before": "%s 전", "after": "%s 이후", "from": "%s부터",
}

// window writes a delivery window in language to: a Korean one in English hours,
// an English one in Korean ("오후 2시~오후 6시", "오후 9시까지"); a window it
// cannot read stays as written.
func window(v string, to Lang) string {
	t := strings.TrimSpace(v)
	if to == English {
		if m := koreanWindow.FindStringSubmatch(t); m != nil {
			return fmt.Sprintf("%02s:00–%02s:00", m[1], m[2])
		}
		return v
	}
	if m := englishRange.FindStringSubmatch(t); m != nil {
		from, ok1 := koreanClock(m[1], m[2], m[3], m[6])
		until, ok2 := koreanClock(m[4], m[5], m[6], m[3])
		if ok1 && ok2 {
			return from + "~" + until
		}
	}
	if m := englishBound.FindStringSubmatch(t); m != nil {
		if at, ok := koreanClock(m[2], m[3], m[4], ""); ok {
			return fmt.Sprintf(boundWords[strings.ToLower(m[1])], at)
		}
	}
	return v
}

// koreanClock writes a time as Koreans read it ("오전 10시 30분"). Without
// "am"/"pm" of its own a time takes its range partner's ("2-6 PM"), else it must
// be a 24-hour "14:00"; a bare number is no time.
func koreanClock(hour, minute, meridiem, partner string) (string, bool) {
	h, _ := strconv.Atoi(hour)
	m, _ := strconv.Atoi(minute)
	if m > 59 || h > 23 {
		return "", false
	}
	meridiem = strings.ToLower(cmp.Or(meridiem, partner))
	pm := meridiem == "p"
	switch {
	case meridiem != "":
		if h < 1 || h > 12 {
			return "", false
		}
	case minute == "":
		return "", false
	default:
		pm, h = h >= 12, h%12
		if h == 0 {
			h = 12
		}
	}
	s := fmt.Sprintf("오전 %d시", h)
	if pm {
		s = fmt.Sprintf("오후 %d시", h)
	}
	if m > 0 {
		s += fmt.Sprintf(" %d분", m)
	}
	return s, true
}
