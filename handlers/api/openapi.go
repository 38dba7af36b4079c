package api

import (
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

// openAPIDoc is built once: it depends only on the DTO types and the operation table.
var openAPIDoc = sync.OnceValue(buildOpenAPI)

// ServeOpenAPI serves GET /openapi.json: the AfterShip-compatible tracking API as
// an OpenAPI 3.0 document.
func ServeOpenAPI(c *gin.Context) {
	c.Header("Cache-Control", "public, max-age=300")
	c.JSON(http.StatusOK, openAPIDoc())
}

func buildOpenAPI() map[string]any {
	components := map[string]schema{}
	out := &schemaBuilder{names: schemaNames, components: components}
	in := &schemaBuilder{names: schemaNames, components: components, input: true}
	paths := map[string]map[string]any{}
	for _, v := range apiVersions {
		for _, op := range v.ops {
			p := v.prefix + docPath(op.path)
			if paths[p] == nil {
				paths[p] = map[string]any{}
			}
			paths[p][strings.ToLower(op.method)] = operation(v, op, in, out)
		}
	}
	errorBody := envelopeSchema(schema{"type": "object"}, out)
	return map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{
			"title":   "Waypost Tracking API (AfterShip-compatible)",
			"version": "2025-07",
			"description": "AfterShip Tracking API versions 2025-07, 2024-04 and v4, served by Waypost. Existing AfterShip " +
				"clients work after changing the base URL and the API key. Every response is an envelope " +
				`{"meta": {"code", "message", "type"}, "data": ...}; meta.code is an AfterShip code (4001 to 4017) or the HTTP status.`,
		},
		"servers": []any{map[string]any{"url": "/"}},
		"security": []any{
			map[string]any{"as-api-key": []any{}},
			map[string]any{"as-api-key": []any{}, "as-signature-hmac-sha256": []any{}},
			map[string]any{"aftership-api-key": []any{}},
		},
		"paths": paths,
		"components": map[string]any{
			"schemas": components,
			"securitySchemes": map[string]any{
				"as-api-key":        map[string]any{"type": "apiKey", "in": "header", "name": "as-api-key"},
				"aftership-api-key": map[string]any{"type": "apiKey", "in": "header", "name": "aftership-api-key"},
				"as-signature-hmac-sha256": map[string]any{"type": "apiKey", "in": "header", "name": "as-signature-hmac-sha256",
					"description": signatureDoc},
			},
			"responses": map[string]any{"Error": map[string]any{
				"description": "An error: meta.code says which, meta.message says why.",
				"content":     map[string]any{"application/json": map[string]any{"schema": errorBody}},
			}},
		},
	}
}

// signatureDoc explains signed requests, which OpenAPI has no scheme for.
const signatureDoc = "For API keys with signature, sent with as-api-key: base64(HMAC-SHA256(API secret, sign string)). " +
	"The sign string joins with newlines: the method; the uppercase hex MD5 of the body and the content-type " +
	"(both empty without a body); the date header (RFC 1123, within 3 minutes of the server clock, required); " +
	"the as- headers but the signature, as lowercase-name:trimmed-value sorted and joined by newlines; and the path " +
	"with the query parameters sorted by name, values percent-encoded. A key with signature refuses unsigned requests."

// docPath writes a gin route the OpenAPI way; the second segment of a legacy route
// is the courier slug, which the router calls id.
func docPath(p string) string {
	p = strings.Replace(p, ":id/:number", "{slug}/{tracking_number}", 1)
	return strings.Replace(p, ":id", "{id}", 1)
}

func envelopeSchema(data schema, b *schemaBuilder) schema {
	return schema{"type": "object", "required": []string{"meta", "data"}, "properties": schema{
		"meta": b.of(typeOf[Meta]()), "data": data,
	}}
}

func operation(v apiVersion, op apiOp, in, out *schemaBuilder) map[string]any {
	o := map[string]any{"tags": []string{v.title}, "summary": op.summary}
	var params []any
	for _, name := range pathParams(docPath(op.path)) {
		params = append(params, map[string]any{"name": name, "in": "path", "required": true, "schema": schema{"type": "string"}})
	}
	for _, name := range op.query {
		p := map[string]any{"name": name, "in": "query", "schema": schema{"type": "string"}}
		if note, ok := queryNotes[name]; ok {
			p["description"] = note
		}
		params = append(params, p)
	}
	if len(params) > 0 {
		o["parameters"] = params
	}
	if op.body != nil {
		o["requestBody"] = map[string]any{"required": true,
			"content": map[string]any{"application/json": map[string]any{"schema": in.of(op.body)}}}
	}
	responses := map[string]any{strconv.Itoa(op.status): map[string]any{
		"description": http.StatusText(op.status),
		"content":     map[string]any{"application/json": map[string]any{"schema": envelopeSchema(out.of(op.data), out)}},
	}}
	for _, s := range errorStatuses {
		responses[strconv.Itoa(s)] = map[string]any{"$ref": "#/components/responses/Error"}
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
