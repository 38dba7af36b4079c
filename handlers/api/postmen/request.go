package postmen

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// maxBody bounds a request body; a label request with many parcels is a few kB.
const maxBody = 1 << 20

// decodeBody reads the request body as one JSON object into dst. Malformed JSON,
// an empty body or trailing data are render's invalid-JSON errors; a value of the
// wrong type is a *json.UnmarshalTypeError naming the field.
func decodeBody(c *gin.Context, dst any) error {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return shipping.FieldErrors{{Path: "body", Code: shipping.CodeInvalid, Message: "the request body is larger than 1 MB"}}
	}
	if err != nil {
		return render.ErrInvalidJSON
	}
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return render.ErrEmptyBody
	}
	if body[0] != '{' {
		return render.ErrInvalidJSON
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(dst); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return render.ErrInvalidJSON
		}
		return err
	}
	if dec.More() {
		return render.ErrInvalidJSON
	}
	return nil
}

// checks collects the problems a handler finds before calling the service.
type checks struct{ errs shipping.FieldErrors }

// require records path as missing unless ok.
func (k *checks) require(ok bool, path string) {
	if !ok {
		k.errs = append(k.errs, shipping.FieldError{Path: path, Code: shipping.CodeRequired, Message: path + " is required"})
	}
}

// invalid records a malformed value.
func (k *checks) invalid(path, message string) {
	k.errs = append(k.errs, shipping.FieldError{Path: path, Code: shipping.CodeInvalid, Message: message})
}

// err is nil when nothing was found.
func (k *checks) err() error {
	if len(k.errs) == 0 {
		return nil
	}
	return k.errs
}

// idempotencyKey is the client's retry key for a create, "" when none was sent.
func idempotencyKey(c *gin.Context) string {
	return strings.TrimSpace(c.GetHeader("Idempotency-Key"))
}

// ref is {"id": "..."}, the way Postmen requests point at another object.
type ref struct {
	ID string `json:"id"`
}

// idOf reads a ref's id, trimmed; nil gives "".
func idOf(r *ref) string {
	if r == nil {
		return ""
	}
	return strings.TrimSpace(r.ID)
}

func itoa(i int) string { return strconv.Itoa(i) }

// notFoundAs names what a not-found error was looking for.
func notFoundAs(err error, what string) error {
	if errors.Is(err, models.ErrNotFound) {
		return render.ObjectNotFound{What: what}
	}
	return err
}
