// Package aftership serves the AfterShip Tracking API: versions 2024-04, 2025-07
// and v4, their as-api-key authentication and request signatures, and the status
// mappings reference. Each version has its own requests, DTOs and encoders over
// the one tracking service; errors are written in AfterShip's meta envelope.
package aftership

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/tracking"
)

// Meta is AfterShip's response meta block.
type Meta struct {
	Code    int    `json:"code"`
	Message string `json:"message,omitempty"`
	Type    string `json:"type,omitempty"`
}

// Envelope is AfterShip's response body.
type Envelope struct {
	Meta Meta `json:"meta"`
	Data any  `json:"data"`
}

// OK writes a success envelope.
func OK(c *gin.Context, status int, data any) {
	c.JSON(status, Envelope{Meta: Meta{Code: status}, Data: data})
}

// errorTypes names AfterShip's meta.type per HTTP status.
var errorTypes = map[int]string{
	http.StatusBadRequest:          "BadRequest",
	http.StatusUnauthorized:        "Unauthorized",
	http.StatusPaymentRequired:     "PaymentRequired",
	http.StatusForbidden:           "Forbidden",
	http.StatusNotFound:            "NotFound",
	http.StatusConflict:            "BadRequest",
	http.StatusUnprocessableEntity: "BadRequest",
	http.StatusTooManyRequests:     "TooManyRequests",
	http.StatusInternalServerError: "InternalError",
	http.StatusServiceUnavailable:  "InternalError",
}

// Fail writes an AfterShip error envelope with a meta code (which may be a 4xxx
// AfterShip code) and the HTTP status.
func Fail(c *gin.Context, status, code int, message string) {
	c.AbortWithStatusJSON(status, Envelope{
		Meta: Meta{Code: code, Message: message, Type: errorTypes[status]},
		Data: map[string]any{},
	})
}

// AfterShip meta codes.
const (
	CodeInvalidJSON          = 4001
	CodeTrackingExists       = 4003
	CodeTrackingNotFound     = 4004
	CodeInvalidNumber        = 4005
	CodeTrackingRequired     = 4006
	CodeNumberRequired       = 4007
	CodeInvalidValue         = 4008
	CodeMissingValue         = 4009
	CodeInvalidSlug          = 4010
	CodeMissingFields        = 4011
	CodeUndetectable         = 4012
	CodeRetrackActive        = 4013
	CodeNotificationRequired = 4014
	CodeInvalidID            = 4015
	CodeRetrackLimit         = 4016
	CodeNumberFormat         = 4017
)

// FailErr maps a service error to the AfterShip envelope: validation errors to
// their 4xxx code, not-found to 4004, anything else to a logged 500.
func FailErr(c *gin.Context, err error) {
	var ve *models.ValidationError
	switch {
	case errors.Is(err, errInvalidJSON):
		Fail(c, http.StatusBadRequest, CodeInvalidJSON, "Invalid JSON data.")
	case errors.As(err, &ve):
		status, code := validationCode(ve)
		Fail(c, status, code, documentedMessage(code, ve))
	case errors.Is(err, models.ErrNotFound):
		Fail(c, http.StatusNotFound, CodeTrackingNotFound, "Tracking does not exist.")
	default:
		_ = c.Error(err)
		Fail(c, http.StatusInternalServerError, http.StatusInternalServerError, "Something went wrong on our side. Please try again.")
	}
}

// codesByReason maps the services' validation codes to AfterShip meta codes.
var codesByReason = map[string]int{
	models.CodeAlreadyExists:  CodeTrackingExists,
	models.CodeInvalidNumber:  CodeInvalidNumber,
	tracking.CodeNumberFormat: CodeNumberFormat,
	models.CodeInvalidSlug:    CodeInvalidSlug,
	models.CodeMissingFields:  CodeMissingFields,
	models.CodeUndetectable:   CodeUndetectable,
	models.CodeStillActive:    CodeRetrackActive,
	models.CodeRetrackLimit:   CodeRetrackLimit,
}

func validationCode(ve *models.ValidationError) (int, int) {
	if code, ok := codesByReason[ve.Code]; ok {
		return http.StatusBadRequest, code
	}
	switch {
	case ve.Code == models.CodeRequired && ve.Field == "tracking_number":
		return http.StatusBadRequest, CodeNumberRequired
	case ve.Code == models.CodeRequired && ve.Field == "tracking":
		return http.StatusBadRequest, CodeTrackingRequired
	case ve.Code == models.CodeRequired && ve.Field == "notification":
		return http.StatusBadRequest, CodeNotificationRequired
	case ve.Code == models.CodeRequired:
		return http.StatusBadRequest, CodeMissingValue
	case ve.Field == "id":
		return http.StatusBadRequest, CodeInvalidID
	}
	return http.StatusBadRequest, CodeInvalidValue
}
