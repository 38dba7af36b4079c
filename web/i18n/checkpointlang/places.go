package checkpointlang

import (
	"strings"
	"unicode"
)

// regions are the official names of Korea's provinces and metropolitan cities.
var regions = map[string]string{
	"서울특별시": "Seoul", "부산광역시": "Busan", "인천광역시": "Incheon", "대구광역시": "Daegu",
	"대전광역시": "Daejeon", "광주광역시": "Gwangju", "울산광역시": "Ulsan", "세종특별자치시": "Sejong",
	"경기도": "Gyeonggi-do", "강원도": "Gangwon-do", "강원특별자치도": "Gangwon-do",
	"충청북도": "Chungcheongbuk-do", "충청남도": "Chungcheongnam-do",
	"전라북도": "Jeollabuk-do", "전북특별자치도": "Jeollabuk-do", "전라남도": "Jeollanam-do",
	"경상북도": "Gyeongsangbuk-do", "경상남도": "Gyeongsangnam-do",
	"제주도": "Jeju-do", "제주특별자치도": "Jeju-do",
	"국제우편물류센터": "International Mail Logistics Center",
}

// names are the short place names Korean carriers build branch and hub names
// from ("부산사상", "충북보은", "곤지암Hub"): provinces, cities and the districts
// of the big cities.
var names = map[string]string{
	"서울": "Seoul", "부산": "Busan", "인천": "Incheon", "대구": "Daegu", "대전": "Daejeon",
	"광주": "Gwangju", "울산": "Ulsan", "세종": "Sejong", "경기": "Gyeonggi", "강원": "Gangwon",
	"충북": "Chungbuk", "충남": "Chungnam", "전북": "Jeonbuk", "전남": "Jeonnam",
	"경북": "Gyeongbuk", "경남": "Gyeongnam", "제주": "Jeju",
	"수원": "Suwon", "성남": "Seongnam", "고양": "Goyang", "용인": "Yongin", "부천": "Bucheon",
	"안산": "Ansan", "안양": "Anyang", "남양주": "Namyangju", "화성": "Hwaseong", "평택": "Pyeongtaek",
	"의정부": "Uijeongbu", "시흥": "Siheung", "파주": "Paju", "김포": "Gimpo", "광명": "Gwangmyeong",
	"군포": "Gunpo", "하남": "Hanam", "오산": "Osan", "이천": "Icheon", "양주": "Yangju", "구리": "Guri",
	"곤지암": "Gonjiam", "덕양": "Deogyang", "일산": "Ilsan", "분당": "Bundang", "삼송": "Samsong", "신삼송": "Sinsamsong", "중앙": "Jungang",
	"춘천": "Chuncheon", "원주": "Wonju", "강릉": "Gangneung", "속초": "Sokcho",
	"청주": "Cheongju", "충주": "Chungju", "옥천": "Okcheon", "보은": "Boeun", "진천": "Jincheon",
	"음성": "Eumseong", "천안": "Cheonan", "아산": "Asan", "논산": "Nonsan",
	"전주": "Jeonju", "익산": "Iksan", "군산": "Gunsan", "목포": "Mokpo", "여수": "Yeosu", "순천": "Suncheon",
	"포항": "Pohang", "경주": "Gyeongju", "구미": "Gumi", "안동": "Andong", "칠곡": "Chilgok",
	"창원": "Changwon", "김해": "Gimhae", "진주": "Jinju", "양산": "Yangsan", "거제": "Geoje",
	"서귀포": "Seogwipo", "용산": "Yongsan", "강남": "Gangnam", "강서": "Gangseo", "송파": "Songpa",
	"마포": "Mapo", "영등포": "Yeongdeungpo", "종로": "Jongno", "사상": "Sasang", "해운대": "Haeundae",
	"유성": "Yuseong", "달서": "Dalseo", "수성": "Suseong", "부평": "Bupyeong", "중부권": "Jungbu",
	"중구": "Jung-gu", "동구": "Dong-gu", "서구": "Seo-gu", "남구": "Nam-gu", "북구": "Buk-gu",
}

// facilities are the kinds of place carriers name after a town, longest first so
// that "우편집중국" wins over "집중국".
var facilities = []pair{
	{"Regional Mail Logistics Center", "광역우편물류센터"}, {"Mail Logistics Center", "우편물류센터"},
	{"Mail Center", "우편집중국"}, {"Logistics Center", "물류센터"}, {"Delivery Center", "집배센터"},
	{"Post Office", "우체국"}, {"Terminal", "터미널"}, {"Center", "센터"}, {"Hub", "허브"}, {"Hub", "HUB"},
	{"AMP", "AMP"}, {"Branch", "지점"}, {"Office", "영업소"}, {"Agency", "대리점"},
	{"Customs", "세관"}, {"Airport", "공항"},
}

// divisions are the administrative suffixes of a known name ("강남구", "보은군").
var divisions = []pair{{"-gu", "구"}, {"-gun", "군"}, {"", "시"}, {"-do", "도"}}

// Place translates a location name. Korean names of the known regions, cities,
// districts and carrier facilities get their romanized English names; for Korean
// readers an English name made only of facility words ("Regional Facility") is
// translated as words. Any other name stays as written.
func Place(s string, to Lang) string {
	if to == Korean {
		if t, ok := facilityWords(s); ok {
			return t
		}
		return s
	}
	if to != English || writtenIn(s, English) {
		return s
	}
	fields := strings.Fields(s)
	for i, f := range fields {
		t, ok := placeWord(f)
		if !ok {
			return s
		}
		fields[i] = t
	}
	return strings.Join(fields, " ")
}

func placeWord(w string) (string, bool) {
	if !strings.ContainsFunc(w, isHangul) {
		return w, true
	}
	if t, ok := regions[w]; ok {
		return t, true
	}
	for _, f := range facilities {
		if stem, ok := cutSuffixFold(w, f.ko); ok && stem != "" {
			if t, ok := placeWord(stem); ok {
				return t + " " + f.en, true
			}
		}
	}
	if stem := strings.TrimRightFunc(w, unicode.IsDigit); stem != w && stem != "" {
		if t, ok := placeWord(stem); ok {
			return t + " " + w[len(stem):], true // "용산1" is branch 1 of Yongsan
		}
	}
	return compound(w)
}

// compound reads a name made of known names ("경기고양", "광주서구"), each maybe
// with an administrative suffix.
func compound(w string) (string, bool) {
	if w == "" {
		return "", true
	}
	for end := len(w); end > 0; end-- {
		head, ok := nameOf(w[:end])
		if !ok {
			continue
		}
		if rest, ok := compound(w[end:]); ok {
			return strings.TrimSpace(head + " " + rest), true
		}
	}
	return "", false
}

func nameOf(w string) (string, bool) {
	if t, ok := names[w]; ok {
		return t, true
	}
	if t, ok := regions[w]; ok {
		return t, true
	}
	for _, d := range divisions {
		if stem, ok := strings.CutSuffix(w, d.ko); ok {
			if t, ok := names[stem]; ok {
				return t + d.en, true
			}
		}
	}
	return "", false
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func isHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }
