// Package sample holds the shapes the generator must write exactly as
// encoding/json does. It is copied into a throw-away module by the generator's
// test, generated into and tested there.
package sample

import "encoding/json"

type base struct {
	ID     string  `json:"id"`
	Hidden string  `json:"name"` // hidden by outer.Name, which is shallower
	Note   *string `json:"note"`
	Count  int     `json:"count,omitempty"`
}

type outer struct {
	Skip bool `json:"sandbox,omitempty"` // omitempty first: no comma before the next
	base
	Name     string            `json:"name"`
	Tags     []string          `json:"tags"`
	Fields   map[string]string `json:"fields"`
	Inner    *inner            `json:"inner"`
	Items    []inner           `json:"items"`
	Anon     struct{ A int }   `json:"anon"`
	Untagged float64
	Ratio    *float64   `json:"ratio,omitempty"`
	List     names      `json:"list,omitempty"`
	Empty    []struct{} `json:"empty"`
	private  string
	Dropped  string `json:"-"`
	Flag     bool   `json:"flag"`
	Big      uint64 `json:"big"`
	Last     string `json:"last,omitempty"`
}

type inner struct {
	X *int    `json:"x,omitempty"`
	Y string  `json:"y,omitempty"`
	Z []int64 `json:"z"`
}

type names []string

// The runtime the generated code calls (aftership's json_append.go spells these
// without encoding/json; here plain encoding/json is enough).

func appendJSONString(b []byte, s string) []byte {
	out, _ := json.Marshal(s)
	return append(b, out...)
}

func appendJSONStringPtr(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}

func appendJSONStrings(b []byte, vs []string) []byte {
	out, _ := json.Marshal(vs)
	return append(b, out...)
}

func appendJSONFloat(b []byte, f float64) []byte {
	out, _ := json.Marshal(f)
	return append(b, out...)
}
