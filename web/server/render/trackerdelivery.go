package render

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/i18n"
)

// The tracker.delivery audience: errors are {"message": ...}, in Korean as
// tracker.delivery writes them unless the client asked for English.

// TrackerDeliveryError is the error body of the tracker.delivery API.
type TrackerDeliveryError struct {
	Message string `json:"message"`
}

// TrackerDeliveryFail writes the message messageID in lang with status.
func TrackerDeliveryFail(c *gin.Context, status int, lang, messageID string) {
	c.AbortWithStatusJSON(status, TrackerDeliveryError{Message: i18n.For(lang).T(messageID)})
}

// TrackerDeliveryFailWith is TrackerDeliveryFail with the message's template data.
func TrackerDeliveryFailWith(c *gin.Context, status int, lang, messageID string, data map[string]any) {
	c.AbortWithStatusJSON(status, TrackerDeliveryError{Message: i18n.For(lang).Tf(messageID, data)})
}

// TrackerDeliveryBodyTooLarge answers a body over the limit (413), in Korean
// unless ?lang=en.
func TrackerDeliveryBodyTooLarge(c *gin.Context) {
	lang := "ko"
	if c.Query("lang") == "en" {
		lang = "en"
	}
	TrackerDeliveryFail(c, http.StatusRequestEntityTooLarge, lang, "td_body_too_large")
}

// TrackerDeliveryLookupError maps a failed parcel lookup: a number no carrier
// uses is the client's mistake (400); anything else is ours (500, recorded on
// the request and logged).
func TrackerDeliveryLookupError(c *gin.Context, log *slog.Logger, lang string, err error) {
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		TrackerDeliveryFail(c, http.StatusBadRequest, lang, "td_invalid_number")
		return
	}
	_ = c.Error(err)
	log.ErrorContext(c.Request.Context(), "tracker.delivery lookup", "err", err)
	TrackerDeliveryFail(c, http.StatusInternalServerError, lang, "td_internal")
}
