package aftership

import (
	"encoding/json"
	"strings"
)

// alwaysShown are the fields a "fields" filter keeps, so a client can still tell
// which tracking it is looking at.
var alwaysShown = []string{"id", "slug", "tracking_number"}

// parseFields reads a comma-separated "fields" parameter; nil means all fields.
func parseFields(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return append(splitList(s), alwaysShown...)
}

// project keeps only the named top-level fields of obj; with no names, obj is
// returned as it is.
func project(obj any, fields []string) any {
	if len(fields) == 0 {
		return obj
	}
	b, err := json.Marshal(obj)
	if err != nil {
		return obj
	}
	out, err := pick(b, fields)
	if err != nil {
		return obj
	}
	return out
}

// pick keeps the named top-level members of an encoded object.
func pick(obj []byte, fields []string) (map[string]json.RawMessage, error) {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(obj, &all); err != nil {
		return nil, err
	}
	out := make(map[string]json.RawMessage, len(fields))
	for _, f := range fields {
		if v, ok := all[f]; ok {
			out[f] = v
		}
	}
	return out, nil
}

// replaceField respells a field name inside an error message.
func replaceField(msg, from, to string) string { return strings.ReplaceAll(msg, from, to) }
