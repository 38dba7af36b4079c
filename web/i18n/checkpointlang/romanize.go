package checkpointlang

import (
	"strings"
	"unicode/utf8"
)

// Revised Romanization of Korean, syllable by syllable: the jamo of a Hangul
// syllable follow from its code point (initial*588 + medial*28 + final).
var (
	initials = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	medials  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	finals   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// surnames are the spellings Koreans use for the common family names, which
// differ from their strict romanization ("이" is Lee, not I).
var surnames = map[string]string{
	"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
	"윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
	"권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "홍": "Hong", "전": "Jeon",
	"고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo",
	"노": "Noh", "남": "Nam", "심": "Shim", "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha",
	"주": "Joo", "우": "Woo", "구": "Koo", "유": "Yoo", "나": "Na", "진": "Jin", "민": "Min",
}

func romanizeSyllable(r rune) string {
	if r < 0xAC00 || r > 0xD7A3 {
		return string(r)
	}
	i := int(r - 0xAC00)
	return initials[i/588] + medials[i%588/28] + finals[i%28]
}

// personName writes a Korean personal name ("홍길동", a masked "이**") in Latin
// letters: family name first, given name as one word ("Hong Gildong").
func personName(name string) string {
	first, size := utf8.DecodeRuneInString(name)
	family, ok := surnames[string(first)]
	if !ok {
		family = capitalize(romanizeSyllable(first))
	}
	var given strings.Builder
	for _, r := range name[size:] {
		given.WriteString(romanizeSyllable(r))
	}
	if given.Len() == 0 {
		return family
	}
	if strings.Trim(given.String(), "*") == "" {
		return family + given.String() // a masked name keeps its stars: "Lee**"
	}
	return family + " " + capitalize(given.String())
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
