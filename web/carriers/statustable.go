package carriers

import (
	"sort"
	"strings"
	"sync"
)

// GenericTableSlug names the fallback table used when a carrier has no table of its own
// or its table does not know a status.
const GenericTableSlug = "generic"

// StatusRule maps one raw carrier status to the status model. Code matches the carrier's
// status code exactly; Text matches the status text (case-insensitive, exact or contained).
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

// Match finds the rule for a raw status: an exact code match first, then an exact text
// match, then the longest rule text contained in the text. Longest wins so that
// "returned to sender" beats "delivered" in "Returned to sender - delivered to shipper".
// The returned rule has its Subtag filled in.
func (t StatusTable) Match(code, text string) (StatusRule, bool) {
	if r, ok := t.matchCode(code); ok {
		return r.filled(), true
	}
	norm := normalizeStatusText(text)
	if norm == "" {
		return StatusRule{}, false
	}
	best, bestLen := -1, 0
	for i, r := range t.Rules {
		rt := normalizeStatusText(r.Text)
		if rt == "" {
			continue
		}
		if rt == norm {
			return r.filled(), true
		}
		if len(rt) > bestLen && strings.Contains(norm, rt) {
			best, bestLen = i, len(rt)
		}
	}
	if best < 0 {
		return StatusRule{}, false
	}
	return t.Rules[best].filled(), true
}

func (t StatusTable) matchCode(code string) (StatusRule, bool) {
	code = strings.TrimSpace(code)
	if code == "" {
		return StatusRule{}, false
	}
	for _, r := range t.Rules {
		if r.Code != "" && r.Code == code {
			return r, true
		}
	}
	return StatusRule{}, false
}

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

// MatchFor classifies with the carrier's table, falling back to the generic table.
func MatchFor(slug, code, text string) (StatusRule, bool) {
	if t, ok := StatusTableFor(slug); ok {
		if r, ok := t.Match(code, text); ok {
			return r, true
		}
	}
	if t, ok := StatusTableFor(GenericTableSlug); ok {
		return t.Match("", text)
	}
	return StatusRule{}, false
}

// ClassifyFor is MatchFor returning only tag and subtag.
func ClassifyFor(slug, code, text string) (Tag, string, bool) {
	r, ok := MatchFor(slug, code, text)
	if !ok {
		return "", "", false
	}
	return r.Tag, r.Subtag, true
}
