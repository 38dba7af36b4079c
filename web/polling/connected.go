package polling

import (
	"context"
	"slices"
	"sync"
	"time"
)

// connectionsTTL is how soon a new courier connection is used by the poller.
const connectionsTTL = 30 * time.Second

// connected remembers which carriers any organization has credentials for, so that
// polls of the other carriers (nearly all, with the sandbox) skip the credential query.
type connected struct {
	mu      sync.Mutex
	slugs   []string
	fetched time.Time
}

func (s *Service) hasConnections(ctx context.Context, slug string) (bool, error) {
	c := &s.connected
	c.mu.Lock()
	defer c.mu.Unlock()
	if now := s.now(); c.fetched.IsZero() || now.Sub(c.fetched) > connectionsTTL || now.Before(c.fetched) {
		slugs, err := s.db.ConnectedSlugs(ctx)
		if err != nil {
			return false, err
		}
		c.slugs, c.fetched = slugs, now
	}
	return slices.Contains(c.slugs, slug), nil
}
