package aftership_test

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/app/apptest"
)

// openAPI is the part of the served document the checks read.
type openAPI struct {
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		Schemas map[string]map[string]any `json:"schemas"`
	} `json:"components"`
}

func fetchOpenAPI(t *testing.T, in *apptest.Instance) *openAPI {
	t.Helper()
	res, err := http.Get(in.URL + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var doc openAPI
	if res.StatusCode != 200 || json.NewDecoder(res.Body).Decode(&doc) != nil {
		t.Fatalf("GET /openapi.json: %d", res.StatusCode)
	}
	return &doc
}

var asPrefixes = []string{"/tracking/2024-04", "/tracking/2025-07", "/tracking/2026-07", "/v4"}

// TestOpenAPICoversRoutes checks that the document lists exactly the routes served.
func TestOpenAPICoversRoutes(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	doc := fetchOpenAPI(t, in)
	documented := map[string]bool{}
	for p, ops := range doc.Paths {
		// The document also holds the Shipping API, which its own package checks.
		if strings.HasPrefix(p, "/postmen/") {
			continue
		}
		for m := range ops {
			documented[strings.ToUpper(m)+" "+p] = true
		}
	}
	served := map[string]bool{}
	for _, r := range in.Server.Config.Handler.(interface{ Routes() gin.RoutesInfo }).Routes() {
		for _, prefix := range asPrefixes {
			if strings.HasPrefix(r.Path, prefix+"/") {
				p := strings.Replace(r.Path, ":id/:number", "{slug}/{tracking_number}", 1)
				served[r.Method+" "+strings.Replace(p, ":id", "{id}", 1)] = true
			}
		}
	}
	for k := range served {
		if !documented[k] {
			t.Errorf("served but not documented: %s", k)
		}
	}
	for k := range documented {
		if !served[k] {
			t.Errorf("documented but not served: %s", k)
		}
	}
	wrong := map[string]any{"id": 5.0, "undocumented": true}
	if problems := validate(doc, map[string]any{"$ref": "#/components/schemas/Tracking-2024-04"}, wrong, "$"); len(problems) < 3 {
		t.Errorf("the schema check misses problems: %v", problems)
	}
	if len(served) < 60 {
		t.Errorf("only %d AfterShip routes served", len(served))
	}
	res, err := http.Get(in.URL + "/docs/api")
	if err != nil || res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("docs page: %v %v", err, res)
	}
	res.Body.Close()
}

// TestOpenAPIDescribesResponses sends real requests to every version and checks
// each answer against the document's schema for it.
func TestOpenAPIDescribesResponses(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		doc := fetchOpenAPI(t, in)
		check := func(c *asClient, method, route, path string, body any) map[string]any {
			t.Helper()
			r := c.do(method, path, body)
			var whole any
			if err := json.Unmarshal(mustJSON(t, r), &whole); err != nil {
				t.Fatal(err)
			}
			s := responseSchema(t, doc, method, c.prefix+route, r.Status)
			for _, problem := range validate(doc, s, whole, "$") {
				t.Errorf("%s %s%s (%d): %s", method, c.prefix, path, r.Status, problem)
			}
			m, _ := whole.(map[string]any)["data"].(map[string]any)
			return m
		}
		for _, prefix := range []string{"/tracking/2024-04", "/v4"} {
			c := newASClient(t, in, prefix)
			number := map[string]string{"/tracking/2024-04": "9400100000000000000000", "/v4": "9400100000000000000010"}[prefix]
			body := asSeedTracking(number)
			body["tracking"].(map[string]any)["slug"] = "usps"
			id := check(c, "POST", "/trackings", "/trackings", body)["tracking"].(map[string]any)["id"].(string)
			in.Clock.Advance(time.Hour)
			c.poll(id)
			check(c, "GET", "/trackings/{id}", "/trackings/"+id, nil)
			check(c, "GET", "/trackings", "/trackings?limit=1", nil)
			check(c, "PUT", "/trackings/{slug}/{tracking_number}", "/trackings/usps/"+number, map[string]any{"tracking": map[string]any{"note": "n"}})
			check(c, "GET", "/last_checkpoint/{id}", "/last_checkpoint/"+id, nil)
			check(c, "POST", "/notifications/{id}/add", "/notifications/"+id+"/add", map[string]any{"notification": map[string]any{"emails": []string{"x@example.com"}}})
			check(c, "POST", "/trackings/{id}/retrack", "/trackings/"+id+"/retrack", nil)
			check(c, "POST", "/trackings/{id}/mark-as-completed", "/trackings/"+id+"/mark-as-completed", map[string]string{"reason": "LOST"})
			check(c, "GET", "/couriers/all", "/couriers/all", nil)
			check(c, "POST", "/couriers/detect", "/couriers/detect", map[string]any{"tracking": map[string]any{"tracking_number": "1Z999AA10123456784"}})
			check(c, "POST", "/estimated-delivery-date/predict-batch", "/estimated-delivery-date/predict-batch", asSeedEDD)
			check(c, "DELETE", "/trackings/{id}", "/trackings/"+id, nil)
			check(c, "GET", "/trackings/{id}", "/trackings/"+id, nil)
			check(c, "POST", "/trackings", "/trackings", `{"tracking":{}}`)
		}
		for _, prefix := range []string{"/tracking/2025-07", "/tracking/2026-07"} {
			c := newASClient(t, in, prefix)
			id := check(c, "POST", "/trackings", "/trackings", asCreate2507("6123456789010"))["id"].(string)
			in.Clock.Advance(time.Hour)
			c.poll(id)
			check(c, "GET", "/trackings/{id}", "/trackings/"+id, nil)
			check(c, "GET", "/trackings", "/trackings?limit=1", nil)
			check(c, "PUT", "/trackings/{id}", "/trackings/"+id, map[string]any{"title": "t"})
			check(c, "POST", "/trackings/{id}/mark-as-completed", "/trackings/"+id+"/mark-as-completed", map[string]string{"reason": "DELIVERED"})
			check(c, "GET", "/couriers", "/couriers", nil)
			conn := check(c, "POST", "/courier-connections", "/courier-connections", map[string]any{"courier_slug": "usps", "credentials": map[string]any{"key": "value"}})
			check(c, "GET", "/courier-connections", "/courier-connections", nil)
			check(c, "DELETE", "/courier-connections/{id}", "/courier-connections/"+conn["id"].(string), nil)
			check(c, "POST", "/estimated-delivery-date/predict", "/estimated-delivery-date/predict", `{"slug":"usps","origin_address":{"country_region":"USA"},"destination_address":{"country_region":"USA"},"estimated_pickup":{"order_time":"2021-07-01 15:04:05"}}`)
			check(c, "DELETE", "/trackings/{id}", "/trackings/"+id, nil)
		}
	})
}

