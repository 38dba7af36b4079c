// Package dbtest starts real, throwaway PostgreSQL servers for tests.
//
// It uses the PostgreSQL binaries installed on the machine (Debian's
// postgresql package puts them in /usr/lib/postgresql/<version>/bin); nothing
// is downloaded and no container runtime is needed. A server lives in a
// temporary directory (on /dev/shm when that has room, see
// WAYPOST_PG_TMPDIR), listens on a free loopback port, runs with durability
// switched off (fsync, synchronous_commit, full_page_writes) and is removed by
// Stop. If the test process dies, its servers die with it (Linux).
//
// Most tests only need [DSN]:
//
//	func TestMain(m *testing.M) {
//		code := m.Run()
//		dbtest.StopShared()
//		os.Exit(code)
//	}
//
//	func TestSomething(t *testing.T) {
//		dsn := dbtest.DSN(t) // fresh, empty database
//		...
//	}
//
// Binaries are looked up in $WAYPOST_PG_BIN, then the highest version under
// /usr/lib/postgresql/*/bin, then $PATH. If $WAYPOST_TEST_DATABASE_URL is set,
// [DSN] creates its databases on that server instead of starting one.
//
// PostgreSQL refuses to run as root, so when the test process is root the
// server runs as user "nobody".
package dbtest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNoBinaries is returned by Start (and Shared) when no PostgreSQL server
// binaries (initdb and postgres) can be found.
var ErrNoBinaries = errors.New("dbtest: PostgreSQL binaries (initdb, postgres) not found; install Debian's postgresql package or set WAYPOST_PG_BIN")

const (
	// EnvPGBin names a directory holding initdb and postgres.
	EnvPGBin = "WAYPOST_PG_BIN"
	// EnvTmpDir names the directory to create server directories in,
	// overriding the default choice of /dev/shm or os.TempDir().
	EnvTmpDir = "WAYPOST_PG_TMPDIR"
	// EnvDatabaseURL names an existing server DSN uses instead of starting one.
	EnvDatabaseURL = "WAYPOST_TEST_DATABASE_URL"

	startTimeout    = 60 * time.Second
	stopTimeout     = 30 * time.Second
	dirPrefix       = "waypost-pg-"
	ownerFile       = "owner.pid"
	logFile         = "postgres.log"
	dataSubdir      = "data"
	unprivilegedUsr = "nobody"
	adminUser       = "postgres"
	shmDir          = "/dev/shm"
	minShmFree      = 1 << 30 // a server needs ~40MB plus ~8MB per database
)

// Server is a running throwaway PostgreSQL.
type Server struct {
	binDir  string
	dir     string // temporary directory holding everything below
	dataDir string
	logPath string
	port    int

	proc *process

	stopOnce sync.Once
	stopErr  error
}

// Start starts a server; the caller must call Stop. It returns ErrNoBinaries
// when no postgres binaries exist. ctx bounds the startup only; startup also
// gives up after 60 seconds.
func Start(ctx context.Context) (*Server, error) {
	binDir, err := findBinDir()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()

	runAs, err := runAsCredential()
	if err != nil {
		return nil, err
	}

	base := baseDir(runAs != nil)
	removeStaleDirs(base)
	if tmp := os.TempDir(); tmp != base {
		removeStaleDirs(tmp)
	}

	dir, err := os.MkdirTemp(base, dirPrefix+"*")
	if err != nil {
		return nil, fmt.Errorf("dbtest: create temp dir: %w", err)
	}
	s := &Server{
		binDir:  binDir,
		dir:     dir,
		dataDir: filepath.Join(dir, dataSubdir),
		logPath: filepath.Join(dir, logFile),
	}
	ok := false
	defer func() {
		if !ok {
			s.Stop()
		}
	}()

	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, fmt.Errorf("dbtest: %w", err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, fmt.Errorf("dbtest: %w", err)
	}
	if runAs != nil {
		if err := chownTo(dir, runAs); err != nil {
			return nil, fmt.Errorf("dbtest: chown %s to %s: %w", dir, unprivilegedUsr, err)
		}
	}

	if err := s.initdb(ctx, runAs); err != nil {
		return nil, err
	}

	// The port is picked by binding :0 and closing again, so another process
	// may grab it before postgres does; retry with a new port in that case.
	for attempt := 1; ; attempt++ {
		err := s.launch(ctx, runAs)
		if err == nil {
			break
		}
		if attempt < 3 && errors.Is(err, errPortInUse) && ctx.Err() == nil {
			continue
		}
		return nil, err
	}
	ok = true
	return s, nil
}

