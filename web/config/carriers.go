package config

import (
	"fmt"
	"net/url"
)

// Carriers is the server's own carrier API configuration. A carrier without credentials
// here can still be tracked live with an organization's courier connection; otherwise it
// falls back to the sandbox when the sandbox is on.
type Carriers struct {
	// Workers bounds concurrent polls per instance; Concurrency bounds concurrent calls
	// to one live carrier.
	Workers     int
	Concurrency int

	USPS       OAuthCarrier
	UPS        OAuthCarrier
	FedEx      OAuthCarrier
	DHLAPIKey  string
	DHLBaseURL string

	SendleID      string
	SendleAPIKey  string
	SendleBaseURL string

	KPostServiceKey string
	KPostBaseURL    string

	// CJLogisticsLive tracks CJ Logistics through its public tracking service, which
	// needs no account, so it is switched on explicitly.
	CJLogisticsLive    bool
	CJLogisticsBaseURL string
}

// OAuthCarrier is a carrier API with OAuth client credentials.
type OAuthCarrier struct {
	ClientID     string
	ClientSecret string
	BaseURL      string
}

func (r *reader) carriers() Carriers {
	return Carriers{
		Workers:            r.integer("WAYPOST_POLL_WORKERS", 20),
		Concurrency:        r.integer("WAYPOST_CARRIER_CONCURRENCY", 8),
		USPS:               r.oauthCarrier("USPS"),
		UPS:                r.oauthCarrier("UPS"),
		FedEx:              r.oauthCarrier("FEDEX"),
		DHLAPIKey:          r.secret("WAYPOST_DHL_API_KEY"),
		DHLBaseURL:         r.apiURL("WAYPOST_DHL_BASE_URL"),
		SendleID:           r.str("WAYPOST_SENDLE_ID", ""),
		SendleAPIKey:       r.secret("WAYPOST_SENDLE_API_KEY"),
		SendleBaseURL:      r.apiURL("WAYPOST_SENDLE_BASE_URL"),
		KPostServiceKey:    r.secret("WAYPOST_KPOST_SERVICE_KEY"),
		KPostBaseURL:       r.apiURL("WAYPOST_KPOST_BASE_URL"),
		CJLogisticsLive:    r.boolean("WAYPOST_CJLOGISTICS_LIVE", false),
		CJLogisticsBaseURL: r.apiURL("WAYPOST_CJLOGISTICS_BASE_URL"),
	}
}

// oauthCarrier reads WAYPOST_<NAME>_CLIENT_ID, _CLIENT_SECRET (or _CLIENT_SECRET_FILE) and
// _BASE_URL; an id without a secret (or the reverse) is a mistake worth stopping for.
func (r *reader) oauthCarrier(name string) OAuthCarrier {
	prefix := "WAYPOST_" + name + "_"
	c := OAuthCarrier{
		ClientID:     r.str(prefix+"CLIENT_ID", ""),
		ClientSecret: r.secret(prefix + "CLIENT_SECRET"),
		BaseURL:      r.apiURL(prefix + "BASE_URL"),
	}
	if (c.ClientID == "") != (c.ClientSecret == "") {
		r.fail(prefix+"CLIENT_ID", "set both "+prefix+"CLIENT_ID and "+prefix+"CLIENT_SECRET, or neither")
	}
	return c
}

// apiURL reads an optional carrier base URL (a test or sandbox environment).
func (r *reader) apiURL(name string) string {
	v := r.str(name, "")
	if v == "" {
		return ""
	}
	if u, err := url.Parse(v); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		r.fail(name, fmt.Sprintf("%q is not an absolute http(s) URL", v))
	}
	return v
}
