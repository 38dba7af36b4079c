package main

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"
)

// generator writes one appendJSON method per struct type, queueing the struct
// types it meets in fields.
type generator struct {
	pkg         *pkg
	queue       []string
	done        map[string]bool
	body        strings.Builder
	usesStrconv bool
	usesSort    bool
	vars        int
}

// method writes the appendJSON method of the named struct type.
func (g *generator) method(name string) error {
	if g.done[name] {
		return nil
	}
	g.done[name] = true
	st, ok := g.pkg.types[name].(*ast.StructType)
	if !ok {
		return fmt.Errorf("not a struct type of package %s", g.pkg.name)
	}
	if g.pkg.marshalers[name] {
		return fmt.Errorf("has its own MarshalJSON or MarshalText")
	}
	var w strings.Builder
	fmt.Fprintf(&w, "// appendJSON appends v as json.Marshal writes it.\nfunc (v *%s) appendJSON(b []byte) []byte {\n", name)
	if err := g.object(&w, "v", st); err != nil {
		return err
	}
	w.WriteString("return b\n}\n\n")
	g.body.WriteString(w.String())
	return nil
}

// object writes the members of the struct at expr, a Go expression of an
// addressable struct value (or a pointer to one).
func (g *generator) object(w *strings.Builder, expr string, st *ast.StructType) error {
	fields, err := g.jsonFields(st)
	if err != nil {
		return err
	}
	w.WriteString("b = append(b, '{')\n")
	// Whether a comma is due before a member: never before the first; after an
	// omitempty member only if it (or one before it) was written.
	const none, some, maybe = 0, 1, 2
	state, start := none, ""
	for _, f := range fields {
		if state == none && f.omitempty {
			start, state = g.newVar("start"), maybe
			fmt.Fprintf(w, "%s := len(b)\n", start)
			state = maybe
		}
		if f.omitempty {
			fmt.Fprintf(w, "if %s {\n", g.nonEmpty(expr+f.goPath, f.typ))
		}
		key := strconv.Quote(f.name) + ":"
		switch state {
		case none:
			fmt.Fprintf(w, "b = append(b, %q...)\n", key)
		case some:
			fmt.Fprintf(w, "b = append(b, %q...)\n", ","+key)
		default:
			fmt.Fprintf(w, "if len(b) != %s {\nb = append(b, ',')\n}\nb = append(b, %q...)\n", start, key)
		}
		if err := g.value(w, expr+f.goPath, f.typ); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		if f.omitempty {
			w.WriteString("}\n")
		} else {
			state = some
		}
	}
	w.WriteString("b = append(b, '}')\n")
	return nil
}

func (g *generator) newVar(base string) string {
	g.vars++
	return fmt.Sprintf("%s%d", base, g.vars)
}

// value writes the JSON of the Go value at expr, of type t.
func (g *generator) value(w *strings.Builder, expr string, t ast.Expr) error {
	// The commonest shapes are written by helpers of the package's runtime
	// (json_append.go), which keeps the generated code short.
	switch exprString(t) {
	case "*string":
		fmt.Fprintf(w, "b = appendJSONStringPtr(b, %s)\n", expr)
		return nil
	case "[]string":
		fmt.Fprintf(w, "b = appendJSONStrings(b, %s)\n", expr)
		return nil
	}
	switch t := t.(type) {
	case *ast.Ident:
		return g.named(w, expr, t.Name)
	case *ast.StarExpr:
		fmt.Fprintf(w, "if %s == nil {\nb = append(b, \"null\"...)\n} else {\n", expr)
		inner := "(*" + expr + ")"
		if g.isStruct(t.X) {
			inner = expr // methods and fields reach through the pointer
		}
		if err := g.value(w, inner, t.X); err != nil {
			return err
		}
		w.WriteString("}\n")
		return nil
	case *ast.ArrayType:
		return g.slice(w, expr, t)
	case *ast.MapType:
		return g.stringMap(w, expr, t)
	case *ast.StructType:
		return g.object(w, expr, t)
	}
	return fmt.Errorf("type %s is not supported", exprString(t))
}

func (g *generator) isStruct(t ast.Expr) bool {
	if id, ok := t.(*ast.Ident); ok {
		_, ok := g.pkg.types[id.Name].(*ast.StructType)
		return ok
	}
	_, ok := t.(*ast.StructType)
	return ok
}

