package models

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// TrackingFilter narrows a tracking list. Zero values do not filter.
type TrackingFilter struct {
	Keyword         string
	TrackingNumbers []string
	Slugs           []string
	Tags            []string
	Origins         []string
	Destinations    []string
	// CourierDestinations filters on the destination country the carrier reports.
	CourierDestinations []string
	OrderID             string
	ShipmentTags        []string
	CreatedAtMin        *time.Time
	CreatedAtMax        *time.Time
	UpdatedAtMin        *time.Time
	UpdatedAtMax        *time.Time
	ReturnToSender      *bool
	// TransitTime keeps trackings whose transit time is this many whole days:
	// pick-up to delivery once delivered, pick-up to now before.
	TransitTime *int
	Page, Limit int
	// After, when set, pages by keyset instead of Page: the trackings listed after
	// this one in the list order.
	After *TrackingCursor
	// keywordIDs, when set, are all the trackings Keyword matches (matchKeyword).
	keywordIDs []string
}

// TrackingCursor is a position in the tracking list order (newest first).
type TrackingCursor struct {
	CreatedAt time.Time
	ID        string
}

// ReturnSubtags are the subtags of a parcel going or gone back to its sender.
var ReturnSubtags = []string{"Exception_010", "Exception_011"}

// ListTrackings returns one page of the organization's trackings, newest first, and
// the total that match the filter (ignoring the page).
func (db *DB) ListTrackings(ctx context.Context, orgID string, f TrackingFilter) ([]Tracking, int64, error) {
	f, none, err := db.matchKeyword(ctx, orgID, f)
	if err != nil || none {
		return nil, 0, err
	}
	total, err := db.countTrackings(ctx, orgID, f)
	if err != nil {
		return nil, 0, err
	}
	ts, err := db.trackingPage(ctx, orgID, f)
	return ts, total, err
}

