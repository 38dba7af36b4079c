package render

// The AfterShip audience: every response of the AfterShip Tracking API (2024-04,
// 2025-07, v4) is an envelope {"meta": {...}, "data": ...}, and every error of it
// is mapped here, once, to a meta code and AfterShip's documented message.

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// AfterShipMeta is AfterShip's response meta block.
type AfterShipMeta struct {
	Code    int    `json:"code"`
	Message string `json:"message,omitempty"`
	Type    string `json:"type,omitempty"`
}

// AfterShipEnvelope is AfterShip's response body.
type AfterShipEnvelope struct {
	Meta AfterShipMeta `json:"meta"`
	Data any           `json:"data"`
}

// AfterShipOK writes a success envelope.
func AfterShipOK(c *gin.Context, status int, data any) {
	c.JSON(status, AfterShipEnvelope{Meta: AfterShipMeta{Code: status}, Data: data})
}

// errorTypes names AfterShip's meta.type per HTTP status.
var errorTypes = map[int]string{
	http.StatusBadRequest:            "BadRequest",
	http.StatusUnauthorized:          "Unauthorized",
	http.StatusPaymentRequired:       "PaymentRequired",
	http.StatusForbidden:             "Forbidden",
	http.StatusNotFound:              "NotFound",
	http.StatusConflict:              "BadRequest",
	http.StatusUnprocessableEntity:   "BadRequest",
	http.StatusRequestEntityTooLarge: "RequestEntityTooLarge",
	http.StatusTooManyRequests:       "TooManyRequests",
	http.StatusInternalServerError:   "InternalError",
	http.StatusServiceUnavailable:    "InternalError",
}

// AfterShipFail writes an AfterShip error envelope with a meta code (which may be a 4xxx
// AfterShip code) and the HTTP status.
func AfterShipFail(c *gin.Context, status, code int, message string) {
	AfterShipFailWith(c, status, code, message, map[string]any{})
}

// AfterShipFailWith is AfterShipFail with data, such as the tracking that
// already exists.
func AfterShipFailWith(c *gin.Context, status, code int, message string, data any) {
	c.AbortWithStatusJSON(status, AfterShipEnvelope{
		Meta: AfterShipMeta{Code: code, Message: message, Type: errorTypes[status]},
		Data: data,
	})
}

// ErrInvalidJSON marks a request body that is not JSON at all (meta code 4001).
var ErrInvalidJSON = errors.New("invalid JSON")

// ErrBodyTooLarge marks a request body over the configured limit (413).
var ErrBodyTooLarge = errors.New("request body too large")

// AfterShipBodyTooLarge answers a body over the limit: HTTP and meta code 413.
func AfterShipBodyTooLarge(c *gin.Context) {
	AfterShipFail(c, http.StatusRequestEntityTooLarge, http.StatusRequestEntityTooLarge,
		"The request body is too large.")
}

// AfterShip meta codes.
const (
	AfterShipInvalidJSON          = 4001
	AfterShipTrackingExists       = 4003
	AfterShipTrackingNotFound     = 4004
	AfterShipInvalidNumber        = 4005
	AfterShipTrackingRequired     = 4006
	AfterShipNumberRequired       = 4007
	AfterShipInvalidValue         = 4008
	AfterShipMissingValue         = 4009
	AfterShipInvalidSlug          = 4010
	AfterShipMissingFields        = 4011
	AfterShipUndetectable         = 4012
	AfterShipRetrackActive        = 4013
	AfterShipNotificationRequired = 4014
	AfterShipInvalidID            = 4015
	AfterShipRetrackLimit         = 4016
	AfterShipNumberFormat         = 4017
)

// AfterShipError maps a service error to the AfterShip envelope: validation errors to
// their 4xxx code, not-found to 4004, anything else to a logged 500.
func AfterShipError(c *gin.Context, err error) {
	var ve *models.ValidationError
	switch {
	case errors.Is(err, ErrBodyTooLarge):
		AfterShipBodyTooLarge(c)
	case errors.Is(err, ErrInvalidJSON):
		AfterShipFail(c, http.StatusBadRequest, AfterShipInvalidJSON, "Invalid JSON data.")
	case errors.As(err, &ve):
		status, code := validationCode(ve)
		AfterShipFail(c, status, code, documentedMessage(code, ve))
	case errors.Is(err, models.ErrNotFound):
		AfterShipFail(c, http.StatusNotFound, AfterShipTrackingNotFound, "Tracking does not exist.")
	default:
		_ = c.Error(err)
		AfterShipFail(c, http.StatusInternalServerError, http.StatusInternalServerError, "Something went wrong on our side. Please try again.")
	}
}

// codesByReason maps the services' validation codes to AfterShip meta codes.
var codesByReason = map[string]int{
	models.CodeAlreadyExists:  AfterShipTrackingExists,
	models.CodeInvalidNumber:  AfterShipInvalidNumber,
	tracking.CodeNumberFormat: AfterShipNumberFormat,
	models.CodeInvalidSlug:    AfterShipInvalidSlug,
	models.CodeMissingFields:  AfterShipMissingFields,
	models.CodeUndetectable:   AfterShipUndetectable,
	models.CodeStillActive:    AfterShipRetrackActive,
	models.CodeRetrackLimit:   AfterShipRetrackLimit,
}

func validationCode(ve *models.ValidationError) (int, int) {
	if code, ok := codesByReason[ve.Code]; ok {
		return http.StatusBadRequest, code
	}
	switch {
	case ve.Code == models.CodeRequired && ve.Field == "tracking_number":
		return http.StatusBadRequest, AfterShipNumberRequired
	case ve.Code == models.CodeRequired && ve.Field == "tracking":
		return http.StatusBadRequest, AfterShipTrackingRequired
	case ve.Code == models.CodeRequired && ve.Field == "notification":
		return http.StatusBadRequest, AfterShipNotificationRequired
	case ve.Code == models.CodeRequired:
		return http.StatusBadRequest, AfterShipMissingValue
	case ve.Field == "id":
		return http.StatusBadRequest, AfterShipInvalidID
	}
	return http.StatusBadRequest, AfterShipInvalidValue
}
