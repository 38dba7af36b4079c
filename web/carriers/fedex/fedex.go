// Package fedex tracks FedEx parcels with the FedEx Track API (POST
// /track/v1/trackingnumbers), which authenticates with OAuth 2.0 client credentials: the
// organization's courier connection ("client_id" = API key, "client_secret" = secret key)
// or the server's configuration.
package fedex

import (
	"context"
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
const Slug = "fedex"

// DefaultBaseURL is production; https://apis-sandbox.fedex.com is FedEx's sandbox.
const DefaultBaseURL = "https://apis.fedex.com"

// Config configures the adapter.
type Config = carrierhttp.OAuthConfig

// Adapter is the FedEx carrier adapter.
type Adapter struct {
	carrierhttp.OAuthBase
}

// New returns an adapter; an empty BaseURL means production.
func New(cfg Config) *Adapter {
	return &Adapter{carrierhttp.NewOAuthBase(Slug, DefaultBaseURL, cfg)}
}

// Track fetches the parcel's scan events.
func (a *Adapter) Track(ctx context.Context, req carriers.Request) (*carriers.Result, error) {
	creds, ok := a.Credentials(req)
	if !ok {
		return nil, a.HTTP.Error(carriers.KindNotConfigured, errors.New("FedEx API key and secret are not configured"))
	}
	body := requestBody(req)
	resp, err := a.fetch(ctx, creds, body)
	if err == nil && resp.Status == http.StatusUnauthorized {
		a.Tokens.Forget(carrierhttp.TokenKey(creds["client_id"], creds["client_secret"])) // revoked early: one fresh token
		resp, err = a.fetch(ctx, creds, body)
	}
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, a.HTTP.Fail(resp, errorsOf(resp.Body))
	}
	var out trackResponse
	if err := a.HTTP.JSON(resp.Body, &out); err != nil {
		return nil, err
	}
	return a.result(out, req.Fields["tracking_ship_date"])
}

// requestBody asks for every scan; a known ship date narrows a reused number to one
// shipment (FedEx recycles numbers after a few years).
func requestBody(req carriers.Request) []byte {
	info := map[string]any{"trackingNumberInfo": map[string]string{"trackingNumber": strings.TrimSpace(req.TrackingNumber)}}
	if d, err := time.Parse("20060102", req.Fields["tracking_ship_date"]); err == nil {
		info["shipDateBegin"] = d.AddDate(0, 0, -7).Format(time.DateOnly)
		info["shipDateEnd"] = d.AddDate(0, 0, 7).Format(time.DateOnly)
	}
	b, _ := json.Marshal(map[string]any{"includeDetailedScans": true, "trackingInfo": []any{info}})
	return b
}

func (a *Adapter) fetch(ctx context.Context, creds map[string]string, body []byte) (*carrierhttp.Response, error) {
	token, err := a.Tokens.Get(ctx, carrierhttp.TokenKey(creds["client_id"], creds["client_secret"]), func(ctx context.Context) (string, time.Duration, error) {
		return a.token(ctx, creds)
	})
	if err != nil {
		return nil, err
	}
	hreq, err := a.HTTP.NewRequest(ctx, http.MethodPost, a.Base+"/track/v1/trackingnumbers", strings.NewReader(string(body)))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Authorization", "Bearer "+token)
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("X-locale", "en_US")
	return a.HTTP.Do(hreq)
}

func (a *Adapter) token(ctx context.Context, creds map[string]string) (string, time.Duration, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {creds["client_id"]}, "client_secret": {creds["client_secret"]}}
	hreq, err := a.HTTP.NewRequest(ctx, http.MethodPost, a.Base+"/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", 0, err
	}
	hreq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := a.HTTP.Do(hreq)
	if err != nil {
		return "", 0, err
	}
	if !resp.OK() {
		f := a.HTTP.Fail(resp, "token: "+errorsOf(resp.Body))
		if f.Kind == carriers.KindInvalidNumber {
			f.Kind = carriers.KindAuth // a refused key is not the number's fault
		}
		return "", 0, f
	}
	var t struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
	}
	if err := a.HTTP.JSON(resp.Body, &t); err != nil {
		return "", 0, err
	}
	if t.AccessToken == "" {
		return "", 0, a.HTTP.Error(carriers.KindFormat, errors.New("token answer without access_token"))
	}
	return t.AccessToken, time.Duration(t.ExpiresIn) * time.Second, nil
}

// errorsOf reads FedEx's top-level error list for a message.
func errorsOf(body []byte) string {
	var e struct {
		Errors []apiError `json:"errors"`
	}
	_ = json.Unmarshal(body, &e)
	parts := make([]string, 0, len(e.Errors))
	for _, x := range e.Errors {
		parts = append(parts, x.Code+" "+x.Message)
	}
	return strings.Join(parts, "; ")
}
