package aftership

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
)

// readBody reads the request body, which the route's middleware.BodyLimit bounds;
// a body over the limit is ErrBodyTooLarge (413).
func readBody(c *gin.Context) ([]byte, error) {
	b, err := io.ReadAll(c.Request.Body)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, fmt.Errorf("%w: over %d bytes", render.ErrBodyTooLarge, tooLarge.Limit)
	case err != nil:
		return nil, fmt.Errorf("%w: %v", render.ErrInvalidJSON, err)
	}
	return b, nil
}

// decodeJSON fills v from body. An empty body decodes as {}; malformed JSON, and
// JSON that is not an object where one is expected, is a 4001; a field of the
// wrong type a 4008 naming the field.
func decodeJSON(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		body = []byte("{}")
	}
	err := json.Unmarshal(body, v)
	var typeErr *json.UnmarshalTypeError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &typeErr) && typeErr.Field != "":
		// The wrapper objects of the older versions are not part of the field's name.
		field := strings.TrimPrefix(strings.TrimPrefix(typeErr.Field, "tracking."), "notification.")
		return models.Invalid(field, models.CodeInvalid, fmt.Sprintf("The value of `%s` is invalid: expected %s.", field, jsonKind(typeErr.Type.String())))
	}
	return fmt.Errorf("%w: %v", render.ErrInvalidJSON, err)
}

// jsonKind names a Go type the way an API user thinks of JSON.
func jsonKind(goType string) string {
	switch {
	case strings.HasPrefix(goType, "[]"), strings.HasPrefix(goType, "aftership.stringList"):
		return "an array"
	case strings.HasPrefix(goType, "map"), strings.Contains(goType, "struct"), strings.HasPrefix(goType, "aftership."):
		return "an object"
	case strings.Contains(goType, "int"), strings.Contains(goType, "float"):
		return "a number"
	case strings.Contains(goType, "bool"):
		return "a boolean"
	}
	return "a string"
}

// namedFields lists the top-level keys of a JSON object that the request type T
// reads, to tell "absent" from "null". Keys T does not know (another version's
// names, fields that cannot be updated) are left out, so they never clear a value.
func namedFields[T any](raw json.RawMessage) []string {
	var m map[string]json.RawMessage
	_ = json.Unmarshal(raw, &m)
	known := jsonNames(reflect.TypeFor[T]())
	var fields []string
	for k := range m {
		if known[k] {
			fields = append(fields, k)
		}
	}
	return fields
}

// jsonNames are the JSON names of a struct's fields.
func jsonNames(t reflect.Type) map[string]bool {
	names := map[string]bool{}
	for f := range t.Fields() {
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && name != "-" {
			names[name] = true
		}
	}
	return names
}

// stringList accepts an array of strings or one comma-separated string, as
// AfterShip does for emails, smses and slug.
type stringList []string

// UnmarshalJSON reads either form.
func (l *stringList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*l = splitList(one)
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return &json.UnmarshalTypeError{Value: "value", Type: reflect.TypeFor[stringList]()}
	}
	*l = many
	return nil
}

// splitList splits a comma-separated value, dropping blanks.
func splitList(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// AfterShip's wire formats of time.
const (
	layoutTimestamp = "2006-01-02T15:04:05-07:00"
	layoutNaive     = "2006-01-02T15:04:05"
)

// timestamp is a moment in UTC: "2018-08-17T06:25:32+00:00".
func timestamp(t time.Time) string {
	return string(appendTimestamp(make([]byte, 0, len(layoutTimestamp)), t, 0))
}

func timestampPtr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := timestamp(*t)
	return &s
}

// localTimestamp keeps the offset of the place: "2018-07-23T01:21:39-05:00".
func localTimestamp(c *models.Checkpoint) string {
	return string(appendTimestamp(make([]byte, 0, len(layoutTimestamp)), c.OccurredAt, c.UTCOffset))
}

// eventTimes spells each checkpoint's created_at (UTC) and local time, in that
// order, as slices of one string: a list page has thousands of events, and two
// strings of their own each would be most of its allocations.
func eventTimes(cs []models.Checkpoint) []string {
	buf := make([]byte, 0, 2*len(cs)*len(layoutTimestamp))
	ends := make([]int, 0, 2*len(cs))
	for i := range cs {
		buf = appendTimestamp(buf, cs[i].CreatedAt, 0)
		ends = append(ends, len(buf))
		buf = appendTimestamp(buf, cs[i].OccurredAt, cs[i].UTCOffset)
		ends = append(ends, len(buf))
	}
	all := string(buf)
	out := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		out[i], start = all[start:end], end
	}
	return out
}

// naiveLocal is local wall time without an offset: "2018-07-23T08:58:00".
func naiveLocal(c *models.Checkpoint) *string {
	if c == nil {
		return nil
	}
	s := string(appendWallClock(make([]byte, 0, len(layoutNaive)), c.OccurredAt, c.UTCOffset))
	return &s
}

func dateOf(t time.Time) string { return t.Format(time.DateOnly) }

func datePtr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := dateOf(*t)
	return &s
}

// orNull turns "" into JSON null, as AfterShip shows fields it does not know.
func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// emptyAsNull is orNull of *s without a copy: the DTO points at the model's value.
func emptyAsNull(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

// nonNilList keeps empty lists as [] on the wire.
func nonNilList(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// badRequest reports a request error in the AfterShip envelope.
func badRequest(c *gin.Context, code int, msg string) {
	render.AfterShipFail(c, http.StatusBadRequest, code, msg)
}
