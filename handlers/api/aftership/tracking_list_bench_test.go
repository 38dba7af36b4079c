package aftership

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// benchPage is a page of 100 trackings with five events each, as the seeded
// store of the load benchmark holds them.
func benchPage() []tracking.Detail {
	ds := pageDetails(100)
	for i := range ds {
		d := &ds[i]
		for len(d.Checkpoints) < 5 {
			c := pageDetails(4)[2].Checkpoints[len(d.Checkpoints)%3]
			d.Checkpoints = append(d.Checkpoints, c)
		}
	}
	return ds
}

// BenchmarkListPage encodes a 100-tracking page per version: "dto" as every
// response was encoded before (DTO structs through encoding/json), "page" as
// ListTrackings does now.
func BenchmarkListPage(b *testing.B) {
	ds := benchPage()
	for _, v := range []struct {
		name string
		h    *Handler
	}{{"v4", NewV4(nil)}, {"2024-04", New2404(nil)}, {"2025-07", New2507(nil, "https://track.example.com")}} {
		q, err := parseListQuery(url.Values{}, v.h.v.listNames())
		if err != nil {
			b.Fatal(err)
		}
		page := listPage{total: 100000, hasNext: true, nextCursor: encodeCursor(models.TrackingCursor{CreatedAt: ds[99].CreatedAt, ID: ds[99].ID})}
		b.Run(v.name+"/dto", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p := page
				p.items = make([]any, len(ds))
				for i := range ds {
					p.items[i] = v.h.v.tracking(&ds[i])
				}
				if _, err := json.Marshal(render.AfterShipEnvelope{Meta: render.AfterShipMeta{Code: 200}, Data: v.h.v.list(q, p)}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(v.name+"/page", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf := pageBuffers.Get().(*[]byte)
				*buf, err = v.h.appendPage((*buf)[:0], q, page, ds)
				if err != nil {
					b.Fatal(err)
				}
				putPageBuffer(buf)
			}
		})
	}
}