// countTrackings is how many of the organization's trackings match f, ignoring
// the page. Without a filter that is the count tracking_counts keeps.
func (db *DB) countTrackings(ctx context.Context, orgID string, f TrackingFilter) (int64, error) {
	if !f.narrows() {
		return db.TrackingCount(ctx, orgID)
	}
	if f.facetsOnly() {
		return db.facetCount(ctx, orgID, f)
	}
	if f.TransitTime == nil {
		return db.countWhere(ctx, orgID, f)
	}
	// The two halves of a transit time are disjoint, and each alone is
	// counted from its index; their OR would read every row the indexes
	// point to.
	halves := transitHalves(*f.TransitTime, db.now())
	rest := f
	rest.TransitTime = nil
	var total int64
	for _, h := range halves {
		n, err := db.countWhere(ctx, orgID, rest, h)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// countWhere counts the organization's trackings that match f and every extra condition.
func (db *DB) countWhere(ctx context.Context, orgID string, f TrackingFilter, extra ...condition) (int64, error) {
	q := db.filterTrackings(db.q(ctx).Model(&Tracking{}).Where("organization_id = ?", orgID), f)
	for _, c := range extra {
		q = q.Where(c.sql, c.args...)
	}
	var n int64
	err := q.Count(&n).Error
	return n, wrap(err, "count trackings")
}

// narrows reports whether f may leave out any of the organization's trackings.
func (f TrackingFilter) narrows() bool {
	lists := len(f.TrackingNumbers) + len(f.Slugs) + len(f.Tags) + len(f.Origins) + len(f.Destinations) +
		len(f.CourierDestinations) + len(f.ShipmentTags)
	times := []*time.Time{f.CreatedAtMin, f.CreatedAtMax, f.UpdatedAtMin, f.UpdatedAtMax}
	return lists > 0 || strings.TrimSpace(f.Keyword) != "" || f.OrderID != "" ||
		slices.ContainsFunc(times, func(t *time.Time) bool { return t != nil }) ||
		f.ReturnToSender != nil || f.TransitTime != nil
}

// TrackingCount is how many trackings the organization has.
func (db *DB) TrackingCount(ctx context.Context, orgID string) (int64, error) {
	var n []int64
	err := db.q(ctx).Table("tracking_counts").Where("organization_id = ?", orgID).Pluck("trackings", &n).Error
	if err != nil || len(n) == 0 {
		return 0, wrap(err, "count trackings")
	}
	return n[0], nil
}

func (db *DB) filterTrackings(q *gorm.DB, f TrackingFilter) *gorm.DB {
	if f.keywordIDs != nil {
		q = q.Where("id IN ?", f.keywordIDs)
	} else if k := strings.TrimSpace(f.Keyword); k != "" {
		q = db.keywordFilter(q, k)
	}
	in := func(col string, vals []string) {
		if len(vals) > 0 {
			q = q.Where(col+" IN ?", vals)
		}
	}
	in("tracking_number", f.TrackingNumbers)
	in("slug", f.Slugs)
	in("tag", f.Tags)
	in("origin_country_iso3", f.Origins)
	in("destination_country_iso3", f.Destinations)
	if len(f.CourierDestinations) > 0 {
		q = q.Where("parcel_id IN (SELECT id FROM parcels WHERE destination_country_iso3 IN ?)", f.CourierDestinations)
	}
	if f.OrderID != "" {
		q = q.Where("order_id = ?", f.OrderID)
	}
	for _, tag := range f.ShipmentTags {
		q = q.Where(`shipment_tags LIKE ? ESCAPE '\'`, "%\""+escapeLike(tag)+"\"%")
	}
	if f.ReturnToSender != nil {
		if *f.ReturnToSender {
			q = q.Where("subtag IN ?", ReturnSubtags)
		} else {
			q = q.Where("subtag NOT IN ?", ReturnSubtags)
		}
	}
	if f.TransitTime != nil {
		q = transitFilter(q, *f.TransitTime, db.now())
	}
	return db.timeFilters(q, f)
}

func (db *DB) timeFilters(q *gorm.DB, f TrackingFilter) *gorm.DB {
	q = timeRange(q, "created_at >= ?", f.CreatedAtMin)
	q = timeRange(q, "created_at <= ?", f.CreatedAtMax)
	// A range of update times is read from its own index, then sorted into
	// list order. Walking the list order instead would read every row when few
	// match (a client syncing what changed since its last run); SQLite, which
	// knows nothing of how update times spread, is told that few match.
	updated := "updated_at %s ?"
	if db.dialect == SQLite {
		updated = "unlikely(updated_at %s ?)"
	}
	q = timeRange(q, fmt.Sprintf(updated, ">="), f.UpdatedAtMin)
	return timeRange(q, fmt.Sprintf(updated, "<="), f.UpdatedAtMax)
}

func timeRange(q *gorm.DB, cond string, bound *time.Time) *gorm.DB {
	if bound == nil {
		return q
	}
	return q.Where(cond, bound.UTC())
}

// condition is a SQL condition with its arguments.
type condition struct {
	sql  string
	args []any
}

// transitHalves are the two disjoint ways a tracking has a transit time of
// days: delivered, by its stored transit time; or not yet, by how long ago it
// was picked up, so the answer stays right as days pass.
func transitHalves(days int, now time.Time) [2]condition {
	day := 24 * time.Hour
	latest := now.Add(-time.Duration(days) * day)
	earliest := latest.Add(-day)
	return [2]condition{
		{"transit_time = ? AND delivered_at IS NOT NULL", []any{days}},
		{"picked_up_at > ? AND picked_up_at <= ? AND delivered_at IS NULL", []any{earliest, latest}},
	}
}

func transitFilter(q *gorm.DB, days int, now time.Time) *gorm.DB {
	h := transitHalves(days, now)
	return q.Where("(("+h[0].sql+") OR ("+h[1].sql+"))", append(slices.Clone(h[0].args), h[1].args...)...)
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
