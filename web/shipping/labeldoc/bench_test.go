package labeldoc_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/waypost/waypost/web/shipping/labeldoc"
)

// One Renderer serves every request: labels drawn at once from many goroutines come
// out identical to one drawn alone (run with -race to check the shared fonts).
func TestRendererConcurrentUse(t *testing.T) {
	r := newRenderer(t)
	l := koreanLabel()
	want := map[string][]byte{}
	for _, ft := range []string{labeldoc.TypePDF, labeldoc.TypePNG} {
		out, err := r.Label(l, labeldoc.Paper4x6, ft)
		if err != nil {
			t.Fatal(err)
		}
		want[ft] = out
	}
	var wg sync.WaitGroup
	for i := range 8 {
		ft := []string{labeldoc.TypePDF, labeldoc.TypePNG}[i%2]
		wg.Go(func() {
			out, err := r.Label(l, labeldoc.Paper4x6, ft)
			if err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(out, want[ft]) {
				t.Errorf("%s drawn concurrently differs from the one drawn alone", ft)
			}
		})
	}
	wg.Wait()
}

func benchmarkLabel(b *testing.B, fileType string) {
	r := newRenderer(b)
	l := koreanLabel()
	b.ReportAllocs()
	var size int
	for b.Loop() {
		out, err := r.Label(l, labeldoc.Paper4x6, fileType)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "bytes/label")
}

func BenchmarkLabelPDF(b *testing.B) { benchmarkLabel(b, labeldoc.TypePDF) }
func BenchmarkLabelPNG(b *testing.B) { benchmarkLabel(b, labeldoc.TypePNG) }
func BenchmarkLabelZPL(b *testing.B) { benchmarkLabel(b, labeldoc.TypeZPL) }

func BenchmarkNewRenderer(b *testing.B) {
	for b.Loop() {
		if _, err := labeldoc.NewRenderer(); err != nil {
			b.Fatal(err)
		}
	}
}
