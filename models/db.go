// Package models holds Waypost's storage: GORM structs, query methods scoped by
// organization, errors, Open() for SQLite and PostgreSQL, and migrations.
package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/ncruces/go-sqlite3/driver"
	"github.com/ncruces/go-sqlite3/gormlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

// Dialect names the SQL database behind a DB.
type Dialect string

// The supported dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// sqliteTimeFormat is fixed-width so that stored times sort as text in time order.
const sqliteTimeFormat = "2006-01-02T15:04:05.000000Z07:00"

// Options configures Open.
type Options struct {
	// DatabaseURL selects PostgreSQL; empty selects SQLite at SQLitePath.
	DatabaseURL string
	SQLitePath  string
	Logger      *slog.Logger
	// Now is the clock used for created_at/updated_at; time.Now when nil.
	Now func() time.Time
	// MaxConns bounds the PostgreSQL pool (default 20).
	MaxConns int32
	// Sealer encrypts secrets stored in columns (API signing secrets, carrier
	// credentials); without one, writing such a secret fails.
	Sealer Sealer
}

// DB is the storage handle passed to services. It is safe for concurrent use.
type DB struct {
	gorm    *gorm.DB
	sql     *sql.DB
	dialect Dialect
	now     func() time.Time
	log     *slog.Logger
	path    string
	sealer  Sealer

	// Pool is the pgx pool shared with River (PostgreSQL only).
	Pool *pgxpool.Pool
	// JobSQL is a single-connection pool on the SQLite file for River, which
	// serialises its own work (SQLite only).
	JobSQL *sql.DB
}

// Open connects to the database named by opts. It does not migrate.
func Open(ctx context.Context, opts Options) (*DB, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	db := &DB{now: func() time.Time { return opts.Now().UTC() }, log: opts.Logger, sealer: opts.Sealer}
	var dialector gorm.Dialector
	var err error
	if opts.DatabaseURL != "" {
		dialector, err = db.openPostgres(ctx, opts)
	} else {
		dialector, err = db.openSQLite(opts.SQLitePath)
	}
	if err != nil {
		return nil, err
	}
	db.gorm, err = gorm.Open(dialector, &gorm.Config{
		TranslateError:         true,
		NowFunc:                db.now,
		Logger:                 newGormLogger(opts.Logger),
		SkipDefaultTransaction: true,
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open gorm: %w", err)
	}
	return db, nil
}

func (db *DB) openPostgres(ctx context.Context, opts Options) (gorm.Dialector, error) {
	cfg, err := pgxpool.ParseConfig(opts.DatabaseURL)
	if err != nil {
		return nil, fmt.Errorf("parse DATABASE_URL: %w", err)
	}
	cfg.MaxConns = opts.MaxConns
	if cfg.MaxConns == 0 {
		cfg.MaxConns = 20
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	db.Pool = pool
	db.sql = stdlib.OpenDBFromPool(pool)
	db.dialect = Postgres
	return postgres.New(postgres.Config{Conn: db.sql}), nil
}

func (db *DB) openSQLite(path string) (gorm.Dialector, error) {
	if path == "" {
		return nil, errors.New("sqlite path is empty")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	conn, err := driver.Open(sqliteDSN(path, true))
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	conn.SetMaxOpenConns(8)
	jobs, err := driver.Open(sqliteDSN(path, false))
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	jobs.SetMaxOpenConns(1)
	db.sql, db.JobSQL, db.dialect, db.path = conn, jobs, SQLite, path
	return gormlite.OpenDB(conn), nil
}

// sqliteDSN builds the connection string: WAL so readers never block the writer,
// a busy timeout instead of SQLITE_BUSY errors, and immediate transactions so a
// read-then-write transaction cannot deadlock on lock upgrade.
func sqliteDSN(path string, fixedTime bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(wal)")
	q.Add("_pragma", "synchronous(normal)")
	q.Add("_pragma", "foreign_keys(on)")
	q.Set("_txlock", "immediate")
	if fixedTime {
		q.Set("_timefmt", sqliteTimeFormat)
	}
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

// Dialect reports which database this is.
func (db *DB) Dialect() Dialect { return db.dialect }

// Now is the injected clock, in UTC.
func (db *DB) Now() time.Time { return db.now() }

// Ping checks the database answers.
func (db *DB) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return db.sql.PingContext(ctx)
}

// Close releases every connection.
func (db *DB) Close() {
	if db.sql != nil {
		db.sql.Close()
	}
	if db.JobSQL != nil {
		db.JobSQL.Close()
	}
	if db.Pool != nil {
		db.Pool.Close()
	}
}

// Tx runs fn in one transaction; fn's DB must be used for every statement.
func (db *DB) Tx(ctx context.Context, fn func(tx *DB) error) error {
	return db.gorm.WithContext(ctx).Transaction(func(g *gorm.DB) error {
		clone := *db
		clone.gorm = g
		return fn(&clone)
	})
}

func (db *DB) q(ctx context.Context) *gorm.DB { return db.gorm.WithContext(ctx) }
