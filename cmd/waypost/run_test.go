package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	dbtest.StopShared()
	if code != 0 {
		panic(fmt.Sprintf("exit %d", code))
	}
}

// syncBuffer is a bytes.Buffer safe to read while run writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func envOf(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestBadConfigurationExitsTwoWithOneLine(t *testing.T) {
	var out, errOut syncBuffer
	code := run(context.Background(), []string{"waypost", "serve"}, envOf(map[string]string{"WAYPOST_ADDR": "nonsense"}), &out, &errOut)
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	if code != 2 || len(lines) != 1 || !strings.Contains(lines[0], "WAYPOST_ADDR") {
		t.Errorf("code %d, stderr %q", code, errOut.String())
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errOut syncBuffer
	if code := run(context.Background(), []string{"waypost", "frobnicate"}, envOf(nil), &out, &errOut); code != 2 {
		t.Errorf("code %d", code)
	}
}

// startServe runs `waypost serve` until the returned stop is called, and waits
// for /healthz.
func startServe(t *testing.T, env map[string]string) (base string, stdout *syncBuffer, stop func() int) {
	t.Helper()
	addr := freeAddr(t)
	env["WAYPOST_ADDR"] = addr
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"waypost", "serve"}, envOf(env), stdout, stderr) }()
	base = "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(base + "/healthz")
		if err == nil {
			res.Body.Close()
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d early: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not come up: %s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	return base, stdout, func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(30 * time.Second):
			t.Fatal("serve did not stop within 30s")
			return -1
		}
	}
}

func TestServeEmbeddedPrintsDemoCredentialsAndStopsCleanly(t *testing.T) {
	dir := t.TempDir()
	base, stdout, stop := startServe(t, map[string]string{"WAYPOST_DATA_DIR": dir})
	res, err := http.Get(base + "/readyz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("readyz: %v %v", res, err)
	}
	res.Body.Close()
	for _, want := range []string{"Email:    demo@waypost.local", "Password: ", "API key:  wp_"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
		}
	}
	if code := stop(); code != 0 {
		t.Errorf("graceful stop exit %d", code)
	}
	// A second start reuses the database and does not print new credentials.
	_, stdout2, stop2 := startServe(t, map[string]string{"WAYPOST_DATA_DIR": dir})
	if strings.Contains(stdout2.String(), "Password:") {
		t.Error("credentials printed again on the second start")
	}
	stop2()
}

func TestClusterModeNeedsMigrateThenRunsTwoInstances(t *testing.T) {
	dsn := dbtest.DSN(t)
	keys := strings.Repeat("1f", 32) + ":" + strings.Repeat("2e", 32)
	env := func() map[string]string {
		return map[string]string{"DATABASE_URL": dsn, "WAYPOST_SESSION_KEYS": keys, "WAYPOST_DATA_KEYS": strings.Repeat("3d", 32),
			"WAYPOST_BOOTSTRAP_EMAIL": "ops@example.com", "WAYPOST_BOOTSTRAP_PASSWORD": "cluster-password",
			"WAYPOST_BOOTSTRAP_API_KEY": "wp_cluster_key_0123456789"}
	}
	var out, errOut syncBuffer
	code := run(context.Background(), []string{"waypost", "serve"}, envOf(env()), &out, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "waypost migrate") {
		t.Fatalf("stale schema: code %d, stderr %q", code, errOut.String())
	}
	// Two migrations at once: the lock makes one wait for the other.
	var wg sync.WaitGroup
	codes := make([]int, 2)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var o, e syncBuffer
			codes[i] = run(context.Background(), []string{"waypost", "migrate"}, envOf(env()), &o, &e)
			if codes[i] != 0 {
				t.Errorf("migrate %d: %s", i, e.String())
			}
		}()
	}
	wg.Wait()
	a, _, stopA := startServe(t, env())
	b, _, stopB := startServe(t, env())
	for _, base := range []string{a, b} {
		req, _ := http.NewRequest(http.MethodGet, base+"/tracking/2024-04/trackings", nil)
		req.Header.Set("as-api-key", "wp_cluster_key_0123456789")
		res, err := http.DefaultClient.Do(req)
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %v %v", base, res, err)
		}
		res.Body.Close()
	}
	if stopA() != 0 || stopB() != 0 {
		t.Error("instances did not stop cleanly")
	}
}
