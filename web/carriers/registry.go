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

// Tracker returns the adapter for slug: the live one when registered, else the sandbox,
// else an Error of KindNotConfigured.
func (r *Registry) Tracker(slug string) (Tracker, error) {
	r.mu.RLock()
	t, ok := r.live[slug]
	r.mu.RUnlock()
	if ok {
		return t, nil
	}
	if r.sandbox != nil {
		return r.sandbox, nil
	}
	return nil, NewError(KindNotConfigured, slug, errors.New("no live adapter configured and sandbox is off"))
}
