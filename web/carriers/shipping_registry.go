package carriers

import (
	"errors"
	"sync"
)

// ShipperRegistry maps courier slugs to the adapter that ships with them. A sandbox
// account always goes to the simulator; a live account needs a live adapter.
type ShipperRegistry struct {
	mu      sync.RWMutex
	live    map[string]Shipper
	sandbox Shipper
}

// NewShipperRegistry returns a registry; sandbox may be nil when the simulator is off.
func NewShipperRegistry(sandbox Shipper) *ShipperRegistry {
	return &ShipperRegistry{live: map[string]Shipper{}, sandbox: sandbox}
}

// Register installs the live shipping adapter of a slug.
func (r *ShipperRegistry) Register(slug string, s Shipper) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.live[slug] = s
}

// Live reports whether a slug has a live shipping adapter.
func (r *ShipperRegistry) Live(slug string) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	_, ok := r.live[slug]
	return ok
}

// SandboxEnabled reports whether sandbox accounts can be served.
func (r *ShipperRegistry) SandboxEnabled() bool { return r.sandbox != nil }

// For picks the adapter serving an account.
func (r *ShipperRegistry) For(a Account) (Shipper, error) {
	if a.Sandbox {
		if r.sandbox == nil {
			return nil, NewError(KindNotConfigured, a.Slug, errors.New("the sandbox is off on this server"))
		}
		return r.sandbox, nil
	}
	r.mu.RLock()
	s, ok := r.live[a.Slug]
	r.mu.RUnlock()
	if !ok {
		return nil, NewError(KindNotConfigured, a.Slug, errors.New("no live shipping adapter for this carrier; use a sandbox account"))
	}
	return s, nil
}
