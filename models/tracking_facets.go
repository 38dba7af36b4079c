package models

import (
	"context"
	"slices"
)

// facetsOnly reports whether f filters on nothing but the columns
// tracking_facets counts trackings by (courier, status, origin, destination,
// return to sender), so that its total is a sum of that table's rows. A blank
// country is kept apart there with the missing ones, so a filter on one is
// counted from the trackings.
func (f TrackingFilter) facetsOnly() bool {
	rest := f
	rest.Slugs, rest.Tags, rest.Origins, rest.Destinations, rest.ReturnToSender = nil, nil, nil, nil, nil
	return !rest.narrows() && !slices.Contains(f.Origins, "") && !slices.Contains(f.Destinations, "")
}

// facetCount is the total of a list filtered as facetsOnly allows: the sum of
// the kept counts of the combinations that match, however many trackings
// they hold.
func (db *DB) facetCount(ctx context.Context, orgID string, f TrackingFilter) (int64, error) {
	q := db.q(ctx).Table("tracking_facets").Select("COALESCE(SUM(trackings), 0)").Where("organization_id = ?", orgID)
	for col, vals := range map[string][]string{"slug": f.Slugs, "tag": f.Tags,
		"origin_country_iso3": f.Origins, "destination_country_iso3": f.Destinations} {
		if len(vals) > 0 {
			q = q.Where(col+" IN ?", vals)
		}
	}
	if f.ReturnToSender != nil {
		q = q.Where("return_to_sender = ?", *f.ReturnToSender)
	}
	var n int64
	err := q.Scan(&n).Error
	return n, wrap(err, "count trackings")
}
