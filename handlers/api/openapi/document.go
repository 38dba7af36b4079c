package openapi

import (
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

// Doc serves one API's document and page; the document is built once, on first use.
type Doc struct {
	api      API
	document func() map[string]any
}

// New describes api.
func New(api API) *Doc {
	d := &Doc{api: api}
	d.document = sync.OnceValue(func() map[string]any { return build(api) })
	return d
}

// ServeJSON serves GET /openapi.json.
func (d *Doc) ServeJSON(c *gin.Context) {
	c.Header("Cache-Control", "public, max-age=300")
	c.JSON(http.StatusOK, d.document())
}

func build(api API) map[string]any {
	components := map[string]schema{}
	out := &schemaBuilder{names: api.Names, overrides: api.Overrides, components: components}
	in := &schemaBuilder{names: api.Names, overrides: api.Overrides, components: components, input: true}
	paths := map[string]map[string]any{}
	for _, v := range api.Versions {
		for _, op := range v.Ops {
			p := v.Prefix + op.Path
			if paths[p] == nil {
				paths[p] = map[string]any{}
			}
			paths[p][strings.ToLower(op.Method)] = operation(api, v, op, in, out)
		}
	}
	errorBody := envelopeSchema(api.Meta, schema{"type": "object"}, out)
	return map[string]any{
		"openapi":  "3.0.3",
		"info":     map[string]any{"title": api.Title, "version": api.Version, "description": api.Description},
		"servers":  []any{map[string]any{"url": "/"}},
		"security": api.Security,
		"paths":    paths,
		"components": map[string]any{
			"schemas":         components,
			"securitySchemes": api.SecuritySchemes,
			"responses": map[string]any{"Error": map[string]any{
				"description": "An error: meta.code says which, meta.message says why.",
				"content":     map[string]any{"application/json": map[string]any{"schema": errorBody}},
			}},
		},
	}
}

func envelopeSchema(meta reflect.Type, data schema, b *schemaBuilder) schema {
	return schema{"type": "object", "required": []string{"meta", "data"}, "properties": schema{
		"meta": b.of(meta), "data": data,
	}}
}

func operation(api API, v Version, op Op, in, out *schemaBuilder) map[string]any {
	o := map[string]any{"tags": []string{v.Title}, "summary": op.Summary}
	var params []any
	for _, name := range pathParams(op.Path) {
		params = append(params, map[string]any{"name": name, "in": "path", "required": true, "schema": schema{"type": "string"}})
	}
	for _, name := range op.Query {
		p := map[string]any{"name": name, "in": "query", "schema": schema{"type": "string"}}
		if note, ok := api.QueryNotes[name]; ok {
			p["description"] = note
		}
		params = append(params, p)
	}
	if len(params) > 0 {
		o["parameters"] = params
	}
	if op.Body != nil {
		o["requestBody"] = map[string]any{"required": true,
			"content": map[string]any{"application/json": map[string]any{"schema": in.of(op.Body)}}}
	}
	meta := api.Meta
	if v.Meta != nil {
		meta = v.Meta
	}
	responses := map[string]any{strconv.Itoa(op.Status): map[string]any{
		"description": http.StatusText(op.Status),
		"content":     map[string]any{"application/json": map[string]any{"schema": envelopeSchema(meta, out.of(op.Data), out)}},
	}}
	for _, s := range api.ErrorStatuses {
		if v.Meta == nil {
			responses[strconv.Itoa(s)] = map[string]any{"$ref": "#/components/responses/Error"}
		}
	}
	for _, s := range v.ErrorStatuses {
		responses[strconv.Itoa(s)] = map[string]any{
			"description": "An error: meta.code says which, meta.message and meta.details say why.",
			"content":     map[string]any{"application/json": map[string]any{"schema": envelopeSchema(meta, schema{"type": "object"}, out)}},
		}
	}
	o["responses"] = responses
	return o
}

func pathParams(p string) []string {
	var out []string
	for _, seg := range strings.Split(p, "/") {
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			out = append(out, seg[1:len(seg)-1])
		}
	}
	return out
}
