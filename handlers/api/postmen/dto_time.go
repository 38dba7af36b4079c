package postmen

import "time"

// The documented examples use two timestamp shapes: rates, labels, pickups and
// manifests carry milliseconds in UTC ("2015-09-09T07:49:54.060Z"); shipper
// accounts, cancellations and address validations a numeric offset
// ("2016-02-12T10:30:50+00:00").

func stampMillis(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z07:00") }

func stampOffset(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05-07:00") }

// stampLocal keeps the time's own zone, as carriers quote cut-offs in theirs; nil
// stays null.
func stampLocal(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format("2006-01-02T15:04:05-07:00")
	return &s
}
