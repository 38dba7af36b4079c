package main

import (
	"fmt"
	"go/ast"
	"reflect"
	"strconv"
	"strings"
)

// field is one member of a JSON object as encoding/json sees it.
type field struct {
	name      string
	goPath    string // the Go selector below the struct value, such as ".trackingV4.ID"
	typ       ast.Expr
	omitempty bool
	tagged    bool
	depth     int
}

// jsonFields lists a struct's JSON members in encoding/json's order: embedded
// structs are flattened in place, and of several members with one name the
// shallowest wins (a tagged one among equals), or none if that is ambiguous.
func (g *generator) jsonFields(st *ast.StructType) ([]field, error) {
	all, err := g.flatten(st, "", 0, map[string]bool{})
	if err != nil {
		return nil, err
	}
	byName := map[string][]field{}
	for _, f := range all {
		byName[f.name] = append(byName[f.name], f)
	}
	var out []field
	for _, f := range all {
		if dominant(byName[f.name]) == f.goPath {
			out = append(out, f)
		}
	}
	return out, nil
}

func dominant(fs []field) string {
	best := fs[0].depth
	for _, f := range fs {
		best = min(best, f.depth)
	}
	var shallow, tagged []field
	for _, f := range fs {
		if f.depth == best {
			shallow = append(shallow, f)
			if f.tagged {
				tagged = append(tagged, f)
			}
		}
	}
	switch {
	case len(shallow) == 1:
		return shallow[0].goPath
	case len(tagged) == 1:
		return tagged[0].goPath
	}
	return ""
}

func (g *generator) flatten(st *ast.StructType, prefix string, depth int, seen map[string]bool) ([]field, error) {
	var out []field
	for _, f := range st.Fields.List {
		tag := ""
		if f.Tag != nil {
			raw, err := strconv.Unquote(f.Tag.Value)
			if err != nil {
				return nil, err
			}
			tag = reflect.StructTag(raw).Get("json")
		}
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if strings.Contains(","+opts+",", ",string,") {
			return nil, fmt.Errorf("the ,string option is not supported")
		}
		omit := strings.Contains(","+opts+",", ",omitempty,")
		if len(f.Names) == 0 {
			embedded, err := g.embedded(f, name, omit, prefix, depth, seen)
			if err != nil {
				return nil, err
			}
			out = append(out, embedded...)
			continue
		}
		for _, id := range f.Names {
			if !id.IsExported() {
				continue
			}
			n := name
			if n == "" {
				n = id.Name
			}
			out = append(out, field{name: n, goPath: prefix + "." + id.Name, typ: f.Type, omitempty: omit, tagged: name != "", depth: depth})
		}
	}
	return out, nil
}

// embedded flattens an embedded struct of the package; with a tag name it is an
// ordinary member.
func (g *generator) embedded(f *ast.Field, name string, omit bool, prefix string, depth int, seen map[string]bool) ([]field, error) {
	id, ok := f.Type.(*ast.Ident)
	if !ok {
		return nil, fmt.Errorf("embedded %s: only embedded struct types of the package are supported", exprString(f.Type))
	}
	if name != "" {
		return []field{{name: name, goPath: prefix + "." + id.Name, typ: f.Type, omitempty: omit, tagged: true, depth: depth}}, nil
	}
	st, ok := g.pkg.types[id.Name].(*ast.StructType)
	if !ok {
		return nil, fmt.Errorf("embedded %s is not a struct of the package", id.Name)
	}
	if g.pkg.marshalers[id.Name] {
		return nil, fmt.Errorf("embedded %s marshals itself", id.Name)
	}
	if seen[id.Name] {
		return nil, nil
	}
	inner := map[string]bool{id.Name: true}
	for k := range seen {
		inner[k] = true
	}
	return g.flatten(st, prefix+"."+id.Name, depth+1, inner)
}

func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.StarExpr:
		return "*" + exprString(e.X)
	case *ast.ArrayType:
		return "[]" + exprString(e.Elt)
	case *ast.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	case *ast.MapType:
		return "map[" + exprString(e.Key) + "]" + exprString(e.Value)
	}
	return fmt.Sprintf("%T", e)
}
