package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/ncruces/go-sqlite3/driver"
)

// sqliteTimeFormat is how Waypost stores times in SQLite: fixed-width UTC text
// that sorts in time order.
const sqliteTimeFormat = "2006-01-02T15:04:05.000000Z07:00"

// sqliteMaxVars stays under SQLite's default limit of 32766 bound parameters
// per statement.
const sqliteMaxVars = 32000

// sqliteStore seeds the instance's SQLite file over its own connection.
type sqliteStore struct{ db *sql.DB }

func openSQLiteStore(path string) (*sqliteStore, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(on)")
	q.Set("_txlock", "immediate")
	db, err := driver.Open("file:" + filepath.ToSlash(path) + "?" + q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open sqlite for seeding: %w", err)
	}
	db.SetMaxOpenConns(1)
	return &sqliteStore{db: db}, nil
}

func (s *sqliteStore) WriteBatch(ctx context.Context, b *batch) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range []*table{&b.parcels, &b.trackings, &b.checkpoints} {
		if err := insertRows(ctx, tx, t); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// insertRows writes a table with multi-row INSERTs as large as SQLite allows.
func insertRows(ctx context.Context, tx *sql.Tx, t *table) error {
	per := max(sqliteMaxVars/len(t.cols), 1)
	args := make([]any, 0, per*len(t.cols))
	for lo := 0; lo < len(t.rows); lo += per {
		rows := t.rows[lo:min(lo+per, len(t.rows))]
		args = args[:0]
		for _, r := range rows {
			for _, v := range r {
				args = append(args, sqliteValue(v))
			}
		}
		if _, err := tx.ExecContext(ctx, insertSQL(t, len(rows)), args...); err != nil {
			return fmt.Errorf("insert %s: %w", t.name, err)
		}
	}
	return nil
}

func insertSQL(t *table, rows int) string {
	one := "(" + strings.Repeat("?,", len(t.cols)-1) + "?)"
	var sb strings.Builder
	sb.WriteString("INSERT INTO " + t.name + " (" + strings.Join(t.cols, ",") + ") VALUES ")
	for i := range rows {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(one)
	}
	return sb.String()
}

func sqliteValue(v any) any {
	switch v := v.(type) {
	case time.Time:
		return v.UTC().Format(sqliteTimeFormat)
	case bool:
		if v {
			return 1
		}
		return 0
	}
	return v
}

// Finish folds the write-ahead log into the database file, as SQLite's own
// checkpointing does on a long-running instance.
func (s *sqliteStore) Finish(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return err
}

// TouchParcels also folds the update back into the database file, so the
// scenario after it does not start by reading a write-ahead log of a few
// hundred thousand rows.
func (s *sqliteStore) TouchParcels(ctx context.Context, t time.Time) error {
	if _, err := s.db.ExecContext(ctx, "UPDATE parcels SET last_polled_at = ? WHERE active = 1", sqliteValue(t)); err != nil {
		return err
	}
	return s.Finish(ctx)
}

func (s *sqliteStore) ParkPolls(ctx context.Context, until time.Time) error {
	if _, err := s.db.ExecContext(ctx, parkJobsSQL); err != nil {
		return err
	}
	_, err := s.db.ExecContext(ctx, "UPDATE parcels SET next_poll_at = ? WHERE next_poll_at <= ?",
		sqliteValue(until), sqliteValue(time.Now()))
	return err
}

func (s *sqliteStore) Version(ctx context.Context) string {
	var v string
	s.db.QueryRowContext(ctx, "SELECT sqlite_version()").Scan(&v)
	return "SQLite " + v
}

func (s *sqliteStore) Close() { s.db.Close() }
