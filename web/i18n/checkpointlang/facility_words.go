package checkpointlang

import "strings"

// English-writing carriers often name no place, only the kind of building an
// event happened in ("Departed Facility", "Arrived at USPS Regional Facility").
// Such a name is made of words to translate, not a name to keep: it is a kind
// ("facility", "post office") after any describing words ("regional", "sort"),
// maybe led by a carrier's name. A real place ("NEW YORK NY DISTRIBUTION
// CENTER", "Chicago, IL") has a word of its own and stays as written.

// kind is a building; a generic one ("facility", "hub") says so little that,
// without a word for what it does, Korean calls it a "물류" (logistics) one.
type kind struct {
	ko      string
	generic bool
}

// trait describes a building; one that says what it does ("sort") makes a
// generic building specific.
type trait struct {
	ko   string
	does bool
}

var facilityKinds = map[string]kind{
	"facility": {"시설", true}, "center": {"센터", true}, "centre": {"센터", true}, "hub": {"허브", true},
	"depot": {"거점", true}, "station": {"거점", true}, "location": {"거점", true}, "warehouse": {"창고", false},
	"terminal": {"터미널", false}, "office": {"사무소", false}, "post office": {"우체국", false},
	"exchange": {"교환국", false}, "gateway": {"국제 물류 거점", false}, "customs": {"세관", false},
	"airport": {"공항", false},
}

var facilityTraits = map[string]trait{
	"regional": {"지역", false}, "origin": {"출발지", false}, "destination": {"도착지", false},
	"local": {"지역", false}, "international": {"국제", false}, "next": {"다음", false},
	"network": {"네트워크", false}, "area": {"지역", false}, "main": {"중앙", false},
	"sort": {"분류", true}, "sorting": {"분류", true}, "processing": {"처리", true},
	"distribution": {"물류", true}, "logistics": {"물류", true}, "delivery": {"배송", true},
	"mail": {"우편", true}, "parcel": {"소포", true}, "customs": {"세관", true},
}

// facilityCarriers lead a facility's name ("USPS Facility") and carry over as
// written.
var facilityCarriers = map[string]bool{"usps": true, "ups": true, "fedex": true, "dhl": true, "sendle": true}

// facilityWords translates a name made only of facility words into Korean.
func facilityWords(name string) (string, bool) {
	words := strings.FieldsFunc(trimEnd(name), notWordRune)
	var lead []string
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) > 1 && facilityCarriers[strings.ToLower(words[0])] {
		lead, words = []string{words[0]}, words[1:]
	}
	k, rest, ok := kindAtEnd(words)
	if !ok {
		return "", false
	}
	generic := k.generic
	for _, w := range rest {
		t, ok := facilityTraits[strings.ToLower(w)]
		if !ok {
			return "", false
		}
		lead = append(lead, t.ko)
		generic = generic && !t.does
	}
	if generic {
		lead = append(lead, "물류")
	}
	return strings.Join(append(lead, k.ko), " "), true
}

// kindAtEnd finds the building a name ends with, of one word or two.
func kindAtEnd(words []string) (kind, []string, bool) {
	for n := min(2, len(words)); n >= 1; n-- {
		if k, ok := facilityKinds[strings.ToLower(strings.Join(words[len(words)-n:], " "))]; ok {
			return k, words[:len(words)-n], true
		}
	}
	return kind{}, nil, false
}
