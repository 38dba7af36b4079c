package aftership

import (
	"github.com/waypost/waypost/web/tracking"
)

// v2607 is 2026-07: 2025-07's endpoints and wire format, with its own tracking
// object (dto_2607.go) and the body members it spells differently (request_2607.go).
type v2607 struct {
	v2507
}

func (v2607) decodeCreate(b []byte) (tracking.CreateInput, error) { return decode2607Create(b) }
func (v2607) decodeUpdate(b []byte) (tracking.UpdateInput, error) { return decode2607Update(b) }
func (v v2607) tracking(d *tracking.Detail) any                   { return newTracking2607(d, v.publicURL) }
func (v v2607) brief(d *tracking.Detail, _ bool) any              { return newTracking2607(d, v.publicURL) }
