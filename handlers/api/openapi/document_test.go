package openapi

import (
	"reflect"
	"slices"
	"testing"
)

type meta struct {
	Code int `json:"code"`
}

type widget struct {
	ID    string   `json:"id"`
	Note  *string  `json:"note"`
	Parts []part   `json:"parts"`
	Size  int      `json:"size,omitempty"`
	Tags  tagList  `json:"tags"`
	Owner *account `json:"owner"`
}

type part struct {
	Name string `json:"name"`
}

type account struct {
	Email string `json:"email"`
}

type tagList []string

// The document is read off the types an API names: named types become
// components, pointers nullable, always-written fields required in responses only.
func TestDocumentFollowsTheTypes(t *testing.T) {
	w := reflect.TypeFor[widget]()
	api := API{
		Title: "Widgets", Version: "1", Meta: reflect.TypeFor[meta](),
		Names:     map[reflect.Type]string{w: "Widget", reflect.TypeFor[account](): "Account"},
		Overrides: map[reflect.Type]map[string]any{reflect.TypeFor[tagList](): {"type": "string"}},
		Versions: []Version{{Prefix: "/v1", Title: "v1", Ops: []Op{
			{Method: "GET", Path: "/widgets/{id}", Summary: "Get", Query: []string{"fields"}, Status: 200, Data: w},
			{Method: "POST", Path: "/widgets", Summary: "Create", Body: w, Status: 201, Data: w},
		}}},
		QueryNotes:    map[string]string{"fields": "Only these."},
		ErrorStatuses: []int{404},
	}
	doc := New(api).document()
	paths := doc["paths"].(map[string]map[string]any)
	get := paths["/v1/widgets/{id}"]["get"].(map[string]any)
	params := get["parameters"].([]any)
	if len(params) != 2 || params[0].(map[string]any)["name"] != "id" || params[1].(map[string]any)["description"] != "Only these." {
		t.Errorf("parameters: %v", params)
	}
	if _, ok := get["responses"].(map[string]any)["404"]; !ok {
		t.Errorf("no 404 response: %v", get["responses"])
	}
	if _, ok := paths["/v1/widgets"]["post"].(map[string]any)["requestBody"]; !ok {
		t.Error("no request body for POST")
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]schema)
	widgetSchema := schemas["Widget"]
	props := widgetSchema["properties"].(schema)
	if props["note"].(schema)["nullable"] != true || props["tags"].(schema)["type"] != "string" ||
		props["owner"].(schema)["allOf"] == nil || props["parts"].(schema)["type"] != "array" {
		t.Errorf("properties: %v", props)
	}
	required, _ := widgetSchema["required"].([]string)
	if !slices.Equal(required, []string{"id", "note", "owner", "parts", "tags"}) {
		t.Errorf("required = %v (size is omitempty)", required)
	}
}
