package aftership_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// bigBody is a 10 MB JSON object, ten times the default WAYPOST_API_BODY_LIMIT.
func bigBody() []byte {
	return []byte(`{"tracking_number":"1Z999AA10123456784","note":"` + strings.Repeat("x", 10<<20) + `"}`)
}

// A body over the limit is a 413 in each API's own envelope, whether it says its
// length up front or streams it in chunks, and nothing is created.
func TestBodyOverLimitIs413(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	for _, chunked := range []bool{false, true} {
		for _, path := range []string{"/tracking/2025-07/trackings", "/tracking/2026-07/trackings", "/tracking/2024-04/trackings", "/v4/trackings"} {
			status, body := postBig(t, in.URL+path, chunked, http.MethodPost)
			var env struct {
				Meta struct {
					Code int    `json:"code"`
					Type string `json:"type"`
				} `json:"meta"`
			}
			if err := json.Unmarshal(body, &env); err != nil || status != 413 || env.Meta.Code != 413 {
				t.Errorf("POST %s (chunked %v): %d %s", path, chunked, status, body)
			}
		}
		status, body := postBig(t, in.URL+"/carriers/kr.epost/tracks/6123456789010?lang=en", chunked, http.MethodGet)
		if chunked {
			// A GET body is never read, so only a declared length is refused.
			continue
		}
		var msg struct {
			Message string `json:"message"`
		}
		if err := json.Unmarshal(body, &msg); err != nil || status != 413 || msg.Message != "The request body is too large." {
			t.Errorf("tracker.delivery: %d %s", status, body)
		}
	}
	c := newASClient(t, in, "/tracking/2025-07")
	if r := c.do("GET", "/trackings", nil); strings.Contains(string(r.Data), "1Z999AA10123456784") {
		t.Errorf("a refused body created a tracking: %s", r.Data)
	}
}

func postBig(t *testing.T, url string, chunked bool, method string) (int, []byte) {
	t.Helper()
	var body io.Reader = bytes.NewReader(bigBody())
	if chunked {
		body = io.MultiReader(body) // hides the length, so the client streams chunks
	}
	req, err := http.NewRequestWithContext(t.Context(), method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("as-api-key", apptest.APIKey)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}
