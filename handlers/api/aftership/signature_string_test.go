package aftership

import (
	"net/http"
	"testing"
	"time"
)

func TestSignString(t *testing.T) {
	const date = "Tue, 24 Nov 2026 02:00:00 GMT"
	key := http.Header{"As-Api-Key": {"wp_key"}}
	cases := []struct {
		name string
		req  signedRequest
		want string
	}{
		{"GET without body or query",
			signedRequest{Method: "GET", Date: date, Header: key, Path: "/tracking/2025-07/trackings", ContentType: "application/json"},
			"GET\n\n\n" + date + "\nas-api-key:wp_key\n/tracking/2025-07/trackings"},
		{"POST with body",
			signedRequest{Method: "POST", Body: []byte(`{"tracking_number":"123"}`), ContentType: "application/json", Date: date, Header: key, Path: "/tracking/2025-07/trackings"},
			"POST\nA520F3446FCAD985F99CA3F57F6B0EBD\napplication/json\n" + date + "\nas-api-key:wp_key\n/tracking/2025-07/trackings"},
		{"query sorted by name, values escaped like encodeURIComponent",
			signedRequest{Method: "GET", Date: date, Header: key, Path: "/v4/trackings", RawQuery: "page=2&fields=title%2Ctag&keyword=a+b&created_at_min=2026-01-01T00:00:00Z&z=%E2%82%AC!"},
			"GET\n\n\n" + date + "\nas-api-key:wp_key\n/v4/trackings?created_at_min=2026-01-01T00%3A00%3A00Z&fields=title%2Ctag&keyword=a%20b&page=2&z=%E2%82%AC!"},
		{"as- headers lowercased, trimmed and sorted; signatures and other headers left out",
			signedRequest{Method: "DELETE", Date: date, Path: "/x", Header: http.Header{
				"As-Store-Id": {"  Shop-1 "}, "As-Api-Key": {"k"}, "Accept": {"json"}, "Aftership-Client": {"sdk"},
				"As-Signature-Hmac-Sha256": {"sig"}, "As-Signature-Rsa-Sha256": {"rsa"}}},
			"DELETE\n\n\n" + date + "\nas-api-key:k\nas-store-id:Shop-1\n/x"},
		{"no as- headers and an empty query",
			signedRequest{Method: "PUT", Date: date, Path: "/y", RawQuery: "&"},
			"PUT\n\n\n" + date + "\n\n/y"},
	}
	for _, tc := range cases {
		if got := signString(tc.req); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// The signature the official Node SDK (15.0.1) computes for this request.
func TestSignatureMatchesTheOfficialSDK(t *testing.T) {
	req := signedRequest{Method: "POST", Body: []byte(`{"tracking_number":"123"}`), ContentType: "application/json",
		Date: "Tue, 24 Nov 2026 02:00:00 GMT", Path: "/tracking/2025-07/trackings", RawQuery: "b=x%20y&a=t%2Cg",
		Header: http.Header{"As-Api-Key": {"wp_key"}, "Content-Type": {"application/json"}, "As-Store-Id": {" s1 "}}}
	if got := signWith("wps_secret", signString(req)); got != "5zRV8zz26Q+dJaUro/hwKPmlpJY9uZ9X+qgeQmFbB2A=" {
		t.Errorf("signature %s", got)
	}
}

func TestSignatureDateWindow(t *testing.T) {
	now := time.Date(2026, 11, 24, 2, 0, 0, 0, time.UTC)
	cases := []struct {
		date string
		ok   bool
	}{
		{"Tue, 24 Nov 2026 02:00:00 GMT", true},
		{"Tue, 24 Nov 2026 01:57:00 GMT", true},
		{"Tue, 24 Nov 2026 02:03:00 GMT", true},
		{"Tue, 24 Nov 2026 01:56:59 GMT", false},
		{"Tue, 24 Nov 2026 02:03:01 GMT", false},
		{"", false},
		{"2026-11-24T02:00:00Z", false},
	}
	for _, tc := range cases {
		if got := checkDate(tc.date, now) == ""; got != tc.ok {
			t.Errorf("date %q accepted=%v, want %v (%s)", tc.date, got, tc.ok, checkDate(tc.date, now))
		}
	}
}

func TestOpenAPIDeclaresSignedRequests(t *testing.T) {
	schemes := Describe().SecuritySchemes
	s, ok := schemes["as-signature-hmac-sha256"].(map[string]any)
	if !ok || s["in"] != "header" || s["name"] != "as-signature-hmac-sha256" {
		t.Errorf("signature scheme: %v", schemes)
	}
}
