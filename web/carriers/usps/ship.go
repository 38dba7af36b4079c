package usps

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// Shipper prices and buys USPS postage with a shipper account's own credentials: OAuth
// client credentials for every call (Domestic and International Prices, Labels, Carrier
// Pickup, SCAN Form), and for labels the Payment Authorization of the account's
// Enterprise Payment System (EPS) or permit account.
//
// The server's USPS credentials in Config are never used here: postage is paid by the
// merchant whose shipper account it is.
type Shipper struct {
	api *Adapter // the tracking adapter's OAuth plumbing, with its own token cache
	// payments caches Payment Authorization tokens, which USPS issues for 8 hours.
	payments *carrierhttp.Tokens
}

// paymentTTL is how long USPS keeps a Payment Authorization token valid.
const paymentTTL = 8 * time.Hour

// NewShipper returns the USPS shipping adapter; an empty BaseURL means production.
func NewShipper(cfg Config) *Shipper {
	cfg.ClientID, cfg.ClientSecret = "", ""
	a := New(cfg)
	return &Shipper{api: a, payments: carrierhttp.NewTokens(a.HTTP.Now)}
}

var _ carriers.Shipper = (*Shipper)(nil)

// account is a shipper account's USPS credentials, read once per call.
type account struct {
	creds map[string]string
	// tokenKey names the account's access token in the cache: its client id, bound to a
	// digest of its secret so that an account naming another merchant's client id with a
	// wrong secret never borrows that merchant's token.
	tokenKey   string
	crid, mid  string
	manifestID string // the MID manifests are filed under; the label MID when not set
	payType    string // EPS or PERMIT
	payNumber  string
	permitZIP  string
	zone       *time.Location
	address    *carriers.Address
}

// oauthKeys are needed for every call, paymentKeys also for labels.
var (
	oauthKeys   = []string{"client_id", "client_secret"}
	paymentKeys = []string{"crid", "mid", "account_type", "account_number"}
)

