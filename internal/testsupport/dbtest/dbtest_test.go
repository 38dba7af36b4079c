package dbtest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	dbtest.StopShared()
	os.Exit(code)
}

func connect(t *testing.T, dsn string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect %s: %v", dsn, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func TestSharedServerDatabasesAreIsolated(t *testing.T) {
	if os.Getenv(dbtest.EnvDatabaseURL) == "" {
		// Measure (and log) the cost of starting the shared server.
		start := time.Now()
		srv, err := dbtest.Shared()
		if errors.Is(err, dbtest.ErrNoBinaries) {
			dbtest.DSN(t) // skips loudly, or fails in CI
		}
		if err != nil {
			t.Fatalf("Shared: %v", err)
		}
		t.Logf("shared server ready in %v on port %d", time.Since(start), srv.Port())
	}

	start := time.Now()
	dsn1 := dbtest.DSN(t)
	dsn2 := dbtest.DSN(t)
	t.Logf("two databases created in %v", time.Since(start))
	if dsn1 == dsn2 {
		t.Fatalf("DSN returned the same database twice: %s", dsn1)
	}

	ctx := context.Background()
	c1, c2 := connect(t, dsn1), connect(t, dsn2)

	var name1, name2 string
	if err := c1.QueryRow(ctx, "SELECT current_database()").Scan(&name1); err != nil {
		t.Fatal(err)
	}
	if err := c2.QueryRow(ctx, "SELECT current_database()").Scan(&name2); err != nil {
		t.Fatal(err)
	}
	if name1 == name2 || !strings.HasPrefix(name1, "waypost_test_") {
		t.Fatalf("database names %q and %q", name1, name2)
	}

	// Both databases start empty.
	for _, c := range []*pgx.Conn{c1, c2} {
		var n int
		if err := c.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Fatalf("fresh database has %d tables", n)
		}
	}

	// The same table in both, with different contents.
	for i, c := range []*pgx.Conn{c1, c2} {
		if _, err := c.Exec(ctx, `CREATE TABLE widgets (id bigserial PRIMARY KEY, name text NOT NULL, created timestamptz NOT NULL DEFAULT now())`); err != nil {
			t.Fatalf("db%d: create table: %v", i+1, err)
		}
	}
	var id int64
	if err := c1.QueryRow(ctx, `INSERT INTO widgets (name) VALUES ($1) RETURNING id`, "sprocket ✓").Scan(&id); err != nil {
		t.Fatal(err)
	}
	var got string
	if err := c1.QueryRow(ctx, `SELECT name FROM widgets WHERE id = $1`, id).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != "sprocket ✓" {
		t.Fatalf("round trip: got %q", got)
	}

	var n int
	if err := c2.QueryRow(ctx, `SELECT count(*) FROM widgets`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("db2 sees %d rows written to db1", n)
	}
	if _, err := c2.Exec(ctx, `INSERT INTO widgets (name) VALUES ('a'), ('b')`); err != nil {
		t.Fatal(err)
	}
	if err := c1.QueryRow(ctx, `SELECT count(*) FROM widgets`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Fatalf("db1 has %d rows, want 1", n)
	}
}

func TestNewDatabaseAndSettings(t *testing.T) {
	if os.Getenv(dbtest.EnvDatabaseURL) != "" {
		t.Skip("uses the throwaway server")
	}
	srv, err := dbtest.Shared()
	if errors.Is(err, dbtest.ErrNoBinaries) {
		dbtest.DSN(t)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dsn, err := srv.NewDatabase(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := connect(t, dsn)
	for setting, want := range map[string]string{
		"fsync":              "off",
		"synchronous_commit": "off",
		"full_page_writes":   "off",
		"max_connections":    "200",
		"listen_addresses":   "127.0.0.1",
	} {
		var got string
		if err := c.QueryRow(ctx, "SELECT current_setting($1)", setting).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s = %q, want %q", setting, got, want)
		}
	}
	var super bool
	if err := c.QueryRow(ctx, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").Scan(&super); err != nil {
		t.Fatal(err)
	}
	if !super {
		t.Error("admin user is not a superuser")
	}
}

// TestStartStop starts a second, private server and checks that Stop shuts it
// down and removes its directory.
func TestStartStop(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server")
	}
	start := time.Now()
	srv, err := dbtest.Start(context.Background())
	if errors.Is(err, dbtest.ErrNoBinaries) {
		dbtest.DSN(t)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("private server ready in %v", time.Since(start))
	c := connect(t, srv.AdminDSN())
	var dataDir string
	if err := c.QueryRow(context.Background(), "SHOW data_directory").Scan(&dataDir); err != nil {
		t.Fatal(err)
	}
	c.Close(context.Background())

	start = time.Now()
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	t.Logf("stopped in %v", time.Since(start))
	if _, err := os.Stat(filepath.Dir(dataDir)); !os.IsNotExist(err) {
		t.Errorf("server directory %s still exists after Stop (err %v)", filepath.Dir(dataDir), err)
	}
	if err := srv.Stop(); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if conn, err := pgx.Connect(ctx, srv.AdminDSN()); err == nil {
		conn.Close(context.Background())
		t.Error("server still accepts connections after Stop")
	}
}
