package models

import (
	"reflect"
	"testing"
)

// A filter field that narrows did not know of would make lists report the
// organization's whole count for a filtered list.
func TestEveryFilterFieldNarrows(t *testing.T) {
	paging := map[string]bool{"Page": true, "Limit": true, "After": true}
	typ := reflect.TypeFor[TrackingFilter]()
	for i := range typ.NumField() {
		field := typ.Field(i)
		if paging[field.Name] || !field.IsExported() {
			continue
		}
		var f TrackingFilter
		v := reflect.ValueOf(&f).Elem().Field(i)
		switch v.Kind() {
		case reflect.String:
			v.SetString("x")
		case reflect.Slice:
			v.Set(reflect.Append(v, reflect.Zero(field.Type.Elem())))
		case reflect.Pointer:
			v.Set(reflect.New(field.Type.Elem()))
		default:
			t.Fatalf("%s: no test value for a %s", field.Name, v.Kind())
		}
		if !f.narrows() {
			t.Errorf("a filter on %s does not narrow the list", field.Name)
		}
	}
	if (TrackingFilter{Keyword: " ", Slugs: []string{}, Page: 3, Limit: 5}).narrows() {
		t.Error("a blank keyword and empty lists narrow the list")
	}
}