var errPortInUse = errors.New("port in use")

func (s *Server) initdb(ctx context.Context, runAs *credential) error {
	var out bytes.Buffer
	cmd := exec.Command(filepath.Join(s.binDir, "initdb"),
		"-D", s.dataDir,
		"-U", adminUser,
		"--auth=trust",
		"--encoding=UTF8",
		"--locale=C",
		"--no-sync",
		"--no-instructions",
	)
	cmd.Dir = s.dir
	cmd.Env = childEnv()
	cmd.Stdout = &out
	cmd.Stderr = &out
	cmd.SysProcAttr = sysProcAttr(runAs)
	p, err := startProcess(cmd)
	if err != nil {
		return fmt.Errorf("dbtest: start initdb: %w", err)
	}
	select {
	case <-p.done:
	case <-ctx.Done():
		_ = cmd.Process.Kill()
		<-p.done
		return fmt.Errorf("dbtest: initdb: %w\n%s", ctx.Err(), out.String())
	}
	if p.err != nil {
		return fmt.Errorf("dbtest: initdb failed: %v\n%s", p.err, out.String())
	}
	return nil
}

func (s *Server) launch(ctx context.Context, runAs *credential) error {
	port, err := freePort()
	if err != nil {
		return err
	}
	logf, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("dbtest: %w", err)
	}
	defer logf.Close() // the child keeps its own copy

	socketDir := s.dir
	if len(socketDir) > 80 { // sun_path is limited to ~107 bytes
		socketDir = ""
	}
	cmd := exec.Command(filepath.Join(s.binDir, "postgres"),
		"-D", s.dataDir,
		"-p", strconv.Itoa(port),
		"-c", "listen_addresses=127.0.0.1",
		"-c", "unix_socket_directories="+socketDir,
		"-c", "fsync=off",
		"-c", "synchronous_commit=off",
		"-c", "full_page_writes=off",
		"-c", "wal_level=minimal",
		"-c", "max_wal_senders=0",
		"-c", "max_connections=200",
		"-c", "shared_buffers=32MB",
		"-c", "logging_collector=off",
		"-c", "log_min_messages=warning",
	)
	cmd.Dir = s.dir
	cmd.Env = childEnv()
	cmd.Stdout = logf
	cmd.Stderr = logf
	cmd.SysProcAttr = sysProcAttr(runAs)
	p, err := startProcess(cmd)
	if err != nil {
		return fmt.Errorf("dbtest: start postgres: %w", err)
	}
	s.proc = p
	s.port = port

	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		cctx, ccancel := context.WithTimeout(ctx, 2*time.Second)
		conn, err := pgx.Connect(cctx, s.AdminDSN())
		if err == nil {
			err = conn.Ping(cctx)
			conn.Close(context.Background())
		}
		ccancel()
		if err == nil {
			return nil
		}
		lastErr = err
		select {
		case <-p.done:
			s.proc = nil
			log := s.serverLog()
			if strings.Contains(log, "could not bind") || strings.Contains(log, "already in use") {
				_ = os.Remove(filepath.Join(s.dataDir, "postmaster.pid"))
				return fmt.Errorf("dbtest: postgres could not bind port %d: %w", port, errPortInUse)
			}
			return fmt.Errorf("dbtest: postgres exited during startup (%v); server log:\n%s", p.err, log)
		case <-ctx.Done():
			return fmt.Errorf("dbtest: postgres did not accept connections on port %d: %w (last error: %v); server log:\n%s",
				port, ctx.Err(), lastErr, s.serverLog())
		case <-tick.C:
		}
	}
}

