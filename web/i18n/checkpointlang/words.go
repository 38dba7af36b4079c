package checkpointlang

import (
	"fmt"
	"regexp"
	"strings"
)

// pair is one word or label in English and Korean.
type pair struct{ en, ko string }

// labels name the person in a detail ("(배송담당:홍길동 010-…)", "(수령인:본인)").
var labels = []pair{
	{"Driver", "배송담당"}, {"Driver", "담당사원"}, {"Driver", "배송기사"}, {"Driver", "기사"},
	{"Mail carrier", "집배원"}, {"Received by", "수령인"}, {"Received by", "인수자"},
}

// recipients are who or what took a parcel, as carriers write it.
var recipients = []pair{
	{"Addressee", "본인"}, {"Family member", "가족"}, {"Housemate", "동거인"},
	{"Security office", "경비실"}, {"Management office", "관리실"}, {"Neighbor", "이웃"},
	{"Front desk", "안내데스크"}, {"Company front desk", "회사 안내데스크"}, {"Front door", "문앞"},
	{"Parcel locker", "무인택배함"}, {"Parcel locker", "택배함"}, {"Signed", "서명"},
}

func find(ps []pair, s string, to Lang) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range ps {
		if strings.EqualFold(s, p.en) || s == p.ko {
			if to == Korean {
				return p.ko, true
			}
			return p.en, true
		}
	}
	return "", false
}

func labelIn(label string, to Lang) (string, bool) { return find(labels, label, to) }

// words translates a recipient or similar short value: whole, else word by word
// ("이웃(302호)" -> "Neighbor(302호)"); names and numbers stay as written.
func words(v string, to Lang) string {
	if writtenIn(v, to) {
		return v
	}
	if t, ok := find(recipients, v, to); ok {
		return t
	}
	fields := strings.Fields(v)
	for i, f := range fields {
		head, rest, _ := strings.Cut(f, "(")
		if t, ok := find(recipients, head, to); ok {
			fields[i] = t
			if rest != "" {
				fields[i] += "(" + rest
			}
		}
	}
	return strings.Join(fields, " ")
}

var koreanWindow = regexp.MustCompile(`^(\d{1,2})\s*[~∼-]\s*(\d{1,2})\s*시$`)

// window writes a Korean delivery window ("17~19시") as English hours; other
// windows stay as written.
func window(v string, to Lang) string {
	m := koreanWindow.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil || to != English {
		return v
	}
	return fmt.Sprintf("%02s:00–%02s:00", m[1], m[2])
}

var koreaNames = []string{"대한민국", "한국", "South Korea", "Korea, Republic of", "Republic of Korea", "Korea"}

// country translates the name of South Korea, the one country whose name
// carriers write in both languages; other names stay.
func country(name string, to Lang) string {
	for _, k := range koreaNames {
		if strings.EqualFold(strings.TrimSpace(name), k) {
			if to == Korean {
				return "대한민국"
			}
			return "South Korea"
		}
	}
	return name
}
