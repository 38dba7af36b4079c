package carriers

import (
	"sort"
	"strings"
	"sync"
)

// GenericTableSlug names the fallback table used when a carrier has no table of its own
// or its table does not know a status.
const GenericTableSlug = "generic"

// StatusRule maps one raw carrier status to the status model. A rule with a Code and no
// Text matches the carrier's status code exactly; a rule with a Text and no Code matches
// the status text (case-insensitive, exact or contained); a rule with both matches only
// when the code is equal and the text contains the rule's text, which lets a table refine
// a coarse code ("D" for delivered) by its wording ("UPS Access Point").
type StatusRule struct {
	Code   string
	Text   string
	Tag    Tag
	Subtag string // "" means the tag's default subtag
	// TrackerStatus optionally overrides the tracker.delivery status id ("at_pickup").
	TrackerStatus string
}

// StatusTable is one carrier's raw-status vocabulary, versioned so re-mapping is traceable.
type StatusTable struct {
	Slug    string
	Version string
	Rules   []StatusRule
}

// Match finds the rule for a raw status, most specific first: a code-and-text rule, then a
// code rule, then a text rule (an exact text, else the longest rule text contained in the
// status). Longest wins so that "returned to sender" beats "delivered" in "Returned to
// sender - delivered to shipper". The returned rule has its Subtag filled in.
func (t StatusTable) Match(code, text string) (StatusRule, bool) {
	if r, ok := t.matchCode(code, normalizeStatusText(text)); ok {
		return r.filled(), true
	}
	r, score := t.matchText(normalizeStatusText(text))
	if score == 0 {
		return StatusRule{}, false
	}
	return r.filled(), true
}

// matchCode finds the best code-and-text rule, else the code-only rule.
func (t StatusTable) matchCode(code, norm string) (StatusRule, bool) {
	code = strings.TrimSpace(code)
	if code == "" {
		return StatusRule{}, false
	}
	best, bestLen, codeOnly := -1, 0, -1
	for i, r := range t.Rules {
		if r.Code == "" || !strings.EqualFold(r.Code, code) {
			continue
		}
		rt := normalizeStatusText(r.Text)
		switch {
		case rt == "":
			if codeOnly < 0 {
				codeOnly = i
			}
		case len(rt) > bestLen && strings.Contains(norm, rt):
			best, bestLen = i, len(rt)
		}
	}
	if best >= 0 {
		return t.Rules[best], true
	}
	if codeOnly >= 0 {
		return t.Rules[codeOnly], true
	}
	return StatusRule{}, false
}

// matchText scores the text-only rules against a normalised status: an exact match scores
// highest, otherwise the length of the longest contained rule text; 0 means no match.
func (t StatusTable) matchText(norm string) (StatusRule, int) {
	if norm == "" {
		return StatusRule{}, 0
	}
	best, bestScore := -1, 0
	for i, r := range t.Rules {
		rt := normalizeStatusText(r.Text)
		if rt == "" || r.Code != "" {
			continue
		}
		if rt == norm {
			return r, exactScore
		}
		if len(rt) > bestScore && strings.Contains(norm, rt) {
			best, bestScore = i, len(rt)
		}
	}
	if best < 0 {
		return StatusRule{}, 0
	}
	return t.Rules[best], bestScore
}

// exactScore ranks an exact text match above any contained one.
const exactScore = 1 << 20

// Classify returns the tag and subtag of a raw status, and whether any rule matched.
func (t StatusTable) Classify(code, text string) (Tag, string, bool) {
	r, ok := t.Match(code, text)
	if !ok {
		return "", "", false
	}
	return r.Tag, r.Subtag, true
}

func (r StatusRule) filled() StatusRule {
	r.Subtag = NormalizeSubtag(r.Tag, r.Subtag)
	return r
}

// normalizeStatusText lower-cases and collapses whitespace, since carriers are
// inconsistent about both.
func normalizeStatusText(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

var statusTables = struct {
	sync.RWMutex
	bySlug map[string]StatusTable
}{bySlug: map[string]StatusTable{}}

func init() {
	for _, t := range builtinStatusTables() {
		RegisterStatusTable(t)
	}
}

// RegisterStatusTable installs or replaces the table of a slug. Carrier packages call it
// from init so their vocabulary is known before the first poll.
func RegisterStatusTable(t StatusTable) {
	key := strings.ToLower(strings.TrimSpace(t.Slug))
	if key == "" {
		return
	}
	t.Rules = append([]StatusRule(nil), t.Rules...)
	statusTables.Lock()
	defer statusTables.Unlock()
	statusTables.bySlug[key] = t
}

// StatusTables returns every registered table, sorted by slug.
func StatusTables() []StatusTable {
	statusTables.RLock()
	defer statusTables.RUnlock()
	out := make([]StatusTable, 0, len(statusTables.bySlug))
	for _, t := range statusTables.bySlug {
		t.Rules = append([]StatusRule(nil), t.Rules...)
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out
}

// StatusTableFor returns the table registered for a slug (or tracker.delivery id).
func StatusTableFor(slug string) (StatusTable, bool) {
	key := strings.ToLower(strings.TrimSpace(slug))
	if c, ok := Lookup(key); ok {
		key = c.Slug
	}
	statusTables.RLock()
	defer statusTables.RUnlock()
	t, ok := statusTables.bySlug[key]
	return t, ok
}

// MatchFor classifies a raw status for a carrier: the carrier's code rules first, then the
// most specific text among the carrier's and the generic table's text rules (the carrier's
// rule wins a tie), so a carrier table only needs the phrases it words differently.
func MatchFor(slug, code, text string) (StatusRule, bool) {
	own, hasOwn := StatusTableFor(slug)
	norm := normalizeStatusText(text)
	if hasOwn {
		if r, ok := own.matchCode(code, norm); ok {
			return r.filled(), true
		}
	}
	var best StatusRule
	bestScore := 0
	if hasOwn {
		best, bestScore = own.matchText(norm)
	}
	if generic, ok := StatusTableFor(GenericTableSlug); ok && own.Slug != GenericTableSlug {
		if r, score := generic.matchText(norm); score > bestScore {
			best, bestScore = r, score
		}
	}
	if bestScore == 0 {
		return StatusRule{}, false
	}
	return best.filled(), true
}

// ClassifyFor is MatchFor returning only tag and subtag.
func ClassifyFor(slug, code, text string) (Tag, string, bool) {
	r, ok := MatchFor(slug, code, text)
	if !ok {
		return "", "", false
	}
	return r.Tag, r.Subtag, true
}