// account reads the credentials of a shipper account; payment says the call buys or
// refunds postage and so needs the payment account too.
func (s *Shipper) account(a carriers.Account, payment bool) (*account, error) {
	keys := oauthKeys
	if payment {
		keys = append(append([]string(nil), oauthKeys...), paymentKeys...)
	}
	var missing []string
	for _, k := range keys {
		if strings.TrimSpace(a.Credentials[k]) == "" {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, s.api.HTTP.Error(carriers.KindNotConfigured,
			fmt.Errorf("the USPS shipper account is missing %s", strings.Join(missing, ", ")))
	}
	c := a.Credentials
	acct := &account{
		creds: c, tokenKey: carrierhttp.TokenKey(c["client_id"], c["client_secret"]), crid: c["crid"], mid: c["mid"], manifestID: c["manifest_mid"],
		payType: strings.ToUpper(strings.TrimSpace(c["account_type"])), payNumber: c["account_number"],
		permitZIP: c["permit_zip"], zone: time.UTC, address: a.Address,
	}
	if acct.manifestID == "" {
		acct.manifestID = acct.mid
	}
	if a.Timezone != "" {
		acct.zone = carriers.Zone(a.Timezone)
	}
	if acct.payType != "" && acct.payType != "EPS" && acct.payType != "PERMIT" {
		return nil, s.api.HTTP.Error(carriers.KindNotConfigured,
			fmt.Errorf("USPS account_type must be EPS or PERMIT, not %q", c["account_type"]))
	}
	return acct, nil
}

// options are what a call adds to the bearer token: the payment token of calls that spend
// or refund postage, and any other headers.
type options struct {
	payment bool
	header  http.Header
}

// call sends a JSON request with the account's access token (and, for postage, its payment
// token). USPS may revoke a token before it expires, so a 401 drops the cached tokens and
// tries once more before it counts as refused credentials.
func (s *Shipper) call(ctx context.Context, acct *account, method, path string, body any, o options) (*carrierhttp.Response, error) {
	var payload []byte
	if body != nil {
		var err error
		if payload, err = json.Marshal(body); err != nil {
			return nil, fmt.Errorf("usps: encoding the request: %w", err)
		}
	}
	for attempt := 0; ; attempt++ {
		resp, err := s.send(ctx, acct, method, path, payload, o)
		if err != nil || resp.Status != http.StatusUnauthorized || attempt > 0 {
			return resp, err
		}
		s.api.Tokens.Forget(acct.tokenKey)
		s.payments.Forget(acct.paymentKey())
	}
}

func (s *Shipper) send(ctx context.Context, acct *account, method, path string, payload []byte, o options) (*carrierhttp.Response, error) {
	token, err := s.api.Tokens.Get(ctx, acct.tokenKey, func(ctx context.Context) (string, time.Duration, error) {
		return s.api.token(ctx, acct.creds)
	})
	if err != nil {
		return nil, err
	}
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	req, err := s.api.HTTP.NewRequest(ctx, method, s.api.Base+path, body)
	if err != nil {
		return nil, err
	}
	for k, v := range o.header {
		req.Header[k] = v
	}
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if o.payment {
		pay, err := s.payments.Get(ctx, acct.paymentKey(), func(ctx context.Context) (string, time.Duration, error) {
			return s.authorizePayment(ctx, acct)
		})
		if err != nil {
			return nil, err
		}
		req.Header.Set("X-Payment-Authorization-Token", pay)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return s.api.HTTP.Do(req)
}

func (a *account) paymentKey() string {
	return strings.Join([]string{a.tokenKey, a.crid, a.mid, a.manifestID, a.payType, a.payNumber}, "|")
}

// authorizePayment asks the Payments API for a token that lets labels draw on the account:
// the merchant is both the payer and the label owner.
func (s *Shipper) authorizePayment(ctx context.Context, acct *account) (string, time.Duration, error) {
	role := func(name string) map[string]string {
		r := map[string]string{
			"roleName": name, "CRID": acct.crid, "MID": acct.mid, "manifestMID": acct.manifestID,
			"accountType": acct.payType, "accountNumber": acct.payNumber,
		}
		if acct.payType == "PERMIT" {
			r["permitZIP"] = acct.permitZIPCode()
		}
		return r
	}
	body := map[string]any{"roles": []map[string]string{role("PAYER"), role("LABEL_OWNER")}}
	resp, err := s.call(ctx, acct, http.MethodPost, "/payments/v3/payment-authorization", body, options{})
	if err != nil {
		return "", 0, err
	}
	if !resp.OK() {
		// A payment account USPS will not link to these CRID and MID is a credentials
		// problem, not bad shipment data.
		e := s.refusal(resp)
		if e.Kind == carriers.KindInvalidNumber {
			e.Kind = carriers.KindAuth
		}
		return "", 0, e
	}
	var out struct {
		Token string `json:"paymentAuthorizationToken"`
	}
	if err := s.api.HTTP.JSON(resp.Body, &out); err != nil {
		return "", 0, err
	}
	if out.Token == "" {
		return "", 0, s.api.HTTP.Error(carriers.KindFormat, errors.New("payment authorization without paymentAuthorizationToken"))
	}
	return out.Token, paymentTTL, nil
}

// permitZIPCode is the ZIP Code of a permit account: the one given with the credentials,
// else the account's own address.
func (a *account) permitZIPCode() string {
	if a.permitZIP != "" {
		return a.permitZIP
	}
	if a.address != nil {
		zip, _ := splitZIP(a.address.PostalCode)
		return zip
	}
	return ""
}

// day formats the day a parcel is mailed or collected: the requested day, else today in the
// account's zone.
func (s *Shipper) day(acct *account, day time.Time) string {
	if day.IsZero() {
		day = s.api.HTTP.Now().In(acct.zone)
	}
	return day.Format(time.DateOnly)
}
