package models

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/ncruces/go-sqlite3/driver"
	"github.com/pressly/goose/v3"
)

//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationFiles embed.FS

// migrationLockID is the PostgreSQL advisory lock held while migrating, so that
// instances started together migrate one at a time.
const migrationLockID int64 = 0x5761797030737421

// ErrStaleSchema means the database is behind this binary's migrations.
var ErrStaleSchema = errors.New("database schema is out of date")

// migrationProvider returns goose over its own connection pool; close it after use.
// On SQLite that pool decodes times in any format, as goose's version table stores
// them in SQLite's own format rather than ours.
func (db *DB) migrationProvider() (*goose.Provider, func(), error) {
	sub, err := fs.Sub(migrationFiles, "migrations/"+string(db.dialect))
	if err != nil {
		return nil, nil, err
	}
	if db.dialect == Postgres {
		p, err := goose.NewProvider(goose.DialectPostgres, db.sql, sub, goose.WithDisableGlobalRegistry(true))
		return p, func() {}, err
	}
	conn, err := driver.Open(sqliteDSN(db.path, false))
	if err != nil {
		return nil, nil, err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, conn, sub, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	return p, func() { conn.Close() }, nil
}

// Migrate applies pending migrations, then calls after (River's migrations) while
// still holding the migration lock on PostgreSQL. It returns the versions applied.
func (db *DB) Migrate(ctx context.Context, after func(context.Context) error) ([]int64, error) {
	unlock, err := db.lockMigrations(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	p, done, err := db.migrationProvider()
	if err != nil {
		return nil, err
	}
	defer done()
	results, err := p.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	var applied []int64
	for _, r := range results {
		applied = append(applied, r.Source.Version)
	}
	if after != nil {
		if err := after(ctx); err != nil {
			return applied, err
		}
	}
	return applied, nil
}

// SchemaVersion returns the applied and the newest known migration version.
func (db *DB) SchemaVersion(ctx context.Context) (current, target int64, err error) {
	p, done, err := db.migrationProvider()
	if err != nil {
		return 0, 0, err
	}
	defer done()
	return p.GetVersions(ctx)
}

// CheckSchema returns ErrStaleSchema when migrations are pending.
func (db *DB) CheckSchema(ctx context.Context) error {
	current, target, err := db.SchemaVersion(ctx)
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current < target {
		return fmt.Errorf("%w: at version %d, this binary needs %d", ErrStaleSchema, current, target)
	}
	return nil
}

func (db *DB) lockMigrations(ctx context.Context) (func(), error) {
	if db.dialect != Postgres {
		return func() {}, nil
	}
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrationLockID); err != nil {
		conn.Close()
		return nil, fmt.Errorf("take migration lock: %w", err)
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLockID)
		conn.Close()
	}, nil
}
