// Package usps tracks parcels with the USPS Tracking API v3 (apis.usps.com), which
// authenticates with OAuth 2.0 client credentials.
//
// Credentials come from the organization's courier connection ("client_id",
// "client_secret") or, failing that, from the server's configuration.
package usps

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// Slug is the AfterShip slug this adapter serves.
const Slug = "usps"

// DefaultBaseURL is the production API; https://apis-tem.usps.com is the test environment.
const DefaultBaseURL = "https://apis.usps.com"

// Config configures the adapter.
type Config = carrierhttp.OAuthConfig

// Adapter is the USPS carrier adapter.
type Adapter struct {
	carrierhttp.OAuthBase
}

// New returns an adapter; an empty BaseURL means production.
func New(cfg Config) *Adapter {
	return &Adapter{carrierhttp.NewOAuthBase(Slug, DefaultBaseURL, cfg)}
}

// Track fetches the parcel's full event history.
func (a *Adapter) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	creds, ok := a.Credentials(req)
	if !ok {
		return nil, a.HTTP.Error(carriers.KindNotConfigured, errors.New("USPS client_id and client_secret are not configured"))
	}
	resp, err := a.fetch(ctx, creds, req.TrackingNumber)
	if err != nil {
		return nil, err
	}
	if resp.Status == http.StatusUnauthorized {
		// The token may have been revoked before its expiry: one fresh try.
		a.Tokens.Forget(carrierhttp.TokenKey(creds["client_id"], creds["client_secret"]))
		if resp, err = a.fetch(ctx, creds, req.TrackingNumber); err != nil {
			return nil, err
		}
	}
	if !resp.OK() {
		return nil, a.failure(resp)
	}
	var body trackingResponse
	if err := a.HTTP.JSON(resp.Body, &body); err != nil {
		return nil, err
	}
	switch {
	case body.Error != nil:
		// A 200 carrying an error object: USPS has nothing for the number yet.
		return nil, a.HTTP.Error(carriers.KindNotFound, errors.New(body.Error.describe()))
	case body.TrackingNumber == "":
		return nil, a.HTTP.Error(carriers.KindFormat, errors.New("answer has no trackingNumber"))
	}
	return body.result(), nil
}

func (a *Adapter) fetch(ctx context.Context, creds map[string]string, number string) (*carrierhttp.Response, error) {
	token, err := a.Tokens.Get(ctx, carrierhttp.TokenKey(creds["client_id"], creds["client_secret"]), func(ctx context.Context) (string, time.Duration, error) {
		return a.token(ctx, creds)
	})
	if err != nil {
		return nil, err
	}
	u := a.Base + "/tracking/v3/tracking/" + url.PathEscape(number) + "?expand=DETAIL"
	req, err := a.HTTP.NewRequest(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return a.HTTP.Do(req)
}

// token asks the OAuth endpoint for an access token.
func (a *Adapter) token(ctx context.Context, creds map[string]string) (string, time.Duration, error) {
	body, _ := json.Marshal(map[string]string{
		"grant_type": "client_credentials", "client_id": creds["client_id"], "client_secret": creds["client_secret"],
	})
	req, err := a.HTTP.NewRequest(ctx, http.MethodPost, a.Base+"/oauth2/v3/token", strings.NewReader(string(body)))
	if err != nil {
		return "", 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.HTTP.Do(req)
	if err != nil {
		return "", 0, err
	}
	if !resp.OK() {
		var e oauthError
		_ = json.Unmarshal(resp.Body, &e)
		f := a.HTTP.Fail(resp, "token: "+e.Error+" "+e.Description)
		if resp.Status == http.StatusBadRequest {
			f.Kind = carriers.KindAuth // a refused client id is not the number's fault
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
	return t.AccessToken, time.Duration(t.ExpiresIn) * time.Second, nil
}

// failure reads the USPS error body: an unknown number is "not found" (USPS often knows a
// label only hours after it is printed), a malformed one is final.
func (a *Adapter) failure(resp *carrierhttp.Response) error {
	var body trackingResponse
	_ = json.Unmarshal(resp.Body, &body)
	detail := body.Error.describe()
	if resp.Status == http.StatusBadRequest && body.Error.says("could not locate", "not found", "not yet available") {
		return a.HTTP.Error(carriers.KindNotFound, fmt.Errorf("HTTP 400: %s", detail))
	}
	return a.HTTP.Fail(resp, detail)
}
