package aftership

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
)

// AfterShip's signed requests ("API key with signature"): the client sends the
// key, a date header and an HMAC-SHA256 of a sign string made from the request,
// keyed with the key's secret.
const (
	signatureHeader    = "as-signature-hmac-sha256"
	rsaSignatureHeader = "as-signature-rsa-sha256"
	// signatureWindow is how far the date header may be from the server clock.
	signatureWindow = 3 * time.Minute
)

// signedRequest is what the sign string is made of.
type signedRequest struct {
	Method      string
	Body        []byte
	ContentType string
	Date        string
	Header      http.Header
	// Path is the path as sent, still escaped; RawQuery the query as sent.
	Path     string
	RawQuery string
}

// signString joins, with newlines: method, uppercase hex MD5 of the body and the
// content type (both empty without a body), the date header, the canonical as-
// headers and the canonical resource.
func signString(r signedRequest) string {
	md5Hex, contentType := "", ""
	if len(r.Body) > 0 {
		sum := md5.Sum(r.Body)
		md5Hex, contentType = strings.ToUpper(hex.EncodeToString(sum[:])), r.ContentType
	}
	return strings.Join([]string{r.Method, md5Hex, contentType, r.Date,
		canonicalHeaders(r.Header), canonicalResource(r.Path, r.RawQuery)}, "\n")
}

// canonicalHeaders lists the as- headers (but the signatures themselves) as
// lowercased name:trimmed value, sorted, one a line.
func canonicalHeaders(h http.Header) string {
	var lines []string
	for name, values := range h {
		n := strings.ToLower(strings.TrimSpace(name))
		if !strings.HasPrefix(n, "as-") || n == signatureHeader || n == rsaSignatureHeader {
			continue
		}
		lines = append(lines, n+":"+strings.TrimSpace(strings.Join(values, ",")))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// canonicalResource is the path, then the query parameters sorted by name with
// their values trimmed and escaped as JavaScript's encodeURIComponent does (the
// official SDKs sign them that way).
func canonicalResource(path, rawQuery string) string {
	type param struct{ key, value string }
	var params []param
	for _, part := range strings.Split(rawQuery, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		if uk, err := url.QueryUnescape(k); err == nil {
			k = uk
		}
		if uv, err := url.QueryUnescape(v); err == nil {
			v = uv
		}
		params = append(params, param{strings.TrimSpace(k), escapeComponent(strings.TrimSpace(v))})
	}
	if len(params) == 0 {
		return path
	}
	sort.SliceStable(params, func(i, j int) bool { return params[i].key < params[j].key })
	pairs := make([]string, len(params))
	for i, p := range params {
		pairs[i] = p.key + "=" + p.value
	}
	return path + "?" + strings.Join(pairs, "&")
}

// escapeComponent percent-encodes every byte but letters, digits and -_.!~*'().
func escapeComponent(s string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || strings.IndexByte("-_.!~*'()", ch) >= 0 {
			b.WriteByte(ch)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[ch>>4])
		b.WriteByte(hexDigits[ch&15])
	}
	return b.String()
}

// signWith is the base64 HMAC-SHA256 of s under secret.
func signWith(secret, s string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(s))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// checkSignature verifies a signed request, and refuses an unsigned one when the
// key requires signatures. It answers the request and returns false on failure.
// A key without a secret has nothing to verify a signature with, so any it is
// sent with is ignored.
func checkSignature(c *gin.Context, k *models.APIKey, now time.Time) bool {
	sig := strings.TrimSpace(c.GetHeader(signatureHeader))
	if sig == "" {
		if k.SignatureRequired {
			reason := "This API key requires signed requests: send the as-signature-hmac-sha256 and date headers."
			if c.GetHeader(rsaSignatureHeader) != "" {
				reason = "Invalid signature: as-signature-rsa-sha256 is not supported; sign with HMAC-SHA256 in as-signature-hmac-sha256."
			}
			unauthorized(c, reason)
			return false
		}
		return true
	}
	if k.Secret == "" {
		return true
	}
	date := strings.TrimSpace(c.GetHeader("date"))
	if reason := checkDate(date, now); reason != "" {
		unauthorized(c, reason)
		return false
	}
	body, err := readBody(c)
	if err != nil {
		render.AfterShipError(c, err)
		return false
	}
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
	want := signWith(k.Secret, signString(requestToSign(c.Request, body, date)))
	if subtle.ConstantTimeCompare([]byte(want), []byte(sig)) != 1 {
		unauthorized(c, "Invalid signature: as-signature-hmac-sha256 does not match the request signed with this key's API secret.")
		return false
	}
	return true
}

// checkDate explains why a date header cannot carry a signature, or returns "".
func checkDate(date string, now time.Time) string {
	if date == "" {
		return "Invalid signature: the date header is missing; signed requests must carry it."
	}
	at, err := http.ParseTime(date)
	if err != nil {
		return "Invalid signature: the date header is not an RFC 1123 date such as Sun, 06 Nov 1994 08:49:37 GMT."
	}
	if d := now.Sub(at); d > signatureWindow || d < -signatureWindow {
		return "Invalid signature: the date header is more than 3 minutes away from the server time."
	}
	return ""
}

// requestToSign takes the parts of r that are signed, the path and query as the
// client sent them.
func requestToSign(r *http.Request, body []byte, date string) signedRequest {
	path, rawQuery := r.URL.EscapedPath(), r.URL.RawQuery
	if r.RequestURI != "" {
		path, rawQuery, _ = strings.Cut(r.RequestURI, "?")
	}
	return signedRequest{Method: r.Method, Body: body, ContentType: r.Header.Get("Content-Type"),
		Date: date, Header: r.Header, Path: path, RawQuery: rawQuery}
}

func unauthorized(c *gin.Context, message string) {
	render.AfterShipFail(c, http.StatusUnauthorized, http.StatusUnauthorized, message)
}
