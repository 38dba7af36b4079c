package aftership

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"sync"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// A page of 100 trackings encodes to a few hundred kilobytes; its buffer is
// reused across requests rather than grown anew each time.
var pageBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledPage keeps an unusually large page's buffer from being held for good.
const maxPooledPage = 4 << 20

func putPageBuffer(b *[]byte) {
	if cap(*b) <= maxPooledPage {
		pageBuffers.Put(b)
	}
}

// trackingsSlot is where the trackings go in the encoded list object.
var trackingsSlot = []byte(`"trackings":[]`)

// appendPage writes the response of a list page. The list object around the
// trackings is small and encoded from the version's DTO as any response is; the
// trackings are written by the version's list encoder straight into its
// "trackings" array.
func (h *Handler) appendPage(b []byte, q *listQuery, page listPage, ds []tracking.Detail) ([]byte, error) {
	page.items = []any{}
	shell, err := json.Marshal(render.AfterShipEnvelope{Meta: render.AfterShipMeta{Code: http.StatusOK}, Data: h.v.list(q, page)})
	if err != nil {
		return b, err
	}
	// Inside a string a quote is escaped, so this is the list object's own member.
	at := bytes.Index(shell, trackingsSlot)
	if at < 0 {
		return b, errors.New("list object without trackings")
	}
	at += len(trackingsSlot) - 1
	b = append(b, shell[:at]...)
	write := trackingEncoder(h.v)
	for i := range ds {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = appendProjected(b, write, &ds[i], q.fields); err != nil {
			return b, err
		}
	}
	return append(b, shell[at:]...), nil
}

// appendProjected writes one tracking, limited to fields when some are named.
func appendProjected(b []byte, write func([]byte, *tracking.Detail) []byte, d *tracking.Detail, fields []string) ([]byte, error) {
	if len(fields) == 0 {
		return write(b, d), nil
	}
	kept, err := pick(write(nil, d), fields)
	if err != nil {
		return b, err
	}
	obj, err := json.Marshal(kept)
	return append(b, obj...), err
}

// The list encoders are generated from the DTO structs' json tags; run
// `go generate` after changing a DTO (.ci/run fails when it is stale).
//go:generate go run ../../../internal/gen/jsonappend -o tracking_json.gen.go trackingV4 tracking2404 tracking2507 tracking2607

// trackingEncoder is the list encoder of v's tracking object: 2024-04's for the
// format of v4 and 2024-04 that reports totals and cursors, v4's for the other.
// Each builds the version's DTO, as a single read does, and writes it with the
// DTO's generated appendJSON instead of encoding/json's reflection.
func trackingEncoder(v version) func([]byte, *tracking.Detail) []byte {
	switch v := v.(type) {
	case v2607:
		return func(b []byte, d *tracking.Detail) []byte {
			t := newTracking2607(d, v.publicURL)
			return t.appendJSON(b)
		}
	case v2507:
		return func(b []byte, d *tracking.Detail) []byte {
			t := newTracking2507(d, v.publicURL)
			return t.appendJSON(b)
		}
	case v2404v4:
		if v.paginated {
			return func(b []byte, d *tracking.Detail) []byte {
				t := newTracking2404(d)
				return t.appendJSON(b)
			}
		}
		return func(b []byte, d *tracking.Detail) []byte {
			t := newTrackingV4(d)
			return t.appendJSON(b)
		}
	}
	return func(b []byte, d *tracking.Detail) []byte {
		obj, _ := json.Marshal(v.tracking(d))
		return append(b, obj...)
	}
}
