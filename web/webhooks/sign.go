package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// AfterShipSignature is the aftership-hmac-sha256 header: base64 HMAC-SHA256 of the raw
// body, what AfterShip receivers verify.
func AfterShipSignature(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// WaypostSignature is the waypost-signature header: t=<unix>,v1=<hex HMAC-SHA256 of
// "t.body">, one v1 per secret (two while a rotated secret overlaps).
func WaypostSignature(at time.Time, body []byte, secrets ...string) string {
	ts := strconv.FormatInt(at.Unix(), 10)
	parts := []string{"t=" + ts}
	for _, s := range secrets {
		m := hmac.New(sha256.New, []byte(s))
		m.Write([]byte(ts))
		m.Write([]byte("."))
		m.Write(body)
		parts = append(parts, "v1="+hex.EncodeToString(m.Sum(nil)))
	}
	return strings.Join(parts, ",")
}

// VerifyWaypostSignature checks a waypost-signature header against a secret, refusing
// timestamps further than tolerance from now.
func VerifyWaypostSignature(header string, body []byte, secret string, now time.Time, tolerance time.Duration) bool {
	var ts string
	var sigs []string
	for _, p := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sigs = append(sigs, v)
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || now.Sub(time.Unix(sec, 0)).Abs() > tolerance {
		return false
	}
	want := strings.TrimPrefix(WaypostSignature(time.Unix(sec, 0), body, secret), "t="+ts+",v1=")
	for _, s := range sigs {
		if hmac.Equal([]byte(s), []byte(want)) {
			return true
		}
	}
	return false
}
