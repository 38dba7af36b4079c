package address

import (
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// region is one state, province or territory, with the postal code keys it owns.
type region struct {
	code, name string
	spans      []span
}

// span is an inclusive range of postal keys (see subdivisions.key).
type span struct{ lo, hi int }

// subdivisions are the states of one country whose postal codes follow its states.
type subdivisions struct {
	// article and word as they read after "is not": "a US state".
	word string
	// hint tells the user how to write the state: "use its two-letter USPS code, such as NY".
	hint    string
	regions []region
	// key reduces a valid postal code to the number the spans are written in: the first
	// three digits of a ZIP code, a whole Australian postcode, the first letter of a
	// Canadian postal code.
	key   func(postal string) int
	index map[string]int
}

func newSubdivisions(word, hint string, key func(string) int, regions []region, aliases map[string]string) *subdivisions {
	s := &subdivisions{word: word, hint: hint, regions: regions, key: key, index: map[string]int{}}
	for i, r := range regions {
		s.index[r.code] = i
		s.index[lookupKey(r.name)] = i
	}
	for alias, code := range aliases {
		s.index[lookupKey(alias)] = s.index[code]
	}
	return s
}

// lookupKey reads a state as people write it: any case, with or without dots and commas.
func lookupKey(s string) string {
	s = strings.NewReplacer(".", "", ",", " ").Replace(strings.ToUpper(s))
	return collapse(s)
}

// canonical is the code for a state code or name, or s unchanged when it is neither.
func (s *subdivisions) canonical(state string) string {
	if i, ok := s.index[lookupKey(state)]; ok {
		return s.regions[i].code
	}
	return state
}

func (s *subdivisions) region(code string) (region, bool) {
	i, ok := s.index[code]
	if !ok || s.regions[i].code != code {
		return region{}, false
	}
	return s.regions[i], true
}

// consistent reports a mismatch when a well-formed postal code lies outside the ranges
// of a known state; an unknown state is checkState's to report.
func (s *subdivisions) consistent(state, postal, label string) *Issue {
	home, ok := s.region(state)
	if !ok {
		return nil
	}
	k := s.key(postal)
	if home.owns(k) {
		return nil
	}
	msg := label + " " + postal + " is not in " + home.named()
	var owners []string
	for _, r := range s.regions {
		if r.owns(k) {
			owners = append(owners, r.named())
		}
	}
	if len(owners) > 0 {
		msg += "; it belongs to " + joinOr(owners)
	}
	return &Issue{Field: "postal_code", Code: CodeMismatch, Message: msg + "."}
}

func (r region) owns(k int) bool {
	for _, sp := range r.spans {
		if k >= sp.lo && k <= sp.hi {
			return true
		}
	}
	return false
}

func (r region) named() string { return r.name + " (" + r.code + ")" }

func joinOr(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// checkState requires the state where the country's carriers need one and, where Waypost
// knows the country's states, that it is one of them.
func checkState(a carriers.Address, r rule) *Issue {
	if r.stateWord == "" {
		return nil
	}
	label := strings.ToUpper(r.stateWord[:1]) + r.stateWord[1:]
	if a.State == "" {
		is := required("state", label, r)
		if r.states != nil {
			is.Message = strings.TrimSuffix(is.Message, ".") + "; " + r.states.hint + "."
		}
		return is
	}
	if r.states == nil {
		return nil
	}
	if _, ok := r.states.region(a.State); !ok {
		return &Issue{Field: "state", Code: CodeInvalid,
			Message: label + " " + quote(a.State) + " is not " + r.states.word + "; " + r.states.hint + "."}
	}
	return nil
}
