package sandbox

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Shipper simulates the shipping side of every carrier in carriers.ShippingProfiles:
// rates from zone × weight tables, labels with tracking numbers in each carrier's real
// format, pickups and manifests. It is deterministic: answers depend only on the request,
// the clock and, for tracking numbers, how many labels this value issued before.
//
// Tracking numbers carry the carrier's check digit (so web/detect names the carrier) and
// are chosen so the Sandbox tracker plays a delivered story for them. A label request
// with an IdempotencyKey always gets the same numbers; without one, numbers come from a
// per-process sequence started from the clock, unique for at least a million labels per
// carrier and service.
//
// Fixed trigger values make it fail the way carriers do; docs/carriers.md ("Sandbox
// shipping") lists them.
type Shipper struct {
	now  func() time.Time
	base uint64
	seq  atomic.Uint64
}

// NewShipper returns a simulated shipper reading time from now (time.Now when nil).
func NewShipper(now func() time.Time) *Shipper {
	if now == nil {
		now = time.Now
	}
	// Starting the sequence from the clock keeps a restarted server from reissuing the
	// numbers of the previous run.
	return &Shipper{now: now, base: hashOf("shipper", now().UTC().Format(time.RFC3339Nano))}
}

// begin refuses work when the context is done or the account is set to fail, and
// returns the card of the account's carrier.
func (s *Shipper) begin(ctx context.Context, acct carriers.Account) (*carrierCard, error) {
	if err := ctx.Err(); err != nil {
		return nil, carriers.NewError(carriers.KindUnavailable, acct.Slug, err)
	}
	if err := accountFailure(acct); err != nil {
		return nil, err
	}
	card, ok := cards[acct.Slug]
	if !ok {
		return nil, refused(carriers.KindNotConfigured, acct.Slug, "the sandbox does not ship with %q", acct.Slug)
	}
	return card, nil
}

// zoneOf is the account's time zone: cut-offs, ship dates and pickup windows are in it.
// Accounts without one use the carrier's home zone.
func zoneOf(acct carriers.Account) *time.Location {
	if acct.Timezone != "" {
		return carriers.Zone(acct.Timezone)
	}
	if c, ok := carriers.Lookup(acct.Slug); ok {
		return carriers.Zone(c.TimeZone)
	}
	return time.UTC
}

var _ carriers.Shipper = (*Shipper)(nil)
