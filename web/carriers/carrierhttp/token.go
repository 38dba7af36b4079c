package carrierhttp

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"time"
)

// tokenMargin renews a token this long before the carrier says it expires, so a request
// never leaves with a token that dies in flight.
const tokenMargin = time.Minute

// Tokens caches OAuth client-credentials access tokens, one per client (its id bound to
// its secret by TokenKey): the server's credentials and each organization's own share the
// cache without sharing tokens.
type Tokens struct {
	mu  sync.Mutex
	now func() time.Time
	m   map[string]cachedToken
	// inflight makes concurrent polls of one carrier wait for a single token request.
	inflight map[string]*sync.Mutex
}

type cachedToken struct {
	value   string
	expires time.Time
}

// Fetch obtains a new token and says how long it lives.
type Fetch func(ctx context.Context) (token string, ttl time.Duration, err error)

// NewTokens returns an empty cache reading the given clock.
func NewTokens(now func() time.Time) *Tokens {
	if now == nil {
		now = time.Now
	}
	return &Tokens{now: now, m: map[string]cachedToken{}, inflight: map[string]*sync.Mutex{}}
}

// Get returns the cached token for key, fetching a new one when there is none or it is
// about to expire.
func (t *Tokens) Get(ctx context.Context, key string, fetch Fetch) (string, error) {
	if tok, ok := t.cached(key); ok {
		return tok, nil
	}
	lock := t.keyLock(key)
	lock.Lock()
	defer lock.Unlock()
	if tok, ok := t.cached(key); ok {
		return tok, nil
	}
	tok, ttl, err := fetch(ctx)
	if err != nil {
		return "", err
	}
	t.mu.Lock()
	t.m[key] = cachedToken{value: tok, expires: t.now().Add(ttl - tokenMargin)}
	t.mu.Unlock()
	return tok, nil
}

// Forget drops a token the carrier refused, so the next Get fetches a fresh one.
func (t *Tokens) Forget(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.m, key)
}

func (t *Tokens) cached(key string) (string, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	c, ok := t.m[key]
	if !ok || !t.now().Before(c.expires) {
		return "", false
	}
	return c.value, true
}

func (t *Tokens) keyLock(key string) *sync.Mutex {
	t.mu.Lock()
	defer t.mu.Unlock()
	l, ok := t.inflight[key]
	if !ok {
		l = &sync.Mutex{}
		t.inflight[key] = l
	}
	return l
}

// TokenKey names a client's access token in a Tokens cache. It binds the client id to a
// digest of its secret, so a request that names another merchant's client id with a wrong
// secret never reuses that merchant's cached token.
func TokenKey(clientID, secret string) string {
	sum := sha256.Sum256([]byte(clientID + "\x00" + secret))
	return clientID + "/" + hex.EncodeToString(sum[:8])
}
