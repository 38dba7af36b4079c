// Package carriertest helps adapter tests replay a carrier's documented answers from
// fixture files through httptest servers and compare the checkpoints that come out.
package carriertest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Fixture reads testdata/name of the calling package.
func Fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatalf("fixture: %v", err)
	}
	return b
}

// Carrier is a fake carrier API: routes answer from handlers, and every request is kept
// so tests can check what the adapter sent and how often.
type Carrier struct {
	*httptest.Server
	mu       sync.Mutex
	requests []Recorded
}

// Recorded is one request the adapter made, with its body read.
type Recorded struct {
	Method, Path, Query string
	Header              http.Header
	Body                string
}

// NewCarrier starts a fake carrier serving mux; it stops when the test ends.
func NewCarrier(tb testing.TB, mux *http.ServeMux) *Carrier {
	tb.Helper()
	c := &Carrier{}
	c.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		c.mu.Lock()
		c.requests = append(c.requests, Recorded{r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Clone(), string(body)})
		c.mu.Unlock()
		r.Body = io.NopCloser(bytes.NewReader(body))
		mux.ServeHTTP(w, r)
	}))
	tb.Cleanup(c.Close)
	return c
}

// Requests returns the requests made so far whose path starts with prefix.
func (c *Carrier) Requests(prefix string) []Recorded {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Recorded
	for _, r := range c.requests {
		if strings.HasPrefix(r.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// Reply answers with a status, a content type and a fixed body.
func Reply(status int, contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.WriteHeader(status)
		w.Write(body)
	}
}

// Lines renders checkpoints one per line, "time | subtag | raw code | raw status |
// location", with the time in RFC 3339 and its original offset, so a test reads like the
// carrier's own tracking page.
func Lines(cps []carriers.Checkpoint) []string {
	out := make([]string, len(cps))
	for i, c := range cps {
		out[i] = fmt.Sprintf("%s | %s | %s | %s | %s", c.Time.Format(time.RFC3339), c.Subtag, c.RawCode, c.RawStatus, c.Location)
	}
	return out
}

// Equal fails the test with both lists when the checkpoints differ from want.
func Equal(tb testing.TB, got []carriers.Checkpoint, want []string) {
	tb.Helper()
	lines := Lines(got)
	same := len(lines) == len(want)
	for i := 0; same && i < len(want); i++ {
		same = lines[i] == want[i]
	}
	if !same {
		tb.Errorf("checkpoints:\n got: %s\nwant: %s", strings.Join(lines, "\n      "), strings.Join(want, "\n      "))
	}
}

// Kind fails the test unless err is a carrier error of the given kind.
func Kind(tb testing.TB, err error, want carriers.ErrorKind) *carriers.Error {
	tb.Helper()
	if got := carriers.KindOf(err); err == nil || got != want {
		tb.Fatalf("error = %v (kind %s), want kind %s", err, got, want)
	}
	var ce *carriers.Error
	errors.As(err, &ce)
	return ce
}