func mustJSON(t *testing.T, r *asReply) []byte {
	b, err := json.Marshal(map[string]any{"meta": r.Meta, "data": r.Data})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// responseSchema finds the schema of one answer, following the shared Error response.
func responseSchema(t *testing.T, doc *openAPI, method, path string, status int) map[string]any {
	t.Helper()
	var op struct {
		Responses map[string]struct {
			Ref     string `json:"$ref"`
			Content map[string]struct {
				Schema map[string]any `json:"schema"`
			} `json:"content"`
		} `json:"responses"`
	}
	raw, ok := doc.Paths[path][strings.ToLower(method)]
	if !ok || json.Unmarshal(raw, &op) != nil {
		t.Fatalf("%s %s is not documented", method, path)
	}
	resp, ok := op.Responses[strconv.Itoa(status)]
	if !ok {
		t.Fatalf("%s %s: status %d is not documented", method, path, status)
	}
	if resp.Ref != "" {
		return map[string]any{"type": "object", "required": []any{"meta", "data"},
			"properties": map[string]any{"meta": map[string]any{"$ref": "#/components/schemas/Meta"}, "data": map[string]any{"type": "object"}}}
	}
	return resp.Content["application/json"].Schema
}

// validate checks v against the subset of OpenAPI 3.0 schemas the document uses.
func validate(doc *openAPI, s map[string]any, v any, at string) []string {
	if ref, ok := s["$ref"].(string); ok {
		return validate(doc, doc.Components.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")], v, at)
	}
	if v == nil {
		if s["nullable"] == true || len(s) == 0 {
			return nil
		}
		return []string{at + ": null is not allowed"}
	}
	if all, ok := s["allOf"].([]any); ok {
		var out []string
		for _, sub := range all {
			out = append(out, validate(doc, sub.(map[string]any), v, at)...)
		}
		return out
	}
	if one, ok := s["oneOf"].([]any); ok {
		for _, sub := range one {
			if len(validate(doc, sub.(map[string]any), v, at)) == 0 {
				return nil
			}
		}
		return []string{at + ": matches none of oneOf"}
	}
	return validateTyped(doc, s, v, at)
}

func validateTyped(doc *openAPI, s map[string]any, v any, at string) []string {
	switch s["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T is not an object", at, v)}
		}
		return validateObject(doc, s, m, at)
	case "array":
		a, ok := v.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T is not an array", at, v)}
		}
		var out []string
		for i, e := range a {
			out = append(out, validate(doc, s["items"].(map[string]any), e, fmt.Sprintf("%s[%d]", at, i))...)
		}
		return out
	case "string", "boolean", "number", "integer":
		if !scalarMatches(s["type"].(string), v) {
			return []string{fmt.Sprintf("%s: %v is not a %s", at, v, s["type"])}
		}
	}
	return nil
}

func scalarMatches(typ string, v any) bool {
	switch typ {
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	}
	_, ok := v.(float64)
	return ok
}

func validateObject(doc *openAPI, s map[string]any, m map[string]any, at string) []string {
	var out []string
	props, _ := s["properties"].(map[string]any)
	extra, _ := s["additionalProperties"].(map[string]any)
	for _, r := range asStrings(s["required"]) {
		if _, ok := m[r]; !ok {
			out = append(out, fmt.Sprintf("%s: required %q is missing", at, r))
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch p, ok := props[k].(map[string]any); {
		case ok:
			out = append(out, validate(doc, p, m[k], at+"."+k)...)
		case extra != nil:
			out = append(out, validate(doc, extra, m[k], at+"."+k)...)
		case props != nil:
			out = append(out, fmt.Sprintf("%s: %q is not documented", at, k))
		}
	}
	return out
}

func asStrings(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, e := range list {
		out = append(out, e.(string))
	}
	return out
}
