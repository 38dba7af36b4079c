package postmen_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/app/apptest"
)

// /openapi.json lists exactly the Shipping API routes served, and what a label
// answer holds is what its schema names.
func TestOpenAPIDescribesShipping(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: pmStart})
	res, err := http.Get(in.URL + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var doc struct {
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			Schemas map[string]struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"schemas"`
			SecuritySchemes map[string]any `json:"securitySchemes"`
		} `json:"components"`
	}
	if err := json.NewDecoder(res.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for p, ops := range doc.Paths {
		if strings.HasPrefix(p, "/postmen/v3/") {
			for m := range ops {
				documented[strings.ToUpper(m)+" "+p] = true
			}
		}
	}
	served := map[string]bool{}
	for _, r := range in.Server.Config.Handler.(interface{ Routes() gin.RoutesInfo }).Routes() {
		if strings.HasPrefix(r.Path, "/postmen/v3/") {
			served[r.Method+" "+strings.Replace(r.Path, ":id", "{id}", 1)] = true
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
	if len(served) < 29 || doc.Components.SecuritySchemes["postmen-api-key"] == nil {
		t.Errorf("%d Shipping routes, schemes %v", len(served), doc.Components.SecuritySchemes)
	}
	c := newClient(t, in)
	label := c.buyLabel(c.createAccount("Main"), newYork)
	props := doc.Components.Schemas["Postmen-Label"].Properties
	for key := range label {
		if _, ok := props[key]; !ok {
			t.Errorf("a label has %q, which its schema does not name", key)
		}
	}
	for key := range props {
		if _, ok := label[key]; !ok && key != "error_message" {
			t.Errorf("the label schema names %q, which a label does not have", key)
		}
	}
}