// serverLog returns (the tail of) the server's log.
func (s *Server) serverLog() string {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return fmt.Sprintf("(no server log: %v)", err)
	}
	const max = 16 << 10
	if len(b) > max {
		b = append([]byte("...\n"), b[len(b)-max:]...)
	}
	return string(b)
}

// Stop shuts the server down (fast shutdown: SIGINT, waiting for it to exit)
// and removes its data directory. It is safe to call more than once.
func (s *Server) Stop() error {
	s.stopOnce.Do(func() {
		var errs []error
		if p := s.proc; p != nil {
			if err := p.cmd.Process.Signal(sigint); err != nil && !errors.Is(err, os.ErrProcessDone) {
				errs = append(errs, fmt.Errorf("dbtest: signal postgres: %w", err))
			}
			select {
			case <-p.done:
			case <-time.After(stopTimeout):
				_ = p.cmd.Process.Kill()
				<-p.done
				errs = append(errs, fmt.Errorf("dbtest: postgres did not shut down within %v; killed", stopTimeout))
			}
		}
		if s.dir != "" {
			if err := os.RemoveAll(s.dir); err != nil {
				errs = append(errs, fmt.Errorf("dbtest: remove %s: %w", s.dir, err))
			}
		}
		s.stopErr = errors.Join(errs...)
	})
	return s.stopErr
}

// Port returns the TCP port the server listens on (on 127.0.0.1).
func (s *Server) Port() int { return s.port }

// AdminDSN returns the DSN of the superuser "postgres" on database
// "postgres". Loopback connections need no password.
func (s *Server) AdminDSN() string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/postgres?sslmode=disable", adminUser, s.port)
}

// NewDatabase creates a fresh empty database with a unique name and returns
// its DSN.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	return newDatabase(ctx, s.AdminDSN())
}

var dbCounter atomic.Uint64

// newDatabase creates a uniquely named database on the server adminDSN points
// at and returns adminDSN rewritten to use that database.
func newDatabase(ctx context.Context, adminDSN string) (string, error) {
	var rnd [4]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return "", err
	}
	name := fmt.Sprintf("waypost_test_%d_%d_%s", os.Getpid(), dbCounter.Add(1), hex.EncodeToString(rnd[:]))
	dsn, err := withDatabase(adminDSN, name)
	if err != nil {
		return "", err
	}
	conn, err := pgx.Connect(ctx, adminDSN)
	if err != nil {
		return "", fmt.Errorf("dbtest: connect to %s: %w", redact(adminDSN), err)
	}
	defer conn.Close(context.Background())
	// template0 is never connected to, so concurrent creations cannot fail
	// with "source database is being accessed by other users".
	q := "CREATE DATABASE " + pgx.Identifier{name}.Sanitize() + " TEMPLATE template0 ENCODING 'UTF8'"
	if serverMajor(conn) >= 15 {
		// PostgreSQL 15's default WAL_LOG strategy is several times slower
		// for a tiny template like this one (~35ms against ~200ms).
		q += " STRATEGY FILE_COPY"
	}
	if _, err := conn.Exec(ctx, q); err != nil {
		return "", fmt.Errorf("dbtest: create database %s: %w", name, err)
	}
	return dsn, nil
}

// serverMajor returns the major version of the server conn is connected to,
// or 0 if unknown.
func serverMajor(conn *pgx.Conn) int {
	v := conn.PgConn().ParameterStatus("server_version") // "15.14 (Debian 15.14-0+deb12u1)"
	end := strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if end >= 0 {
		v = v[:end]
	}
	major, _ := strconv.Atoi(v)
	return major
}

// dropDatabase drops the database created by newDatabase.
func dropDatabase(ctx context.Context, adminDSN, dsn string) error {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return err
	}
	conn, err := pgx.Connect(ctx, adminDSN)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{cfg.Database}.Sanitize()+" WITH (FORCE)")
	return err
}

