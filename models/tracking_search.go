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
	return q.Where("id IN (SELECT tracking_id FROM tracking_search_ids WHERE rowid IN "+
		"(SELECT rowid FROM tracking_search WHERE tracking_search MATCH ?))", ftsTrigrams(k))
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

// ftsTrigrams asks FTS5 for the rows holding every distinct trigram of k,
// each quoted as a string of its own. Every row with k in one of its texts is
// among them; the LIKE leaves out the rest. Asking for k as one phrase would
// make FTS5 also compare positions, which the LIKE does anyway, and read the
// long lists of common trigrams once per occurrence in k.
func ftsTrigrams(k string) string {
	r := []rune(k)
	var terms []string
	for i := 0; i+3 <= len(r); i++ {
		term := `"` + strings.ReplaceAll(string(r[i:i+3]), `"`, `""`) + `"`
		if !slices.Contains(terms, term) {
			terms = append(terms, term)
		}
	}
	return strings.Join(terms, " ")
}
