package carrierhttp

import (
	"net/http"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// OAuthConfig configures an adapter whose carrier authenticates with OAuth client
// credentials (USPS, UPS, FedEx).
type OAuthConfig struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
	HTTPClient   *http.Client
	Now          func() time.Time
}

// oauthKeys are the credential names such adapters read from a request or the server.
var oauthKeys = []string{"client_id", "client_secret"}

// OAuthBase is what the client-credential adapters share: the API base URL, the
// server's own credentials, the HTTP plumbing and the token cache.
type OAuthBase struct {
	Base   string
	Server map[string]string
	HTTP   *Client
	Tokens *Tokens
}

// NewOAuthBase builds the shared part of an adapter; an empty BaseURL means defaultBase.
func NewOAuthBase(slug, defaultBase string, cfg OAuthConfig) OAuthBase {
	if cfg.BaseURL == "" {
		cfg.BaseURL = defaultBase
	}
	c := New(slug, cfg.HTTPClient, cfg.Now)
	return OAuthBase{
		Base:   strings.TrimRight(cfg.BaseURL, "/"),
		Server: map[string]string{"client_id": cfg.ClientID, "client_secret": cfg.ClientSecret},
		HTTP:   c,
		Tokens: NewTokens(c.Now),
	}
}

// Credentials returns the organization's credentials when complete, else the server's.
func (b *OAuthBase) Credentials(req carriers.Request) (map[string]string, bool) {
	return Credentials(req, b.Server, oauthKeys...)
}

// Configured reports whether the server or the request has credentials.
func (b *OAuthBase) Configured(req carriers.Request) bool {
	_, ok := b.Credentials(req)
	return ok
}
