package aftership_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// asStart is the fake clock's start in the AfterShip API tests.
var asStart = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// asClient calls one AfterShip API version of a running instance.
type asClient struct {
	t      *testing.T
	in     *apptest.Instance
	prefix string
	key    string
	// keyHeader carries the key; as-api-key when empty.
	keyHeader string
}

func newASClient(t *testing.T, in *apptest.Instance, prefix string) *asClient {
	return &asClient{t: t, in: in, prefix: prefix, key: apptest.APIKey}
}

// asReply is a decoded AfterShip envelope.
type asReply struct {
	Status int
	Header http.Header
	Meta   struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Type    string `json:"type"`
	} `json:"meta"`
	Data json.RawMessage `json:"data"`
}

// obj decodes data (or the object under key when given) into a map.
func (r *asReply) obj(t *testing.T, key string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Data, &m); err != nil {
		t.Fatalf("data is not an object: %s", r.Data)
	}
	if key == "" {
		return m
	}
	inner, ok := m[key].(map[string]any)
	if !ok {
		t.Fatalf("data.%s is not an object: %s", key, r.Data)
	}
	return inner
}

// do sends a request; body may be a string (sent as is) or any JSON value.
func (c *asClient) do(method, path string, body any) *asReply {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		buf, err := json.Marshal(b)
		if err != nil {
			c.t.Fatal(err)
		}
		rd = bytes.NewReader(buf)
	}
	req, err := http.NewRequest(method, c.in.URL+c.prefix+path, rd)
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.key != "" {
		req.Header.Set(cmp.Or(c.keyHeader, "as-api-key"), c.key)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	out := &asReply{Status: res.StatusCode, Header: res.Header}
	if err := json.Unmarshal(raw, out); err != nil {
		c.t.Fatalf("%s %s: not an envelope (%d): %s", method, path, res.StatusCode, raw)
	}
	return out
}

// expect checks the HTTP status and meta code of a reply.
func (c *asClient) expect(r *asReply, status, code int) *asReply {
	c.t.Helper()
	if r.Status != status || r.Meta.Code != code {
		c.t.Fatalf("got HTTP %d meta %d (%s), want HTTP %d meta %d; data %s", r.Status, r.Meta.Code, r.Meta.Message, status, code, r.Data)
	}
	return r
}

// poll runs the carrier poll of a tracking's parcel, as the job queue would.
func (c *asClient) poll(id string) {
	c.t.Helper()
	tr, err := c.in.App.Tracking.Get(context.Background(), c.in.OrgID(c.t), id)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.in.App.Polling.Poll(context.Background(), tr.ParcelID); err != nil {
		c.t.Fatal(err)
	}
}

var (
	asTimestamp = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$`)
	asUTCStamp  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$`)
)

// asSeedTracking is the create request of AfterShip's example (with real email addresses).
func asSeedTracking(number string) map[string]any {
	return map[string]any{"tracking": map[string]any{
		"slug": "kpost", "title": "Title Name", "smses": []string{"+18555072509", "+18555072501"},
		"emails": []string{"email@yourdomain.com", "another_email@yourdomain.com"}, "order_id": "ID 1234",
		"language": "en", "pickup_note": "Reach out to our staffs when you arrive our stores for shipment pickup",
		"origin_city": "Beijing", "order_number": "1234", "origin_state": "Beijing",
		"order_id_path": "http://www.aftership.com/order_id=1234",
		"custom_fields": map[string]string{"product_name": "iPhone Case", "product_price": "USD19.99"},
		"delivery_type": "pickup_at_store", "tracking_number": number, "pickup_location": "Flagship Store",
		"destination_city": "New York City", "destination_state": "New York", "origin_postal_code": "065001",
		"origin_country_iso3": "CHN", "origin_raw_location": "Lihong Gardon 4A 2301, Chaoyang District, Beijing, BJ, 065001, CHN, China",
		"destination_postal_code": "10001", "destination_country_iso3": "USA",
		"destination_raw_location":     "13th Street, New York, NY, 10011, USA, United States",
		"order_promised_delivery_date": "2019-05-20",
	}}
}
