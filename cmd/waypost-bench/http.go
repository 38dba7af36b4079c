package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"time"
)

// newClient keeps one connection per worker alive, as a busy API client or a
// proxy in front of Waypost would.
func newClient(concurrency int) *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns: 2 * concurrency, MaxIdleConnsPerHost: 2 * concurrency,
			IdleConnTimeout: 90 * time.Second, DisableCompression: true,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// statusError is a response outside 2xx.
type statusError struct {
	method, path string
	status       int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("%s %s: HTTP %d", e.method, e.path, e.status)
}

// getOp requests the path that pathFor picks, with the given headers, reading
// the whole body as a client would.
func getOp(client *http.Client, base string, header http.Header, pathFor func(*rand.Rand) string) Op {
	return func(ctx context.Context, rnd *rand.Rand) error {
		_, err := get(ctx, client, base, pathFor(rnd), header)
		return err
	}
}

// get performs one GET and returns its status; a non-2xx status is also an error.
func get(ctx context.Context, client *http.Client, base, path string, header http.Header) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
	if err != nil {
		return 0, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil {
		return resp.StatusCode, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, &statusError{method: http.MethodGet, path: path, status: resp.StatusCode}
	}
	return resp.StatusCode, nil
}
