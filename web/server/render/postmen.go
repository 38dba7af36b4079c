package render

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/shipping"
)

// The Postmen v3 (AfterShip Shipping API) envelope: every answer, success or not,
// is {"meta":{"code","message","details","retryable"},"data":{...}}. Clients read
// meta.code, not the HTTP status, so each error has its own Postmen code.

// Postmen meta codes.
const (
	PostmenOK            = 200
	PostmenAccepted      = 3001 // async: the object is being created
	PostmenInvalidJSON   = 4101
	PostmenInvalid       = 4104 // validation failed; details name each field
	PostmenInvalidKey    = 4105 // "Invalid URL or API key."
	PostmenConflict      = 4109 // the object's state forbids the action, or a reused idempotency key
	PostmenNotFound      = 4153
	PostmenCarrierFailed = 4600 // the carrier refused the request
	PostmenCarrierDown   = 4601 // the carrier could not be reached; retryable
	PostmenRateLimited   = 429
	PostmenInternal      = 500
)

// PostmenDetail names one bad field: its JSON path in the request and why.
type PostmenDetail struct {
	Path string `json:"path"`
	Info string `json:"info"`
}

// PostmenMeta is the meta block.
type PostmenMeta struct {
	Code      int             `json:"code"`
	Message   string          `json:"message"`
	Type      string          `json:"type,omitempty"`
	Details   []PostmenDetail `json:"details"`
	Retryable bool            `json:"retryable"`
}

// PostmenEnvelope is a whole answer.
type PostmenEnvelope struct {
	Meta PostmenMeta `json:"meta"`
	Data any         `json:"data"`
}

// PostmenData writes a success: meta.code 200, HTTP 200.
func PostmenData(c *gin.Context, data any) {
	c.JSON(http.StatusOK, PostmenEnvelope{
		Meta: PostmenMeta{Code: PostmenOK, Message: "OK", Type: "OK", Details: []PostmenDetail{}},
		Data: data,
	})
}

// PostmenAsync writes an accepted asynchronous create: meta.code 3001, HTTP 202,
// with the object in its creating (or calculating) status.
func PostmenAsync(c *gin.Context, data any) {
	c.JSON(http.StatusAccepted, PostmenEnvelope{
		Meta: PostmenMeta{Code: PostmenAccepted, Message: "The request has been accepted and is being processed.",
			Type: "Accepted", Details: []PostmenDetail{}},
		Data: data,
	})
}

// postmenTypes names meta.type per HTTP status, as the SDKs surface it.
var postmenTypes = map[int]string{
	http.StatusBadRequest:          "BadRequest",
	http.StatusUnauthorized:        "Unauthorized",
	http.StatusNotFound:            "NotFound",
	http.StatusConflict:            "Conflict",
	http.StatusUnprocessableEntity: "UnprocessableEntity",
	http.StatusTooManyRequests:     "TooManyRequests",
	http.StatusInternalServerError: "InternalError",
	http.StatusBadGateway:          "BadGateway",
}

// PostmenFail writes an error envelope and stops the chain.
func PostmenFail(c *gin.Context, status, code int, message string, details []PostmenDetail, retryable bool) {
	if details == nil {
		details = []PostmenDetail{}
	}
	c.AbortWithStatusJSON(status, PostmenEnvelope{
		Meta: PostmenMeta{Code: code, Message: message, Type: postmenTypes[status], Details: details, Retryable: retryable},
		Data: map[string]any{},
	})
}

// PostmenInvalidFields writes a 4104 naming each bad field.
func PostmenInvalidFields(c *gin.Context, details []PostmenDetail) {
	PostmenFail(c, http.StatusBadRequest, PostmenInvalid, "The request was invalid or cannot be otherwise served.", details, false)
}

// PostmenNotFoundPath answers a path the API does not have.
func PostmenNotFoundPath(c *gin.Context) {
	PostmenFail(c, http.StatusNotFound, PostmenInvalidKey, "Invalid URL or API key.", nil, false)
}

// PostmenPanic answers a request whose handler panicked.
func PostmenPanic(c *gin.Context) {
	PostmenFail(c, http.StatusInternalServerError, PostmenInternal, "Something went wrong on our side. Please try again.", nil, true)
}

