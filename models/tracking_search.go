package models

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/ext/fts5"
	"gorm.io/gorm"
)

// Every SQLite connection of the process, including those opened for
// migrations or bulk loads, gets FTS5: the triggers that keep the keyword
// index write to an FTS5 table on each insert, update and delete of a tracking.
func init() { sqlite3.AutoExtension(fts5.Register) }

// keywordColumns are the texts a keyword is looked for in: those AfterShip
// documents for keyword (tracking_number, title, order_id, customer_name,
// custom_fields, emails, smses) and the 2025-07 API's customers, which holds
// the same contacts.
var keywordColumns = []string{"tracking_number", "title", "order_id", "customer_name", "custom_fields", "emails", "smses", "customers"}

// searchText is the texts joined as the PostgreSQL trigram index
// trackings_search (migration 00007) is built on; the planner uses that index
// only for this very expression.
const searchText = "(tracking_number || ' ' || title || ' ' || coalesce(order_id, '') || ' ' || coalesce(customer_name, '') || ' ' || " +
	"coalesce(custom_fields, '') || ' ' || emails || ' ' || smses || ' ' || customers)"

// minIndexedKeyword is the shortest keyword the trigram indexes can narrow:
// a shorter one holds no trigram, so it is matched by reading the
// organization's rows, as every keyword was before the indexes.
const minIndexedKeyword = 3

// keywordFilter keeps the trackings with the keyword anywhere in one of
// keywordColumns: a substring match, case-insensitive for ASCII letters on
// SQLite, case-sensitive on PostgreSQL (the two databases' LIKE). A keyword of
// three characters or more is first looked up in the trigram index, which
// finds every such tracking and maybe a few more; the LIKE then leaves out the
// few, so both ways give the same rows.
func (db *DB) keywordFilter(q *gorm.DB, k string) *gorm.DB {
	q = keywordScan(q, k)
	if utf8.RuneCountInString(k) < minIndexedKeyword {
		return q
	}
	if db.dialect == Postgres {
		return q.Where(searchText+` LIKE ?`, "%"+escapeLike(k)+"%")
	}
	terms := db.rareTrigrams(q.Statement.Context, trigrams(k))
	return q.Where("id IN (SELECT tracking_id FROM tracking_search_ids WHERE rowid IN "+
		"(SELECT rowid FROM tracking_search WHERE tracking_search MATCH ?))", strings.Join(terms, " "))
}

// keywordMatchesAtOnce is how many trackings a keyword may match and still be
// looked up once for both the total and the page (a variable for the tests).
var keywordMatchesAtOnce = 1000

// matchKeyword looks an indexed keyword up once on SQLite, and when it matches
// few trackings returns f with their ids in place of the keyword: the total
// and the page then read those rows by id rather than each repeat the lookup,
// whose cost is in the index, not in the few matches. none reports that the
// keyword matches nothing, so there is nothing to count or page. PostgreSQL,
// whose GIN lookup is quicker, looks the keyword up twice: this way made its
// keyword list five times slower in the benchmark.
func (db *DB) matchKeyword(ctx context.Context, orgID string, f TrackingFilter) (_ TrackingFilter, none bool, err error) {
	k := strings.TrimSpace(f.Keyword)
	if db.dialect != SQLite || utf8.RuneCountInString(k) < minIndexedKeyword {
		return f, false, nil
	}
	var ids []string
	q := db.keywordFilter(db.q(ctx).Model(&Tracking{}).Where("organization_id = ?", orgID), k)
	if err := q.Limit(keywordMatchesAtOnce+1).Pluck("id", &ids).Error; err != nil {
		return f, false, wrap(err, "search trackings")
	}
	if len(ids) <= keywordMatchesAtOnce {
		f.keywordIDs = ids
	}
	return f, len(ids) == 0, nil
}

// keywordScan is the LIKE match on each of keywordColumns.
func keywordScan(q *gorm.DB, k string) *gorm.DB {
	like := "%" + escapeLike(k) + "%"
	conds := make([]string, len(keywordColumns))
	args := make([]any, len(keywordColumns))
	for i, c := range keywordColumns {
		conds[i], args[i] = c+` LIKE ? ESCAPE '\'`, like
	}
	return q.Where("("+strings.Join(conds, " OR ")+")", args...)
}

// trigrams are the distinct trigrams of k, each quoted as an FTS5 string of
// its own. FTS5 is asked for the rows holding every one of them (or the rare
// ones, rareTrigrams): every row with k in one of its texts is among them and
// the LIKE leaves out the rest. Asking for k as one phrase would make FTS5
// also compare positions, which the LIKE does anyway, and read the long lists
// of common trigrams once per occurrence in k.
func trigrams(k string) []string {
	r := []rune(k)
	var terms []string
	for i := 0; i+3 <= len(r); i++ {
		term := `"` + strings.ReplaceAll(string(r[i:i+3]), `"`, `""`) + `"`
		if !slices.Contains(terms, term) {
			terms = append(terms, term)
		}
	}
	return terms
}

// commonTrigram is how many rows make a trigram too common to be counted
// further, and rareTrigramsAsked how many of its rarest trigrams a keyword is
// looked up by (variables for the tests).
var commonTrigram, rareTrigramsAsked = 10000, 2

// rareTrigrams are the few of terms held by the fewest rows, or all of terms
// when each is held by commonTrigram rows or more. Reading a trigram's list
// costs an entry per row holding it (every sequential tracking number holds
// WB0 and 000), so the MATCH reads the short lists only; the LIKE checks
// every candidate, so the rows found are the same. Counting a trigram reads
// its list too, so each is counted only as far as it could still be one of the
// rarest, and no further than eight times the rarest found so far (a bound
// that suited the benchmark's keywords: a longer list costs more to read than
// checking the few candidates it could leave out). Terms are counted from the keyword's end, which varies most in numbers and ids,
// so the rare ones come first and the common ones stop early. Should a count
// fail, all of terms are asked for: the lookup itself then reports the fault.
func (db *DB) rareTrigrams(ctx context.Context, terms []string) []string {
	if len(terms) <= rareTrigramsAsked {
		return terms
	}
	type counted struct {
		term string
		docs int
	}
	var rarest []counted // by docs, at most rareTrigramsAsked
	for i := len(terms) - 1; i >= 0; i-- {
		limit := commonTrigram
		if len(rarest) > 0 {
			limit = min(limit, 8*rarest[0].docs)
		}
		if len(rarest) == rareTrigramsAsked {
			limit = min(limit, rarest[len(rarest)-1].docs)
		}
		var docs int
		err := db.q(ctx).Raw("SELECT count(*) FROM (SELECT 1 FROM tracking_search WHERE tracking_search MATCH ? LIMIT ?)",
			terms[i], limit).Scan(&docs).Error
		if err != nil {
			return terms
		}
		if docs < limit {
			at, _ := slices.BinarySearchFunc(rarest, docs, func(c counted, d int) int { return c.docs - d })
			rarest = slices.Insert(rarest, at, counted{terms[i], docs})[:min(len(rarest)+1, rareTrigramsAsked)]
		}
	}
	if len(rarest) == 0 {
		return terms
	}
	var rare []string
	for _, c := range rarest {
		rare = append(rare, c.term)
	}
	return rare
}
