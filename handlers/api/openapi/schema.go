package openapi

import (
	"reflect"
	"sort"
	"strings"
)

// Schemas of the OpenAPI document are read off the DTO types themselves, so the
// document cannot describe a field the handlers do not send, or miss one they do.

// schema is an OpenAPI 3.0 schema object.
type schema map[string]any

// schemaBuilder turns Go types into schemas, naming the types listed in names as
// reusable components. Response schemas require every field the handlers always
// write; request schemas require none (the endpoints' own checks decide).
type schemaBuilder struct {
	names      map[reflect.Type]string
	overrides  map[reflect.Type]map[string]any
	components map[string]schema
	input      bool
}

func (b *schemaBuilder) of(t reflect.Type) schema {
	nullable := false
	for t.Kind() == reflect.Pointer {
		t, nullable = t.Elem(), true
	}
	s := b.plain(t)
	if nullable {
		return nullableOf(s)
	}
	return s
}

func nullableOf(s schema) schema {
	if _, ok := s["$ref"]; ok {
		// A $ref cannot carry siblings in OpenAPI 3.0.
		return schema{"allOf": []any{s}, "nullable": true}
	}
	out := schema{"nullable": true}
	for k, v := range s {
		out[k] = v
	}
	return out
}

func (b *schemaBuilder) plain(t reflect.Type) schema {
	if name, ok := b.names[t]; ok {
		if _, done := b.components[name]; !done {
			b.components[name] = schema{} // a placeholder breaks cycles
			b.components[name] = b.object(t)
		}
		return schema{"$ref": "#/components/schemas/" + name}
	}
	if s, ok := b.overrides[t]; ok {
		return schema(s)
	}
	switch {
	case t.Kind() == reflect.Struct:
		return b.object(t)
	case t.Kind() == reflect.Slice:
		// A nil slice is written as null; the DTOs never leave one nil where a list is due.
		return schema{"type": "array", "items": b.of(t.Elem())}
	case t.Kind() == reflect.Map:
		return schema{"type": "object", "additionalProperties": b.of(t.Elem()), "nullable": true}
	case t.Kind() == reflect.Interface:
		return schema{}
	}
	return schema{"type": scalarType(t.Kind())}
}

func scalarType(k reflect.Kind) string {
	switch k {
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	}
	return "string"
}

// jsonField is one field as encoding/json sees it.
type jsonField struct {
	name      string
	typ       reflect.Type
	omitempty bool
	depth     int
}

// jsonFields lists a struct's JSON fields the way encoding/json does: embedded
// structs are flattened and a shallower field hides a deeper one of the same name.
func jsonFields(t reflect.Type, depth int) []jsonField {
	var out []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, jsonFields(f.Type, depth+1)...)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, jsonField{name: name, typ: f.Type, omitempty: strings.Contains(opts, "omitempty"), depth: depth})
	}
	return out
}

func (b *schemaBuilder) object(t reflect.Type) schema {
	best := map[string]jsonField{}
	for _, f := range jsonFields(t, 0) {
		if have, ok := best[f.name]; !ok || f.depth < have.depth {
			best[f.name] = f
		}
	}
	props := schema{}
	var required []string
	for name, f := range best {
		props[name] = b.of(f.typ)
		if !f.omitempty && !b.input {
			required = append(required, name)
		}
	}
	sort.Strings(required)
	s := schema{"type": "object", "properties": props}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}
