package models

import (
	"context"
	"strings"
)

// TrackingSort orders a tracking list by one of SortColumns.
type TrackingSort struct {
	// By is a key of SortColumns; "" is newest first.
	By   string
	Desc bool
}

// SortColumns are the columns a list may be sorted by, by the name a URL uses.
var SortColumns = map[string]string{"created": "created_at", "updated": "updated_at", "courier": "slug", "status": "tag"}

// ListTrackingsSorted is ListTrackings in the order s asks for; ties keep the
// list order (newest first), so pages never overlap.
func (db *DB) ListTrackingsSorted(ctx context.Context, orgID string, f TrackingFilter, s TrackingSort) ([]Tracking, int64, error) {
	col, ok := SortColumns[s.By]
	if !ok || (col == "created_at" && s.Desc) {
		return db.ListTrackings(ctx, orgID, f)
	}
	f, none, err := db.matchKeyword(ctx, orgID, f)
	if err != nil || none {
		return nil, 0, err
	}
	total, err := db.countTrackings(ctx, orgID, f)
	if err != nil {
		return nil, 0, err
	}
	dir := " ASC"
	if s.Desc {
		dir = " DESC"
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	order := col + dir + ", created_at DESC, id DESC"
	if col == "created_at" {
		order = "created_at ASC, id ASC"
	}
	ids := db.filterTrackings(db.q(ctx).Model(&Tracking{}).Select("id").Where("organization_id = ?", orgID), f).
		Order(order).Offset((max(f.Page, 1) - 1) * limit).Limit(limit)
	query := strings.TrimSuffix(pageSQL, " ORDER BY t.created_at DESC, t.id DESC") + " ORDER BY t." +
		strings.ReplaceAll(order, ", ", ", t.")
	ts, err := db.scanTrackings(ctx, query, ids)
	return ts, total, wrap(err, "list trackings")
}
