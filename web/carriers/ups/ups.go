// Package ups tracks UPS parcels with the UPS Track API (/api/track/v1/details), which
// authenticates with OAuth 2.0 client credentials: the organization's courier connection
// ("client_id", "client_secret") or the server's configuration.
package ups

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// Slug is the AfterShip slug this adapter serves.
const Slug = "ups"

// DefaultBaseURL is production; https://wwwcie.ups.com is UPS's customer integration
// environment.
const DefaultBaseURL = "https://onlinetools.ups.com"

// Config configures the adapter.
type Config = carrierhttp.OAuthConfig

// Adapter is the UPS carrier adapter.
type Adapter struct {
	carrierhttp.OAuthBase
}

// New returns an adapter; an empty BaseURL means production.
func New(cfg Config) *Adapter {
	return &Adapter{carrierhttp.NewOAuthBase(Slug, DefaultBaseURL, cfg)}
}

// Track fetches the parcel's activities.
func (a *Adapter) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	creds, ok := a.Credentials(req)
	if !ok {
		return nil, a.HTTP.Error(carriers.KindNotConfigured, errors.New("UPS client_id and client_secret are not configured"))
	}
	number := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(req.TrackingNumber), " ", ""))
	resp, err := a.fetch(ctx, creds, number)
	if err == nil && resp.Status == http.StatusUnauthorized {
		a.Tokens.Forget(carrierhttp.TokenKey(creds["client_id"], creds["client_secret"])) // revoked early: one fresh token
		resp, err = a.fetch(ctx, creds, number)
	}
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, a.failure(resp)
	}
	var body trackResponse
	if err := a.HTTP.JSON(resp.Body, &body); err != nil {
		return nil, err
	}
	return a.result(body)
}

func (a *Adapter) fetch(ctx context.Context, creds map[string]string, number string) (*carrierhttp.Response, error) {
	token, err := a.Tokens.Get(ctx, carrierhttp.TokenKey(creds["client_id"], creds["client_secret"]), func(ctx context.Context) (string, time.Duration, error) {
		return a.token(ctx, creds)
	})
	if err != nil {
		return nil, err
	}
	q := url.Values{"locale": {"en_US"}, "returnSignature": {"false"}, "returnMilestones": {"false"}, "returnPOD": {"false"}}
	hreq, err := a.HTTP.NewRequest(ctx, http.MethodGet, a.Base+"/api/track/v1/details/"+url.PathEscape(number)+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Authorization", "Bearer "+token)
	hreq.Header.Set("transId", transID())
	hreq.Header.Set("transactionSrc", "waypost")
	return a.HTTP.Do(hreq)
}

// transID is UPS's per-request trace id (at most 32 characters).
func transID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (a *Adapter) token(ctx context.Context, creds map[string]string) (string, time.Duration, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	hreq, err := a.HTTP.NewRequest(ctx, http.MethodPost, a.Base+"/security/v1/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", 0, err
	}
	hreq.SetBasicAuth(creds["client_id"], creds["client_secret"])
	hreq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := a.HTTP.Do(hreq)
	if err != nil {
		return "", 0, err
	}
	if !resp.OK() {
		f := a.HTTP.Fail(resp, "token: "+errorsOf(resp.Body).describe())
		if f.Kind == carriers.KindInvalidNumber {
			f.Kind = carriers.KindAuth // a refused client is not the number's fault
		}
		return "", 0, f
	}
	var t tokenResponse
	if err := a.HTTP.JSON(resp.Body, &t); err != nil {
		return "", 0, err
	}
	if t.AccessToken == "" {
		return "", 0, a.HTTP.Error(carriers.KindFormat, errors.New("token answer without access_token"))
	}
	return t.AccessToken, t.ExpiresIn.duration(), nil
}

// failure reads UPS's error list: "no tracking information" is an unknown (or not yet
// scanned) number, "invalid" a malformed one.
func (a *Adapter) failure(resp *carrierhttp.Response) error {
	errs := errorsOf(resp.Body)
	switch {
	case resp.Status == http.StatusTooManyRequests, resp.Status >= 500:
		return a.HTTP.Fail(resp, errs.describe())
	case errs.has("151044", "151045"), resp.Status == http.StatusNotFound:
		return a.HTTP.Error(carriers.KindNotFound, errors.New(errs.describe()))
	case errs.has("151018", "151019"):
		return a.HTTP.Error(carriers.KindInvalidNumber, errors.New(errs.describe()))
	}
	return a.HTTP.Fail(resp, errs.describe())
}

func errorsOf(body []byte) upsErrors {
	var e struct {
		Response struct {
			Errors upsErrors `json:"errors"`
		} `json:"response"`
	}
	_ = json.Unmarshal(body, &e)
	return e.Response.Errors
}
