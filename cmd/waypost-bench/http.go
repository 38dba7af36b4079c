package main

import (
	"bytes"
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

// request is one HTTP call of a scenario.
type request struct {
	method, path string
	header       http.Header
	body         []byte
	// want is the status expected; 0 accepts any 2xx.
	want int
}

func getRequest(path string, header http.Header) request {
	return request{method: http.MethodGet, path: path, header: header}
}

// getOp requests the path that pathFor picks, with the given headers, reading
// the whole body as a client would.
func getOp(client *http.Client, base string, header http.Header, pathFor func(*rand.Rand) string) Op {
	return requestOp(client, base, func(rnd *rand.Rand) request { return getRequest(pathFor(rnd), header) })
}

// requestOp sends the request that reqFor builds.
func requestOp(client *http.Client, base string, reqFor func(*rand.Rand) request) Op {
	return func(ctx context.Context, rnd *rand.Rand) error {
		_, _, err := do(ctx, client, base, reqFor(rnd), false)
		return err
	}
}

// do sends r and reads the whole response, returning the body when keep is
// set. A status other than the one wanted is a *statusError.
func do(ctx context.Context, client *http.Client, base string, r request, keep bool) (int, []byte, error) {
	var body io.Reader
	if r.body != nil {
		body = bytes.NewReader(r.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, base+r.path, body)
	if err != nil {
		return 0, nil, err
	}
	for k, v := range r.header {
		req.Header[k] = v
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	var out []byte
	if keep {
		out, err = io.ReadAll(resp.Body)
	} else {
		_, err = io.Copy(io.Discard, resp.Body)
	}
	resp.Body.Close()
	if err != nil {
		return resp.StatusCode, nil, err
	}
	if ok := resp.StatusCode == r.want || (r.want == 0 && resp.StatusCode >= 200 && resp.StatusCode <= 299); !ok {
		return resp.StatusCode, out, &statusError{method: r.method, path: r.path, status: resp.StatusCode}
	}
	return resp.StatusCode, out, nil
}
