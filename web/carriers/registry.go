package carriers

import (
	"errors"
	"sort"
	"sync"
)

// Registry maps courier slugs to the adapter that tracks them. A slug with no live
// adapter, or whose adapter has no credentials, falls back to the sandbox when the
// sandbox is enabled.
type Registry struct {
	mu      sync.RWMutex
	live    map[string]Tracker
	sandbox Tracker
}

// NewRegistry returns a registry; sandbox may be nil to disable the fallback.
func NewRegistry(sandbox Tracker) *Registry {
	return &Registry{live: map[string]Tracker{}, sandbox: sandbox}
}

// Register installs a live adapter for a slug.
func (r *Registry) Register(slug string, t Tracker) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.live[slug] = t
}

// SandboxEnabled reports whether unconfigured carriers fall back to the simulator.
func (r *Registry) SandboxEnabled() bool { return r.sandbox != nil }

// Live reports whether a slug has a live adapter.
func (r *Registry) Live(slug string) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	_, ok := r.live[slug]
	return ok
}

// LiveSlugs lists the slugs that have live adapters, sorted.
func (r *Registry) LiveSlugs() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]string, 0, len(r.live))
	for s := range r.live {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Configurer is implemented by live adapters that cannot serve every request: one whose
// API needs credentials serves a request only when the server has some or the request
// brings an organization's own.
type Configurer interface {
	Configured(req Request) bool
}

// For picks the adapter for a request: the live adapter when one is registered and
// configured for it, else the sandbox, else an Error of KindNotConfigured. live reports
// whether the adapter talks to the real carrier.
func (r *Registry) For(req Request) (t Tracker, live bool, err error) {
	r.mu.RLock()
	t, ok := r.live[req.Slug]
	r.mu.RUnlock()
	if ok {
		if c, isConfigurer := t.(Configurer); !isConfigurer || c.Configured(req) {
			return t, true, nil
		}
	}
	if r.sandbox != nil {
		return r.sandbox, false, nil
	}
	if ok {
		return nil, false, NewError(KindNotConfigured, req.Slug, errors.New("no credentials for this carrier: add a courier connection or configure the server, or enable the sandbox"))
	}
	return nil, false, NewError(KindNotConfigured, req.Slug, errors.New("no live adapter for this carrier and the sandbox is off"))
}