// withDatabase returns dsn (URL or keyword/value form) with its database
// replaced by name.
func withDatabase(dsn, name string) (string, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return "", fmt.Errorf("dbtest: parse DSN: %w", err)
		}
		u.Path = "/" + name
		u.RawPath = ""
		return u.String(), nil
	}
	// Keyword/value form: a later keyword overrides an earlier one.
	return strings.TrimSpace(dsn) + " dbname=" + name, nil
}

// redact hides a password in a URL DSN.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
			return u.String()
		}
	}
	return dsn
}

// ---- shared server ----

var shared struct {
	mu      sync.Mutex
	started bool
	stopped bool
	srv     *Server
	err     error
}

// Shared returns a process-wide server started once, for use from tests; it
// is stopped by StopShared, which a package's TestMain calls after m.Run().
func Shared() (*Server, error) {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.stopped {
		return nil, errors.New("dbtest: Shared called after StopShared")
	}
	if !shared.started {
		shared.started = true
		shared.srv, shared.err = Start(context.Background())
	}
	return shared.srv, shared.err
}

// StopShared stops the server started by Shared, if any. Call it from
// TestMain after m.Run(). Shared fails after StopShared.
func StopShared() {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	shared.stopped = true
	if shared.srv != nil {
		if err := shared.srv.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
		shared.srv = nil
	}
}

// NoBinariesMessage is the message DSN skips (or, in CI, fails) with when no
// PostgreSQL binaries are installed.
const NoBinariesMessage = "PostgreSQL binaries not found: install Debian's postgresql; skipping Postgres tests"

// DSN is the one-liner for tests: it returns the DSN of a fresh, empty
// database on the shared server (see Shared), dropped again when the test
// ends.
//
// If WAYPOST_TEST_DATABASE_URL is set, the database is created on that
// server instead. When no PostgreSQL binaries exist, DSN skips the test with
// a loud message, except when the CI environment variable is set, in which
// case the test fails: CI must run the Postgres tests.
func DSN(tb testing.TB) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()

	adminDSN := os.Getenv(EnvDatabaseURL)
	if adminDSN == "" {
		srv, err := Shared()
		if errors.Is(err, ErrNoBinaries) {
			banner := strings.Repeat("!", 78)
			msg := fmt.Sprintf("\n%s\n!!! %s\n!!! (%v)\n%s", banner, NoBinariesMessage, err, banner)
			if inCI() {
				tb.Fatalf("%s\nCI is set, so this is a failure, not a skip: CI must have PostgreSQL installed.", msg)
			}
			noBinariesOnce.Do(func() { fmt.Fprintln(os.Stderr, msg) })
			tb.Skip(msg)
		}
		if err != nil {
			tb.Fatalf("dbtest: start PostgreSQL: %v", err)
		}
		adminDSN = srv.AdminDSN()
	}
	dsn, err := newDatabase(ctx, adminDSN)
	if err != nil {
		tb.Fatalf("%v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := dropDatabase(ctx, adminDSN, dsn); err != nil {
			tb.Logf("dbtest: drop test database: %v", err)
		}
	})
	return dsn
}

var noBinariesOnce sync.Once

func inCI() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv("CI")))
	return v != "" && v != "false" && v != "0" && v != "no"
}

// ---- binaries ----

