package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/waypost/waypost/web/tracking"
)

// Dataset is what was seeded: one merchant with N trackings, each on its own
// parcel. Scenarios pick records from it at random so that no cache sees the
// same row twice in a row.
type Dataset struct {
	// TrackingIDs are in creation order; the parcel of tracking i is
	// (seedSlug(i), seedNumber(i)).
	TrackingIDs []string
	// Seeded is when seeding began, which creation times count back from.
	Seeded time.Time
	// Walk hands out parcels no lookup has asked for lately.
	Walk *parcelWalk
}

// Pick returns the index of a random seeded tracking.
func (d *Dataset) Pick(rnd *rand.Rand) int { return rnd.IntN(len(d.TrackingIDs)) }

// CreatedAt is when tracking i was created.
func (d *Dataset) CreatedAt(i int) time.Time { return createdAt(d.Seeded, i, len(d.TrackingIDs)) }

// seedStore writes generated rows straight into the schema in bulk: one row
// at a time through the services would make seeding most of a run, and what
// is measured is reading them.
type seedStore interface {
	// WriteBatch stores one batch in one transaction, parents first.
	WriteBatch(ctx context.Context, b *batch) error
	// Finish leaves the database as a long-running instance would have it.
	Finish(ctx context.Context) error
	// TouchParcels marks every active parcel as checked at t.
	TouchParcels(ctx context.Context, t time.Time) error
	// ParkPolls drops the queued parcel polls and moves every due parcel's
	// next poll to until, as seeded parcels have theirs.
	ParkPolls(ctx context.Context, until time.Time) error
	// Version names the database server.
	Version(ctx context.Context) string
	Close()
}

// parkJobsSQL removes the poll jobs waiting in River's table, which both
// databases name alike.
const parkJobsSQL = "DELETE FROM river_job WHERE kind = 'poll_parcel' AND state IN ('available', 'scheduled', 'retryable')"

func openSeedStore(ctx context.Context, b *backend, sqlitePath string) (seedStore, error) {
	if b.dialect == "postgres" {
		return openPostgresStore(ctx, b.dsn)
	}
	return openSQLiteStore(sqlitePath)
}

// seedStats reports how long seeding took and what it wrote.
type seedStats struct {
	Trackings   int           `json:"trackings"`
	Parcels     int           `json:"parcels"`
	Checkpoints int           `json:"checkpoints"`
	Elapsed     time.Duration `json:"-"`
	Seconds     float64       `json:"seconds"`
}

// seedBatch trackings go into one transaction: large enough that commits do
// not dominate, small enough that progress is visible.
const seedBatch = 5000

// seed writes n trackings for orgID, printing progress about every 10%.
func seed(ctx context.Context, store seedStore, orgID string, n int, progress io.Writer) (*Dataset, *seedStats, error) {
	g := newGenerator(orgID, n, time.Now())
	st := &seedStats{}
	start := time.Now()
	next := n / 10
	for lo := 0; lo < n; lo += seedBatch {
		b := g.batch(lo, min(lo+seedBatch, n))
		if err := store.WriteBatch(ctx, b); err != nil {
			return nil, nil, fmt.Errorf("seed trackings %d..: %w", lo, err)
		}
		st.add(b)
		if done := lo + seedBatch; done >= next && done < n {
			el := time.Since(start)
			fmt.Fprintf(progress, "  seeded %d/%d trackings in %s (%.0f/s)\n", done, n, el.Round(time.Second), float64(done)/el.Seconds())
			next += n / 10
		}
	}
	if err := store.Finish(ctx); err != nil {
		return nil, nil, err
	}
	st.Elapsed = time.Since(start)
	st.Seconds = st.Elapsed.Seconds()
	return &Dataset{TrackingIDs: g.trackingIDs, Seeded: g.now, Walk: newParcelWalk(n, tracking.LookupTTL)}, st, nil
}

func (s *seedStats) add(b *batch) {
	s.Trackings += len(b.trackings.rows)
	s.Parcels += len(b.parcels.rows)
	s.Checkpoints += len(b.checkpoints.rows)
}

// Rate is trackings seeded per second.
func (s *seedStats) Rate() float64 { return float64(s.Trackings) / s.Elapsed.Seconds() }
