// Package pdfjoin puts the pages of several PDF documents into one, so a merchant
// prints a stack of labels with one click. It reads documents with a classic
// cross-reference table (what Waypost's own label renderer and most carriers write)
// and refuses the rest with ErrUnsupported rather than produce a broken file.
package pdfjoin

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
)

// ErrUnsupported is returned for input this package cannot read: not a PDF, a
// cross-reference stream, an encrypted or incrementally updated document.
var ErrUnsupported = errors.New("pdfjoin: unsupported PDF")

// Join returns one PDF holding every page of docs, in order.
func Join(docs ...[]byte) ([]byte, error) {
	if len(docs) == 0 {
		return nil, fmt.Errorf("%w: no documents", ErrUnsupported)
	}
	var w writer
	var pages []int
	for i, d := range docs {
		doc, err := parse(d)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
		p, err := w.add(doc)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
		pages = append(pages, p...)
	}
	return w.finish(pages), nil
}

// The joined document's page tree and catalog take the first two numbers; every
// copied object comes after them.
const (
	treeNum    = 1
	catalogNum = 2
)

// writer lays out the joined document: objects renumbered one after another, then
// a new page tree and catalog.
type writer struct {
	buf     bytes.Buffer
	offsets []int // offsets[n-1] is where object n starts; -1 for a free number
}

// add copies doc's objects under new numbers and returns its pages' new numbers.
func (w *writer) add(doc *document) ([]int, error) {
	order, inherited, err := doc.pages()
	if err != nil {
		return nil, err
	}
	base := w.nextFree()
	renumber := func(n int) int { return base + doc.index[n] }
	pageAttrs := make(map[int]map[string][]byte, len(order))
	for i, n := range order {
		pageAttrs[n] = inherited[i]
	}
	for _, n := range doc.nums {
		o := doc.objects[n]
		head := renumberRefs(o.head, renumber)
		if attrs, ok := pageAttrs[n]; ok {
			head = pageHead(head, attrs, renumber)
		}
		w.object(renumber(n), head, o.stream)
	}
	out := make([]int, len(order))
	for i, n := range order {
		out[i] = renumber(n)
	}
	return out, nil
}

func (w *writer) nextFree() int {
	if w.buf.Len() == 0 {
		w.buf.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
		w.offsets = []int{-1, -1}
	}
	return len(w.offsets) + 1
}

// object writes object num; objects are written in increasing number.
func (w *writer) object(num int, head, stream []byte) {
	for len(w.offsets) < num {
		w.offsets = append(w.offsets, -1)
	}
	w.offsets[num-1] = w.buf.Len()
	w.buf.WriteString(strconv.Itoa(num) + " 0 obj\n")
	w.buf.Write(head)
	if stream != nil {
		w.buf.WriteString("\nstream\n")
		w.buf.Write(stream)
		w.buf.WriteString("\nendstream")
	}
	w.buf.WriteString("\nendobj\n")
}

// finish writes the page tree, the catalog, the cross-reference table and trailer.
func (w *writer) finish(pages []int) []byte {
	var kids bytes.Buffer
	for _, p := range pages {
		kids.WriteString(strconv.Itoa(p) + " 0 R ")
	}
	size := len(w.offsets) + 1
	w.setObject(treeNum, fmt.Sprintf("<< /Type /Pages /Count %d /Kids [ %s] >>", len(pages), kids.String()))
	w.setObject(catalogNum, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", treeNum))
	xref := w.buf.Len()
	fmt.Fprintf(&w.buf, "xref\n0 %d\n0000000000 65535 f \n", size)
	for _, off := range w.offsets {
		if off < 0 {
			w.buf.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&w.buf, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", size, catalogNum, xref)
	return w.buf.Bytes()
}

// setObject writes one of the reserved objects at the end of the file; the
// cross-reference table says where, so its place in the file does not matter.
func (w *writer) setObject(num int, dict string) {
	w.offsets[num-1] = w.buf.Len()
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\nendobj\n", num, dict)
}
