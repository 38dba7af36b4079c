package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"

	"github.com/jackc/pgx/v5"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
)

// backend is an empty database for one table of results: a SQLite data
// directory, or a fresh PostgreSQL database on DATABASE_URL's server or on a
// throwaway server started for the run.
type backend struct {
	dialect string
	dataDir string
	dsn     string
	closers []func()
}

func openBackend(ctx context.Context, dialect string, getenv func(string) string, progress io.Writer) (*backend, error) {
	dir, err := os.MkdirTemp("", "waypost-bench-")
	if err != nil {
		return nil, err
	}
	b := &backend{dialect: dialect, dataDir: dir}
	b.closers = append(b.closers, func() { os.RemoveAll(dir) })
	if dialect == "postgres" {
		if err := b.openPostgres(ctx, getenv("DATABASE_URL"), progress); err != nil {
			b.Close()
			return nil, err
		}
	}
	return b, nil
}

func (b *backend) openPostgres(ctx context.Context, serverURL string, progress io.Writer) error {
	if serverURL == "" {
		fmt.Fprintln(progress, "DATABASE_URL is not set: starting a throwaway PostgreSQL")
		srv, err := dbtest.Start(ctx)
		if err != nil {
			return err
		}
		b.closers = append(b.closers, func() {
			if err := srv.Stop(); err != nil {
				fmt.Fprintln(progress, err)
			}
		})
		serverURL = srv.AdminDSN()
	}
	dsn, drop, err := createDatabase(ctx, serverURL)
	if err != nil {
		return err
	}
	b.dsn = dsn
	b.closers = append(b.closers, drop)
	return nil
}

// Close removes everything the backend created, newest first.
func (b *backend) Close() {
	for i := len(b.closers) - 1; i >= 0; i-- {
		b.closers[i]()
	}
	b.closers = nil
}

// createDatabase makes a uniquely named database on the server serverURL points
// at, so that a run never touches existing data, and returns its DSN and a
// function that drops it.
func createDatabase(ctx context.Context, serverURL string) (string, func(), error) {
	var rnd [4]byte
	rand.Read(rnd[:])
	name := "waypost_bench_" + hex.EncodeToString(rnd[:])
	dsn, err := withDatabase(serverURL, name)
	if err != nil {
		return "", nil, err
	}
	conn, err := pgx.Connect(ctx, serverURL)
	if err != nil {
		return "", nil, fmt.Errorf("connect to DATABASE_URL: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", nil, fmt.Errorf("create database %s: %w", name, err)
	}
	drop := func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, serverURL)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	}
	return dsn, drop, nil
}

// withDatabase returns the postgres:// URL dsn naming database name instead.
func withDatabase(dsn, name string) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", errors.New("DATABASE_URL must be a postgres:// URL")
	}
	u.Path, u.RawPath = "/"+name, ""
	return u.String(), nil
}