// PostmenError gives a service error its one Postmen meaning: malformed JSON is a
// 4101, a value of the wrong type or a field the service refused a 4104 with
// details, an unknown object a 4153, a state conflict a 4109, a carrier's refusal a
// 4600 (4601 when retrying may help), anything else a logged 500.
func PostmenError(c *gin.Context, err error) {
	var (
		syntax  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
		fields  shipping.FieldErrors
		carrier *shipping.CarrierError
	)
	switch {
	case errors.As(err, &syntax), errors.Is(err, ErrEmptyBody), errors.Is(err, ErrInvalidJSON):
		PostmenFail(c, http.StatusBadRequest, PostmenInvalidJSON, "Invalid JSON: the request body must be one JSON object.", nil, false)
	case errors.As(err, &typeErr):
		PostmenInvalidFields(c, []PostmenDetail{{Path: typeErr.Field, Info: typeErr.Field + " must be " + jsonKind(typeErr.Type.Kind().String())}})
	case errors.As(err, &fields):
		PostmenInvalidFields(c, fieldDetails(fields))
	case errors.Is(err, models.ErrNotFound):
		PostmenFail(c, http.StatusNotFound, PostmenNotFound, notFoundMessage(err), nil, false)
	case errors.Is(err, models.ErrConflict):
		PostmenFail(c, http.StatusConflict, PostmenConflict, conflictMessage(err), nil, false)
	case errors.As(err, &carrier):
		carrierFail(c, carrier)
	default:
		_ = c.Error(err)
		PostmenFail(c, http.StatusInternalServerError, PostmenInternal, "Something went wrong on our side. Please try again.", nil, true)
	}
}

func carrierFail(c *gin.Context, e *shipping.CarrierError) {
	msg := e.Message
	if msg == "" {
		msg = "The carrier could not complete the request."
	}
	details := make([]PostmenDetail, 0, len(e.Messages))
	for _, m := range e.Messages {
		details = append(details, PostmenDetail{Path: "carrier", Info: m})
	}
	if e.Retryable {
		PostmenFail(c, http.StatusBadGateway, PostmenCarrierDown, msg, details, true)
		return
	}
	PostmenFail(c, http.StatusUnprocessableEntity, PostmenCarrierFailed, msg, details, false)
}

// ObjectNotFound is a not-found error that names what was looked for, so the
// envelope can say "Label not found." rather than a storage message.
type ObjectNotFound struct{ What string }

func (e ObjectNotFound) Error() string { return e.What + " not found" }

// Unwrap makes an ObjectNotFound a models.ErrNotFound.
func (e ObjectNotFound) Unwrap() error { return models.ErrNotFound }

func notFoundMessage(err error) string {
	var nf ObjectNotFound
	if errors.As(err, &nf) {
		return nf.What + " not found."
	}
	return "The requested object does not exist."
}

// conflictMessage is what the service said before the conflict sentinel.
func conflictMessage(err error) string {
	msg, ok := strings.CutSuffix(err.Error(), ": "+models.ErrConflict.Error())
	if !ok || msg == "" {
		return "The request conflicts with the object's current state."
	}
	return strings.ToUpper(msg[:1]) + msg[1:] + "."
}

// jsonKind names a Go kind the way a JSON client thinks of it.
func jsonKind(kind string) string {
	switch {
	case strings.HasPrefix(kind, "int"), strings.HasPrefix(kind, "uint"), strings.HasPrefix(kind, "float"):
		return "a number"
	case kind == "bool":
		return "a boolean"
	case kind == "string":
		return "a string"
	case kind == "slice", kind == "array":
		return "an array"
	}
	return "an object"
}

func fieldDetails(fields shipping.FieldErrors) []PostmenDetail {
	out := make([]PostmenDetail, 0, len(fields))
	for _, f := range fields {
		out = append(out, PostmenDetail{Path: f.Path, Info: f.Message})
	}
	return out
}

// ErrEmptyBody is a create sent without a body; like ErrInvalidJSON it is a
// 4101, reported before any field is read.
var (
	ErrEmptyBody = errors.New("empty request body")
)

// PostmenBodyTooLarge answers a body over the API's size limit: HTTP 413 with
// Postmen's code for a request it cannot read.
func PostmenBodyTooLarge(c *gin.Context) {
	PostmenFail(c, http.StatusRequestEntityTooLarge, PostmenInvalidJSON, "The request body is too large.", nil, false)
}
