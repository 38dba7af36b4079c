package main

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// postgresStore seeds the instance's PostgreSQL database with COPY over its
// own connection.
type postgresStore struct{ conn *pgx.Conn }

func openPostgresStore(ctx context.Context, dsn string) (*postgresStore, error) {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("connect for seeding: %w", err)
	}
	return &postgresStore{conn: conn}, nil
}

func (s *postgresStore) WriteBatch(ctx context.Context, b *batch) error {
	return pgx.BeginFunc(ctx, s.conn, func(tx pgx.Tx) error {
		for _, t := range []*table{&b.parcels, &b.trackings, &b.checkpoints} {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
				return fmt.Errorf("copy %s: %w", t.name, err)
			}
		}
		return nil
	})
}

// Finish gathers planner statistics now rather than whenever autovacuum
// notices the load, so every run plans its queries on the same footing.
func (s *postgresStore) Finish(ctx context.Context) error {
	_, err := s.conn.Exec(ctx, "ANALYZE")
	return err
}

func (s *postgresStore) TouchParcels(ctx context.Context, t time.Time) error {
	_, err := s.conn.Exec(ctx, "UPDATE parcels SET last_polled_at = $1 WHERE active", t)
	return err
}

func (s *postgresStore) ParkPolls(ctx context.Context, until time.Time) error {
	if _, err := s.conn.Exec(ctx, parkJobsSQL); err != nil {
		return err
	}
	_, err := s.conn.Exec(ctx, "UPDATE parcels SET next_poll_at = $1 WHERE next_poll_at <= $2", until, time.Now())
	return err
}

func (s *postgresStore) Version(ctx context.Context) string {
	var v string
	s.conn.QueryRow(ctx, "SHOW server_version").Scan(&v)
	return "PostgreSQL " + v
}

func (s *postgresStore) Close() { s.conn.Close(context.Background()) }
