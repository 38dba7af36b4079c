package pdfjoin

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// object is one indirect object: its value (usually a dictionary) and, for a
// stream, the raw stream bytes, copied unchanged.
type object struct {
	head   []byte
	stream []byte
}

// document is a parsed PDF: its in-use objects and the catalog's number.
type document struct {
	objects map[int]object
	nums    []int       // object numbers in increasing order
	index   map[int]int // object number -> position in nums
	root    int
}

var (
	startxrefRe = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	subsectRe   = regexp.MustCompile(`^\s*(\d+)\s+(\d+)\s*`)
	entryRe     = regexp.MustCompile(`^(\d{10})\s(\d{5})\s([nf])\s*`)
	rootRe      = regexp.MustCompile(`/Root\s+(\d+)\s+\d+\s+R`)
	objHeadRe   = regexp.MustCompile(`^\s*(\d+)\s+(\d+)\s+obj\s*`)
	lengthRe    = regexp.MustCompile(`/Length\s+(\d+)(\s+(\d+)\s+R)?`)
)

// parse reads the cross-reference table and every object it lists.
func parse(data []byte) (*document, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, fmt.Errorf("%w: not a PDF file", ErrUnsupported)
	}
	tail := data[max(0, len(data)-64):]
	m := startxrefRe.FindSubmatch(tail)
	if m == nil {
		return nil, fmt.Errorf("%w: no startxref at the end", ErrUnsupported)
	}
	offsets, trailer, err := readXref(data, atoi(m[1]))
	if err != nil {
		return nil, err
	}
	if bytes.Contains(trailer, []byte("/Encrypt")) || bytes.Contains(trailer, []byte("/Prev")) {
		return nil, fmt.Errorf("%w: encrypted or incrementally updated", ErrUnsupported)
	}
	r := rootRe.FindSubmatch(trailer)
	if r == nil {
		return nil, fmt.Errorf("%w: trailer names no catalog", ErrUnsupported)
	}
	doc := &document{objects: map[int]object{}, index: map[int]int{}, root: atoi(r[1])}
	for num, off := range offsets {
		o, err := readObject(data, off, offsets)
		if err != nil {
			return nil, fmt.Errorf("object %d: %w", num, err)
		}
		doc.objects[num] = o
		doc.nums = append(doc.nums, num)
	}
	sort.Ints(doc.nums)
	for i, n := range doc.nums {
		doc.index[n] = i
	}
	return doc, nil
}

// readXref parses a classic cross-reference table at off and the trailer after it.
func readXref(data []byte, off int) (map[int]int, []byte, error) {
	if off <= 0 || off >= len(data) || !bytes.HasPrefix(data[off:], []byte("xref")) {
		return nil, nil, fmt.Errorf("%w: no cross-reference table (a cross-reference stream?)", ErrUnsupported)
	}
	rest := data[off+len("xref"):]
	offsets := map[int]int{}
	for {
		m := subsectRe.FindSubmatch(rest)
		if m == nil {
			break
		}
		first, count := atoi(m[1]), atoi(m[2])
		rest = rest[len(m[0]):]
		for i := 0; i < count; i++ {
			e := entryRe.FindSubmatch(rest)
			if e == nil {
				return nil, nil, fmt.Errorf("%w: bad cross-reference entry", ErrUnsupported)
			}
			if string(e[3]) == "n" {
				offsets[first+i] = atoi(e[1])
			}
			rest = rest[len(e[0]):]
		}
	}
	t := bytes.Index(rest, []byte("trailer"))
	if t < 0 {
		return nil, nil, fmt.Errorf("%w: no trailer", ErrUnsupported)
	}
	end := bytes.Index(rest[t:], []byte("startxref"))
	if end < 0 {
		end = len(rest) - t
	}
	return offsets, rest[t : t+end], nil
}

// readObject reads the object at off: its dictionary (or other value) and stream.
func readObject(data []byte, off int, offsets map[int]int) (object, error) {
	if off < 0 || off >= len(data) {
		return object{}, fmt.Errorf("%w: offset out of the file", ErrUnsupported)
	}
	body := data[off:]
	m := objHeadRe.FindSubmatch(body)
	if m == nil {
		return object{}, fmt.Errorf("%w: no object at its offset", ErrUnsupported)
	}
	body = body[len(m[0]):]
	valueEnd := valueLength(body)
	head := bytes.TrimSpace(body[:valueEnd])
	after := bytes.TrimLeft(body[valueEnd:], " \t\r\n")
	if !bytes.HasPrefix(after, []byte("stream")) {
		return object{head: head}, nil
	}
	after = after[len("stream"):]
	after = bytes.TrimPrefix(after, []byte("\r"))
	after = bytes.TrimPrefix(after, []byte("\n"))
	n, err := streamLength(data, head, offsets)
	if err != nil {
		return object{}, err
	}
	if n > len(after) {
		return object{}, fmt.Errorf("%w: stream longer than the file", ErrUnsupported)
	}
	return object{head: head, stream: after[:n]}, nil
}

// streamLength reads /Length, following it when it is an indirect object.
func streamLength(data, head []byte, offsets map[int]int) (int, error) {
	m := lengthRe.FindSubmatch(head)
	if m == nil {
		return 0, fmt.Errorf("%w: stream without /Length", ErrUnsupported)
	}
	if len(m[3]) == 0 {
		return atoi(m[1]), nil
	}
	off, ok := offsets[atoi(m[1])]
	if !ok {
		return 0, fmt.Errorf("%w: /Length names a missing object", ErrUnsupported)
	}
	o, err := readObject(data, off, offsets)
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(string(o.head))
	if err != nil {
		return 0, fmt.Errorf("%w: /Length is not a number", ErrUnsupported)
	}
	return n, nil
}

func atoi(b []byte) int {
	n, _ := strconv.Atoi(string(b))
	return n
}