func findBinDir() (string, error) {
	if dir := os.Getenv(EnvPGBin); dir != "" {
		if hasBinaries(dir) {
			return dir, nil
		}
		return "", fmt.Errorf("%w (%s=%s has no initdb and postgres)", ErrNoBinaries, EnvPGBin, dir)
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(matches, func(i, j int) bool {
		return versionLess(filepath.Base(filepath.Dir(matches[j])), filepath.Base(filepath.Dir(matches[i])))
	})
	for _, dir := range matches {
		if hasBinaries(dir) {
			return dir, nil
		}
	}
	if p, err := exec.LookPath("postgres"); err == nil {
		if dir := filepath.Dir(p); hasBinaries(dir) {
			return dir, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if dir := filepath.Dir(p); hasBinaries(dir) {
			return dir, nil
		}
	}
	return "", ErrNoBinaries
}

func hasBinaries(dir string) bool {
	for _, name := range []string{"initdb", "postgres"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

// versionLess compares dotted numeric versions ("9.6" < "15" < "16").
func versionLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) || i < len(pb); i++ {
		var x, y int
		if i < len(pa) {
			x, _ = strconv.Atoi(pa[i])
		}
		if i < len(pb) {
			y, _ = strconv.Atoi(pb[i])
		}
		if x != y {
			return x < y
		}
	}
	return a < b
}

// ---- processes ----

// process is a started child; done is closed once it has exited, err then
// holds the result of Wait.
type process struct {
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

// startProcess starts cmd from a goroutine locked to its OS thread that stays
// alive until the child exits. The parent-death signal (see sysProcAttr)
// fires when the *thread* that forked the child exits, so this ties the
// child's life to the test process, not to a thread the Go runtime might
// retire.
func startProcess(cmd *exec.Cmd) (*process, error) {
	p := &process{cmd: cmd, done: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		// Deliberately never unlocked: the thread exits with the goroutine,
		// which happens only after the child is gone.
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		p.err = cmd.Wait()
		close(p.done)
	}()
	if err := <-started; err != nil {
		return nil, err
	}
	return p, nil
}

// baseDir picks the directory to create the server's temporary directory
// in: $WAYPOST_PG_TMPDIR if set, else /dev/shm if it is a roomy tmpfs (on
// this project's CI a disk-backed data directory makes CREATE DATABASE ~25x
// and startup ~3x slower), else os.TempDir(). When the server runs as
// nobody, the directory must be reachable by nobody, so an untraversable
// TMPDIR is replaced by /tmp.
func baseDir(unprivileged bool) string {
	if dir := os.Getenv(EnvTmpDir); dir != "" {
		return dir
	}
	usable := func(dir string) bool {
		return !unprivileged || traversableByAll(dir)
	}
	if fi, err := os.Stat(shmDir); err == nil && fi.IsDir() && freeBytes(shmDir) >= minShmFree && usable(shmDir) {
		if f, err := os.CreateTemp(shmDir, dirPrefix+"probe-*"); err == nil {
			f.Close()
			os.Remove(f.Name())
			return shmDir
		}
	}
	if dir := os.TempDir(); usable(dir) {
		return dir
	}
	return "/tmp"
}

// traversableByAll reports whether every directory from / to dir can be
// searched by any user, so the unprivileged server can reach its data dir.
func traversableByAll(dir string) bool {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return false
	}
	for {
		fi, err := os.Stat(dir)
		if err != nil || !fi.IsDir() || fi.Mode().Perm()&0o001 == 0 {
			return false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return true
		}
		dir = parent
	}
}

// childEnv is the environment for initdb and postgres: ours without libpq
// and locale settings that could change their behaviour.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "PG") || strings.HasPrefix(k, "LC_") || k == "LANG" || k == "LANGUAGE" || k == "HOME" {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C", "LANG=C")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("dbtest: pick free port: %w", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		return 0, fmt.Errorf("dbtest: pick free port: %w", err)
	}
	return port, nil
}

// removeStaleDirs removes directories left in base by earlier test processes
// that died without calling Stop (their postgres died with them, see
// sysProcAttr). A directory is stale when the process named in its owner
// file no longer exists.
func removeStaleDirs(base string) {
	matches, _ := filepath.Glob(filepath.Join(base, dirPrefix+"*"))
	for _, dir := range matches {
		b, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 0 || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		// Leave the directory alone if its postmaster somehow survived.
		if b, err := os.ReadFile(filepath.Join(dir, dataSubdir, "postmaster.pid")); err == nil {
			line, _, _ := strings.Cut(string(b), "\n")
			if pm, err := strconv.Atoi(strings.TrimSpace(line)); err == nil && pm > 0 && processAlive(pm) {
				continue
			}
		}
		_ = os.RemoveAll(dir)
	}
}

// Main is a TestMain body: it runs the tests, then stops the shared server.
func Main(m *testing.M) {
	code := m.Run()
	StopShared()
	os.Exit(code)
}