// named writes a predeclared type's value or a package type's.
func (g *generator) named(w *strings.Builder, expr, name string) error {
	switch name {
	case "string":
		fmt.Fprintf(w, "b = appendJSONString(b, %s)\n", expr)
	case "bool":
		g.usesStrconv = true
		fmt.Fprintf(w, "b = strconv.AppendBool(b, %s)\n", expr)
	case "int", "int8", "int16", "int32", "int64":
		g.usesStrconv = true
		fmt.Fprintf(w, "b = strconv.AppendInt(b, int64(%s), 10)\n", expr)
	case "uint", "uint16", "uint32", "uint64":
		g.usesStrconv = true
		fmt.Fprintf(w, "b = strconv.AppendUint(b, uint64(%s), 10)\n", expr)
	case "float64":
		fmt.Fprintf(w, "b = appendJSONFloat(b, %s)\n", expr)
	default:
		return g.packageType(w, expr, name)
	}
	return nil
}

func (g *generator) packageType(w *strings.Builder, expr, name string) error {
	def, ok := g.pkg.types[name]
	if !ok {
		return fmt.Errorf("type %s is not supported", name)
	}
	if g.pkg.marshalers[name] {
		return fmt.Errorf("type %s marshals itself", name)
	}
	if _, ok := def.(*ast.StructType); ok {
		g.queue = append(g.queue, name)
		fmt.Fprintf(w, "b = %s.appendJSON(b)\n", expr)
		return nil
	}
	// A named slice, map or basic type is written as its definition.
	return g.value(w, expr, def)
}

func (g *generator) slice(w *strings.Builder, expr string, t *ast.ArrayType) error {
	if t.Len != nil {
		return fmt.Errorf("arrays are not supported")
	}
	if id, ok := t.Elt.(*ast.Ident); ok && (id.Name == "byte" || id.Name == "uint8") {
		return fmt.Errorf("[]byte is not supported")
	}
	i := g.newVar("i")
	fmt.Fprintf(w, "if %s == nil {\nb = append(b, \"null\"...)\n} else {\nb = append(b, '[')\n", expr)
	fmt.Fprintf(w, "for %s := range %s {\nif %s > 0 {\nb = append(b, ',')\n}\n", i, expr, i)
	if err := g.value(w, expr+"["+i+"]", t.Elt); err != nil {
		return err
	}
	w.WriteString("}\nb = append(b, ']')\n}\n")
	return nil
}

// stringMap writes a map with string keys, sorted as encoding/json sorts them.
func (g *generator) stringMap(w *strings.Builder, expr string, t *ast.MapType) error {
	if id, ok := t.Key.(*ast.Ident); !ok || id.Name != "string" {
		return fmt.Errorf("only maps with string keys are supported")
	}
	g.usesSort = true
	i, k := g.newVar("i"), g.newVar("k")
	fmt.Fprintf(w, "if %s == nil {\nb = append(b, \"null\"...)\n} else {\nb = append(b, '{')\n", expr)
	fmt.Fprintf(w, "for %s, %s := range slices.Sorted(maps.Keys(%s)) {\nif %s > 0 {\nb = append(b, ',')\n}\n", i, k, expr, i)
	fmt.Fprintf(w, "b = appendJSONString(b, %s)\nb = append(b, ':')\n", k)
	if err := g.value(w, expr+"["+k+"]", t.Value); err != nil {
		return err
	}
	w.WriteString("}\nb = append(b, '}')\n}\n")
	return nil
}

// nonEmpty is the Go condition under which omitempty writes the member.
func (g *generator) nonEmpty(expr string, t ast.Expr) string {
	switch t := t.(type) {
	case *ast.StarExpr, *ast.InterfaceType:
		return expr + " != nil"
	case *ast.ArrayType, *ast.MapType:
		return "len(" + expr + ") != 0"
	case *ast.StructType:
		return "true"
	case *ast.Ident:
		switch t.Name {
		case "string":
			return expr + ` != ""`
		case "bool":
			return expr
		case "int", "int8", "int16", "int32", "int64", "uint", "uint16", "uint32", "uint64", "float64":
			return expr + " != 0"
		}
		if def, ok := g.pkg.types[t.Name]; ok {
			return g.nonEmpty(expr, def)
		}
	}
	return "true"
}
