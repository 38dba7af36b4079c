package checkpointlang

import (
	"regexp"
	"slices"
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
				fields[i] += " (" + words(strings.TrimSuffix(rest, ")"), to) + ")"
			}
			continue
		}
		fields[i] = person(f, to)
	}
	return strings.Join(fields, " ")
}

var (
	koreanName = regexp.MustCompile(`^\p{Hangul}[\p{Hangul}*]{1,3}$`)
	flatNumber = regexp.MustCompile(`^(\d+)호$`)
)

// person writes a name or a flat number of a recipient or driver in English
// letters ("홍길동" -> "Hong Gildong", "302호" -> "No. 302"); other words stay.
func person(w string, to Lang) string {
	if to != English {
		return w
	}
	if m := flatNumber.FindStringSubmatch(w); m != nil {
		return "No. " + m[1]
	}
	if koreanName.MatchString(w) {
		return personName(w)
	}
	return w
}

var koreaNames = []string{"대한민국", "한국", "대한민국(KOR)"}

// country writes the Korean name of South Korea, which Korea Post sends, in
// English; other names, and all names for Korean readers, stay like places do.
func country(name string, to Lang) string {
	if to == English && slices.Contains(koreaNames, strings.TrimSpace(name)) {
		return "South Korea"
	}
	return name
}
