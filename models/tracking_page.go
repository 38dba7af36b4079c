package models

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// trackingsSQL reads trackings (t) joined with their parcels (p).
var trackingsSQL = "SELECT " + selectList("t", trackingColumns) + ", " + selectList("p", parcelColumns) +
	" FROM trackings t JOIN parcels p ON p.id = t.parcel_id"

// pageSQL joins the ids of a page to their trackings and parcels.
var pageSQL = strings.Replace(trackingsSQL, " FROM trackings t", " FROM (?) AS page JOIN trackings t ON t.id = page.id", 1) +
	" ORDER BY t.created_at DESC, t.id DESC"

// trackingPage reads one page of the list, each tracking with its parcel. The
// ids come first, from the index in list order (organization_id, created_at
// DESC, id DESC), so the trackings of earlier pages are skipped in the index
// without reading their rows; only the page's rows are read and joined.
func (db *DB) trackingPage(ctx context.Context, orgID string, f TrackingFilter) ([]Tracking, error) {
	ids := db.q(ctx).Model(&Tracking{}).Select("id").Where("organization_id = ?", orgID)
	ids = db.filterTrackings(ids, f)
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	if f.After != nil {
		// A row comparison is a range of that index: the page after a cursor
		// starts with a seek, however deep the cursor is.
		ids = ids.Where("(created_at, id) < (?, ?)", f.After.CreatedAt.UTC(), f.After.ID)
	} else {
		ids = ids.Offset((max(f.Page, 1) - 1) * limit)
	}
	ts, err := db.scanTrackings(ctx, pageSQL, ids.Order("created_at DESC, id DESC").Limit(limit))
	return ts, wrap(err, "list trackings")
}

// scanTrackings runs a query of trackingsSQL's columns.
func (db *DB) scanTrackings(ctx context.Context, query string, args ...any) ([]Tracking, error) {
	rows, err := db.q(ctx).Raw(query, args...).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ts []Tracking
	var dests []any
	for rows.Next() {
		ts = append(ts, Tracking{Parcel: &Parcel{}})
		t := &ts[len(ts)-1]
		dests = appendDests(appendDests(dests[:0], t, trackingColumns), t.Parcel, parcelColumns)
		if err := rows.Scan(dests...); err != nil {
			return nil, err
		}
	}
	return ts, rows.Err()
}

// checkpointsSQL reads events in the order of the (parcel_id, occurred_at)
// index, which spares the database a sort.
var checkpointsSQL = "SELECT " + selectList("c", checkpointColumns) +
	" FROM checkpoints c WHERE c.parcel_id IN ? ORDER BY c.parcel_id, c.occurred_at"

// CheckpointsOfParcels lists the events of several parcels at once, oldest first per
// parcel (events at the same moment in id order), so a page of trackings costs one
// query rather than one per tracking.
func (db *DB) CheckpointsOfParcels(ctx context.Context, parcelIDs []string) (map[string][]Checkpoint, error) {
	// Parcels hold about five events each; one slice for all of them, which
	// each parcel's list then shares, saves growing a list per parcel.
	all := make([]Checkpoint, 0, 6*len(parcelIDs))
	const chunk = 500
	for start := 0; start < len(parcelIDs); start += chunk {
		var err error
		if all, err = db.appendCheckpoints(ctx, all, parcelIDs[start:min(start+chunk, len(parcelIDs))]); err != nil {
			return nil, wrap(err, "checkpoints of parcels")
		}
	}
	out := make(map[string][]Checkpoint, len(parcelIDs))
	// The query returns each parcel's events together: each is a run of all,
	// capped so that appending to one parcel's list cannot overwrite the next.
	for start := 0; start < len(all); {
		end := start + 1
		for end < len(all) && all[end].ParcelID == all[start].ParcelID {
			end++
		}
		cps := all[start:end:end]
		slices.SortStableFunc(cps, func(a, b Checkpoint) int {
			return cmp.Or(a.OccurredAt.Compare(b.OccurredAt), strings.Compare(a.ID, b.ID))
		})
		out[all[start].ParcelID] = cps
		start = end
	}
	return out, nil
}

// appendCheckpoints scans the events of parcelIDs into all.
func (db *DB) appendCheckpoints(ctx context.Context, all []Checkpoint, parcelIDs []string) ([]Checkpoint, error) {
	rows, err := db.q(ctx).Raw(checkpointsSQL, parcelIDs).Rows()
	if err != nil {
		return all, err
	}
	defer rows.Close()
	dests := make([]any, 0, len(checkpointColumns))
	for rows.Next() {
		all = append(all, Checkpoint{})
		dests = appendDests(dests[:0], &all[len(all)-1], checkpointColumns)
		if err := rows.Scan(dests...); err != nil {
			return all, err
		}
	}
	return all, rows.Err()
}
