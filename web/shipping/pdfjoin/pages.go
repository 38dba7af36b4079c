package pdfjoin

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// inheritable are the page attributes a page may take from its ancestors in the
// page tree; a copied page gets them written into its own dictionary.
var inheritable = []string{"MediaBox", "CropBox", "Resources", "Rotate"}

// pages walks the page tree from the catalog and returns the page objects in order,
// each with the inherited attributes it does not set itself.
func (d *document) pages() ([]int, []map[string][]byte, error) {
	cat, ok := d.objects[d.root]
	if !ok {
		return nil, nil, fmt.Errorf("%w: the catalog is missing", ErrUnsupported)
	}
	tree := refs(keyValue(cat.head, "Pages"))
	if len(tree) != 1 {
		return nil, nil, fmt.Errorf("%w: the catalog has no page tree", ErrUnsupported)
	}
	var order []int
	var attrs []map[string][]byte
	var walk func(n int, inherited map[string][]byte, depth int) error
	walk = func(n int, inherited map[string][]byte, depth int) error {
		o, ok := d.objects[n]
		if !ok || depth > 32 {
			return fmt.Errorf("%w: broken page tree", ErrUnsupported)
		}
		own := map[string][]byte{}
		for k, v := range inherited {
			own[k] = v
		}
		for _, k := range inheritable {
			if v := keyValue(o.head, k); v != nil {
				own[k] = v
			}
		}
		if string(keyValue(o.head, "Type")) == "/Page" {
			order = append(order, n)
			attrs = append(attrs, missing(o.head, own))
			return nil
		}
		for _, kid := range refs(keyValue(o.head, "Kids")) {
			if err := walk(kid, own, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(tree[0], nil, 0); err != nil {
		return nil, nil, err
	}
	if len(order) == 0 {
		return nil, nil, fmt.Errorf("%w: no pages", ErrUnsupported)
	}
	return order, attrs, nil
}

// missing keeps the attributes the page dictionary does not set itself.
func missing(head []byte, attrs map[string][]byte) map[string][]byte {
	out := map[string][]byte{}
	for k, v := range attrs {
		if keyValue(head, k) == nil {
			out[k] = v
		}
	}
	return out
}

var parentRe = regexp.MustCompile(`/Parent\s+\d+\s+\d+\s+R`)

// pageHead points a copied page at the new page tree and writes in what it inherited.
func pageHead(head []byte, inherited map[string][]byte, renumber func(int) int) []byte {
	head = parentRe.ReplaceAll(head, []byte("/Parent "+strconv.Itoa(treeNum)+" 0 R"))
	var extra bytes.Buffer
	for _, k := range inheritable {
		if v, ok := inherited[k]; ok {
			extra.WriteString(" /" + k + " ")
			extra.Write(renumberRefs(v, renumber))
		}
	}
	if i := bytes.Index(head, []byte("<<")); i >= 0 && extra.Len() > 0 {
		head = append(append(append([]byte{}, head[:i+2]...), extra.Bytes()...), head[i+2:]...)
	}
	return head
}

func itoa(n int) string { return strconv.Itoa(n) }
