package sendle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// Shipper quotes and books Sendle parcels with a shipper account's own Sendle ID and API
// key (HTTP Basic): products for rates, orders for labels, order cancellation for voids.
// Sendle books the courier with each order and needs no end-of-day manifest.
//
// The server's Sendle credentials in Config are never used here: the merchant whose
// shipper account it is pays for the order.
type Shipper struct {
	base string
	http *carrierhttp.Client
}

// NewShipper returns the Sendle shipping adapter; an empty BaseURL means production.
func NewShipper(cfg Config) *Shipper {
	a := New(Config{BaseURL: cfg.BaseURL, HTTPClient: cfg.HTTPClient, Now: cfg.Now})
	return &Shipper{base: a.base, http: a.http}
}

var _ carriers.Shipper = (*Shipper)(nil)

// account is a shipper account's Sendle credentials and the zone its dates are in.
type account struct {
	id, key string
	zone    *time.Location
}

func (s *Shipper) account(a carriers.Account) (*account, error) {
	var missing []string
	for _, k := range credentialKeys {
		if strings.TrimSpace(a.Credentials[k]) == "" {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, s.http.Error(carriers.KindNotConfigured,
			fmt.Errorf("the Sendle shipper account is missing %s", strings.Join(missing, ", ")))
	}
	acct := &account{id: a.Credentials["sendle_id"], key: a.Credentials["api_key"], zone: time.UTC}
	if a.Timezone != "" {
		acct.zone = carriers.Zone(a.Timezone)
	}
	return acct, nil
}

// call sends a request to the API with the account's credentials; a body is sent as JSON.
func (s *Shipper) call(ctx context.Context, acct *account, method, path string, body any, header http.Header) (*carrierhttp.Response, error) {
	var payload io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("sendle: encoding the request: %w", err)
		}
		payload = bytes.NewReader(b)
	}
	req, err := s.http.NewRequest(ctx, method, s.base+path, payload)
	if err != nil {
		return nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.SetBasicAuth(acct.id, acct.key)
	return s.http.Do(req)
}

// shipError is Sendle's error body. Messages holds field errors keyed by field, nested
// like the request ({"receiver": {"address": {"postcode": ["..."]}}}).
type shipError struct {
	Error       string          `json:"error"`
	Description string          `json:"error_description"`
	Messages    json.RawMessage `json:"messages"`
}

// refusal classifies a failed answer by its status. When Sendle refused the request's
// data (400, 422), the error carries each field message as one error of a joined set, so
// the API edge can list them as the response's details.
func (s *Shipper) refusal(resp *carrierhttp.Response) *carriers.Error {
	var body shipError
	_ = json.Unmarshal(resp.Body, &body)
	msgs := flatten("", body.Messages)
	summary := strings.TrimSpace(body.Description)
	if summary == "" {
		summary = body.Error
	}
	e := s.http.Fail(resp, strings.Join(nonEmpty(append([]string{summary}, msgs...)...), "; "))
	if e.Kind == carriers.KindInvalidNumber {
		if len(msgs) == 0 && summary != "" {
			msgs = []string{summary}
		}
		if len(msgs) > 0 {
			e.Err = carriers.JoinMessages(msgs...)
		}
	}
	return e
}

// flatten lists nested field messages as "receiver.address.postcode: can't be blank",
// fields in alphabetical order.
func flatten(path string, raw json.RawMessage) []string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(raw, &fields) == nil {
		keys := make([]string, 0, len(fields))
		for k := range fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var out []string
		for _, k := range keys {
			out = append(out, flatten(strings.TrimPrefix(path+"."+k, "."), fields[k])...)
		}
		return out
	}
	var texts []string
	if json.Unmarshal(raw, &texts) != nil {
		var one string
		if json.Unmarshal(raw, &one) != nil || one == "" {
			return nil
		}
		texts = []string{one}
	}
	out := make([]string, 0, len(texts))
	for _, t := range texts {
		if path != "" {
			t = path + ": " + t
		}
		out = append(out, t)
	}
	return out
}

// invalid is a request Waypost can tell Sendle would refuse, reported the same way.
func (s *Shipper) invalid(format string, args ...any) *carriers.Error {
	return s.http.Error(carriers.KindInvalidNumber, carriers.JoinMessages(fmt.Sprintf(format, args...)))
}

// SchedulePickup is refused: Sendle books the courier with each order.
func (s *Shipper) SchedulePickup(context.Context, carriers.PickupRequest) (*carriers.Pickup, error) {
	return nil, s.http.Error(carriers.KindNotConfigured, errors.New(
		"Sendle books the courier with each order: buy the label with a pickup service (sendle-standard_pickup, sendle-express_pickup) instead of scheduling a pickup"))
}

// CancelPickup is refused for the same reason: cancelling the order cancels its pickup.
func (s *Shipper) CancelPickup(context.Context, carriers.CancelPickupRequest) error {
	return s.http.Error(carriers.KindNotConfigured, errors.New(
		"Sendle pickups belong to their orders: cancel the label to cancel its pickup"))
}

// CloseManifest returns an empty manifest: Sendle's driver scans each parcel's own label,
// so there is no end-of-day document to hand over.
func (s *Shipper) CloseManifest(context.Context, carriers.ManifestRequest) (*carriers.Manifest, error) {
	return &carriers.Manifest{}, nil
}
