// Package carrierhttp is the HTTP plumbing every live carrier adapter shares: sending a
// request with a deadline, reading a bounded body, turning HTTP failures into classified
// carrier errors (retryable or final), and caching OAuth access tokens.
package carrierhttp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// maxBody bounds what Waypost reads from a carrier: a parcel's history is a few kilobytes,
// so anything far larger is a broken or hostile answer.
const maxBody = 8 << 20

// defaultRetryAfter is the pause after a 429 that does not say how long to wait.
const defaultRetryAfter = time.Minute

// Client sends requests to one carrier's API.
type Client struct {
	Slug string
	HTTP *http.Client
	Now  func() time.Time
}

// New returns a client for slug; a nil http client gets one with a 30-second timeout, and a
// nil now reads the wall clock.
func New(slug string, hc *http.Client, now func() time.Time) *Client {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	if now == nil {
		now = time.Now
	}
	return &Client{Slug: slug, HTTP: hc, Now: now}
}

// Response is a carrier's answer, read in full.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// OK reports a 2xx status.
func (r *Response) OK() bool { return r.Status >= 200 && r.Status < 300 }

// Do sends req and reads the answer. Only a failure to talk to the carrier is an error
// (KindUnavailable); any HTTP status is returned for the adapter to read, because carriers
// explain "unknown number" in their own error bodies before the status says anything.
func (c *Client) Do(req *http.Request) (*Response, error) {
	if req.Header.Get("Accept") == "" {
		req.Header.Set("Accept", "application/json")
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "Waypost/1 (+shipment tracking)")
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, c.Error(carriers.KindUnavailable, fmt.Errorf("request failed: %w", err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, c.Error(carriers.KindUnavailable, fmt.Errorf("reading the answer: %w", err))
	}
	if len(body) > maxBody {
		return nil, c.Error(carriers.KindFormat, errors.New("answer larger than 8 MiB"))
	}
	return &Response{Status: resp.StatusCode, Header: resp.Header, Body: body}, nil
}

// Error builds a classified error for this carrier.
func (c *Client) Error(kind carriers.ErrorKind, err error) *carriers.Error {
	return carriers.NewError(kind, c.Slug, err)
}

// Fail classifies a non-2xx answer by its HTTP status alone, for when the carrier's own
// error body said nothing more specific. detail is added to the message.
func (c *Client) Fail(r *Response, detail string) *carriers.Error {
	msg := fmt.Sprintf("HTTP %d", r.Status)
	if detail = strings.TrimSpace(detail); detail != "" {
		msg += ": " + detail
	}
	e := c.Error(KindOfStatus(r.Status), errors.New(msg))
	if e.Kind == carriers.KindRateLimited || r.Status == http.StatusServiceUnavailable {
		e.RetryAfter = RetryAfter(r.Header.Get("Retry-After"), c.Now())
		if e.RetryAfter == 0 && e.Kind == carriers.KindRateLimited {
			e.RetryAfter = defaultRetryAfter
		}
	}
	return e
}

// KindOfStatus maps an HTTP status to a failure kind. A 400 or 422 is read as the carrier
// rejecting the number, the only part of a well-formed request that varies.
func KindOfStatus(status int) carriers.ErrorKind {
	switch {
	case status == http.StatusTooManyRequests:
		return carriers.KindRateLimited
	case status == http.StatusUnauthorized, status == http.StatusForbidden:
		return carriers.KindAuth
	case status == http.StatusNotFound:
		return carriers.KindNotFound
	case status == http.StatusBadRequest, status == http.StatusUnprocessableEntity:
		return carriers.KindInvalidNumber
	}
	return carriers.KindUnavailable
}

// RetryAfter reads a Retry-After header: delay seconds or an HTTP date. It returns 0 when
// the header is absent or unreadable, and never a negative delay.
func RetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return time.Duration(max(secs, 0)) * time.Second
	}
	if at, err := http.ParseTime(v); err == nil && at.After(now) {
		return at.Sub(now)
	}
	return 0
}

// JSON decodes a carrier's JSON answer; a body that does not parse means the carrier
// changed its format, which is retried and reported rather than treated as "no events".
func (c *Client) JSON(body []byte, v any) error {
	if err := json.Unmarshal(body, v); err != nil {
		return c.Error(carriers.KindFormat, fmt.Errorf("unexpected answer: %w", err))
	}
	return nil
}

// NewRequest builds a request bound to ctx; a malformed base URL is a configuration
// mistake, reported as KindNotConfigured.
func (c *Client) NewRequest(ctx context.Context, method, url string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return nil, c.Error(carriers.KindNotConfigured, fmt.Errorf("bad carrier URL: %w", err))
	}
	return req, nil
}

// Credentials picks the credentials of a request: the organization's own when the request
// carries every named key, else the server's when it has them all. ok is false when
// neither is complete.
func Credentials(req carriers.Request, server map[string]string, keys ...string) (creds map[string]string, ok bool) {
	if complete(req.Credentials, keys) {
		return req.Credentials, true
	}
	if complete(server, keys) {
		return server, true
	}
	return nil, false
}

func complete(m map[string]string, keys []string) bool {
	if len(m) == 0 {
		return false
	}
	for _, k := range keys {
		if strings.TrimSpace(m[k]) == "" {
			return false
		}
	}
	return true
}
