package postmen_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// pmStart is the fake clock in these tests: a Monday morning, so ship dates,
// cut-offs and pickup windows are all open.
var pmStart = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// client calls /postmen/v3 of a running instance.
type client struct {
	t  *testing.T
	in *apptest.Instance
	// header carries the key: postmen-api-key (what the SDKs send) when empty.
	header, key string
	extra       map[string]string
}

func newClient(t *testing.T, in *apptest.Instance) *client {
	return &client{t: t, in: in, key: apptest.APIKey}
}

// reply is a decoded Postmen envelope.
type reply struct {
	Status int
	Header http.Header
	Meta   struct {
		Code      int    `json:"code"`
		Message   string `json:"message"`
		Type      string `json:"type"`
		Details   []struct{ Path, Info string }
		Retryable bool `json:"retryable"`
	} `json:"meta"`
	Data json.RawMessage `json:"data"`
	Raw  []byte
}

// do sends body (a string is sent as is, anything else as JSON).
func (c *client) do(method, path string, body any) *reply {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			c.t.Fatal(err)
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, c.in.URL+"/postmen/v3"+path, rd)
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	header := c.header
	if header == "" {
		header = "postmen-api-key"
	}
	if c.key != "" {
		req.Header.Set(header, c.key)
	}
	for k, v := range c.extra {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	r := &reply{Status: resp.StatusCode, Header: resp.Header}
	r.Raw, _ = io.ReadAll(resp.Body)
	if err := json.Unmarshal(r.Raw, r); err != nil {
		c.t.Fatalf("%s %s: not a JSON envelope (%d): %s", method, path, resp.StatusCode, r.Raw)
	}
	return r
}

// ok asserts a success envelope (meta 200, or 3001 when async) and decodes data.
func (r *reply) ok(t *testing.T, what string) map[string]any {
	t.Helper()
	if r.Meta.Code != 200 && r.Meta.Code != 3001 {
		t.Fatalf("%s: HTTP %d meta %d %q %v", what, r.Status, r.Meta.Code, r.Meta.Message, r.Meta.Details)
	}
	var m map[string]any
	if err := json.Unmarshal(r.Data, &m); err != nil {
		t.Fatalf("%s: data is not an object: %s", what, r.Data)
	}
	return m
}

// fails asserts an error envelope with the HTTP status and meta code, and that
// data is an empty object.
func (r *reply) fails(t *testing.T, what string, status, code int) {
	t.Helper()
	if r.Status != status || r.Meta.Code != code {
		t.Fatalf("%s: HTTP %d meta %d %q %v, want HTTP %d meta %d", what, r.Status, r.Meta.Code, r.Meta.Message,
			r.Meta.Details, status, code)
	}
	if string(r.Data) != "{}" {
		t.Errorf("%s: error data %s, want {}", what, r.Data)
	}
	if r.Meta.Message == "" {
		t.Errorf("%s: error without a message", what)
	}
}

// hasDetail reports whether the error names the field path.
func (r *reply) hasDetail(path string) bool {
	for _, d := range r.Meta.Details {
		if d.Path == path {
			return true
		}
	}
	return false
}

// paths lists the detail paths, for failure messages.
func (r *reply) paths() []string {
	var out []string
	for _, d := range r.Meta.Details {
		out = append(out, d.Path)
	}
	return out
}

// str reads a string at a dotted path of a decoded object ("files.label.url").
func str(m map[string]any, path string) string {
	v := at(m, path)
	s, _ := v.(string)
	return s
}

func at(m map[string]any, path string) any {
	var cur any = m
	for _, part := range strings.Split(path, ".") {
		obj, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = obj[part]
	}
	return cur
}

func list(m map[string]any, key string) []any {
	l, _ := m[key].([]any)
	return l
}

// address is a US address in the documented examples' shape.
func address(name, street, city, state, zip string) map[string]any {
	return map[string]any{"contact_name": name, "company_name": "Waypost Test", "street1": street, "city": city,
		"state": state, "postal_code": zip, "country": "USA", "phone": "+1 206 555 0100", "email": "ship@example.com"}
}

var (
	seattle = address("Ada Shipper", "1201 3rd Ave", "Seattle", "WA", "98101")
	newYork = address("Ben Receiver", "350 5th Ave", "New York", "NY", "10118")
)

// shipment is one 2 kg box from Seattle to New York.
func shipment(to map[string]any) map[string]any {
	return map[string]any{
		"ship_from": seattle,
		"ship_to":   to,
		"parcels": []any{map[string]any{
			"box_type": "custom", "description": "Books",
			"dimension": map[string]any{"width": 20, "height": 10, "depth": 15, "unit": "cm"},
			"weight":    map[string]any{"value": 2, "unit": "kg"},
			"items": []any{map[string]any{"description": "Book", "quantity": 2,
				"price": map[string]any{"amount": 15, "currency": "USD"}, "weight": map[string]any{"value": 1, "unit": "kg"},
				"origin_country": "USA", "sku": "BK-1", "hs_code": "490199"}},
		}},
	}
}

// uspsAccount is the body creating a USPS shipper account.
func uspsAccount(description string) map[string]any {
	return map[string]any{"slug": "usps", "description": description, "timezone": "America/Los_Angeles",
		"address": seattle,
		"credentials": map[string]any{"client_id": "waypost-client", "client_secret": "s3cret-value-9876",
			"crid": "12345678", "mid": "123456", "account_number": "1234567", "sandbox": "true"}}
}

// createAccount adds a USPS account and returns its id.
func (c *client) createAccount(description string) string {
	c.t.Helper()
	acc := c.do("POST", "/shipper-accounts", uspsAccount(description)).ok(c.t, "create shipper account")
	return str(acc, "id")
}

// buyLabel buys a Priority Mail label with the account and returns it.
func (c *client) buyLabel(account string, to map[string]any, refs ...string) map[string]any {
	c.t.Helper()
	if refs == nil {
		refs = []string{"order-1"}
	}
	return c.do("POST", "/labels", map[string]any{
		"shipper_account": map[string]any{"id": account}, "service_type": "usps-priority_mail",
		"paper_size": "4x6", "shipment": shipment(to), "references": refs,
		"custom_fields": map[string]any{"ship_code": "01"},
	}).ok(c.t, "create label")
}
