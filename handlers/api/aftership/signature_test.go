package aftership_test

import (
	"cmp"
	"context"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// signedCall is one request made the way AfterShip's clients sign them.
type signedCall struct {
	method, path, query string
	body                string
	key, secret         string
	date                time.Time
	// sendBody replaces the body after signing, to tamper with it.
	sendBody *string
	unsigned bool
}

// clientSignature is this test's own reading of AfterShip's sign string, kept
// apart from the server's so a shared mistake cannot pass.
func clientSignature(c signedCall, date string) string {
	md5Hex, ctype := "", ""
	if c.body != "" {
		md5Hex, ctype = fmt.Sprintf("%X", md5.Sum([]byte(c.body))), "application/json"
	}
	resource := c.path
	if c.query != "" {
		parts := strings.Split(c.query, "&")
		sort.Strings(parts)
		resource += "?" + strings.Join(parts, "&")
	}
	msg := strings.Join([]string{c.method, md5Hex, ctype, date, "as-api-key:" + c.key, resource}, "\n")
	mac := hmac.New(sha256.New, []byte(c.secret))
	mac.Write([]byte(msg))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// signedReply is the status and envelope a signed call got.
type signedReply struct {
	status int
	Meta   struct {
		Code    int    `json:"code"`
		Type    string `json:"type"`
		Message string `json:"message"`
	} `json:"meta"`
	Data struct {
		Pagination struct {
			Total int `json:"total"`
		} `json:"pagination"`
	} `json:"data"`
}

func (c signedCall) send(t *testing.T, in *apptest.Instance) signedReply {
	t.Helper()
	date := c.date.UTC().Format(http.TimeFormat)
	body := c.body
	if c.sendBody != nil {
		body = *c.sendBody
	}
	url := in.URL + c.path
	if c.query != "" {
		url += "?" + c.query
	}
	req, err := http.NewRequest(c.method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("as-api-key", c.key)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if !c.unsigned {
		req.Header.Set("Date", date)
		req.Header.Set("as-signature-hmac-sha256", clientSignature(c, date))
	}
	res, err := in.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	r := signedReply{status: res.StatusCode}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("%s %s: not an envelope: %s", c.method, c.path, raw)
	}
	if r.status == http.StatusUnauthorized && (r.Meta.Code != 401 || r.Meta.Type != "Unauthorized") {
		t.Errorf("401 envelope meta %+v", r.Meta)
	}
	return r
}

func TestSignedRequests(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		key, secret, _, err := in.App.Accounts.NewSignatureAPIKey(context.Background(), in.OrgID(t), "signed")
		if err != nil {
			t.Fatal(err)
		}
		const list = "/tracking/2025-07/trackings"
		create := `{"tracking_number":"6123456789010","slug":"kpost","title":"Signed"}`
		other := `{"tracking_number":"6123456789027","slug":"kpost","title":"Tampered"}`
		now := in.Clock.Now()
		cases := []struct {
			name       string
			call       signedCall
			wantStatus int
			wantMsg    string
		}{
			{"signed GET with a query", signedCall{method: "GET", path: list, query: "limit=1&fields=title", date: now}, 200, ""},
			{"signed POST", signedCall{method: "POST", path: list, body: create, date: now.Add(-2 * time.Minute)}, 201, ""},
			{"tampered body", signedCall{method: "POST", path: list, body: create, sendBody: &other, date: now}, 401, "does not match"},
			{"wrong secret", signedCall{method: "GET", path: list, secret: "wps_not-the-secret", date: now}, 401, "does not match"},
			{"stale date", signedCall{method: "GET", path: list, date: now.Add(-4 * time.Minute)}, 401, "3 minutes"},
			{"date from the future", signedCall{method: "GET", path: list, date: now.Add(4 * time.Minute)}, 401, "3 minutes"},
			{"unsigned request with a signature key", signedCall{method: "GET", path: list, unsigned: true}, 401, "requires signed requests"},
			{"plain key with a signature header", signedCall{method: "GET", path: list, key: apptest.APIKey, date: now}, 200, ""},
		}
		for _, tc := range cases {
			c := tc.call
			c.key = cmp.Or(c.key, key)
			c.secret = cmp.Or(c.secret, secret)
			r := c.send(t, in)
			if r.status != tc.wantStatus || !strings.Contains(r.Meta.Message, tc.wantMsg) {
				t.Errorf("%s: %d %q, want %d with %q", tc.name, r.status, r.Meta.Message, tc.wantStatus, tc.wantMsg)
			}
		}
		// The signed POST created its tracking; the tampered one wrote nothing.
		all := signedCall{method: "GET", path: list, key: key, secret: secret, date: now}
		if r := all.send(t, in); r.status != 200 || r.Data.Pagination.Total != 1 {
			t.Errorf("trackings after the signed and the tampered create: %d, total %d; want 1", r.status, r.Data.Pagination.Total)
		}
		// A captured request replayed after the window fails.
		replay := signedCall{method: "GET", path: list, key: key, secret: secret, date: now}
		in.Clock.Advance(3*time.Minute + time.Second)
		if r := replay.send(t, in); r.status != 401 || !strings.Contains(r.Meta.Message, "3 minutes") {
			t.Errorf("replay after the window: %d %q", r.status, r.Meta.Message)
		}
	})
}
