// Package trackerdelivery serves the tracker.delivery v1 API (apis.tracker.delivery
// paths): carriers and public tracks, Korean texts unless ?lang=en, errors as
// {"message": ...}.
package trackerdelivery

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// PublicLookup returns the public view of a parcel (tracking.LookupCache).
type PublicLookup interface {
	Lookup(ctx context.Context, courierID, number string) (*tracking.Public, error)
}

// ClientChecker resolves "client_id:client_secret" (clientauth.Service).
type ClientChecker interface {
	Authenticate(ctx context.Context, token string) (*models.ClientCredential, error)
}

// Handler serves the tracker.delivery v1 API.
type Handler struct {
	Lookups PublicLookup
	Clients ClientChecker
	// Anonymous limits calls without credentials per client IP; Keyed limits
	// calls per credential.
	Anonymous *middleware.Limiter
	Keyed     *middleware.Limiter
	Log       *slog.Logger
}

// language is the language of texts: Korean like tracker.delivery, or English
// when the client asks with ?lang=en.
func language(c *gin.Context) string {
	if c.Query("lang") == "en" {
		return "en"
	}
	return "ko"
}

// fail writes a tracker.delivery error body in the client's language.
func fail(c *gin.Context, status int, messageID string) {
	render.TrackerDeliveryFail(c, status, language(c), messageID)
}

// Panic answers a panic in the tracker.delivery format.
func Panic(c *gin.Context) { fail(c, http.StatusInternalServerError, "td_internal") }

// NotFound answers an unknown path under /carriers.
func NotFound(c *gin.Context) { fail(c, http.StatusNotFound, "td_no_route") }

// CORS lets browsers call the API from any site, as they could call
// tracker.delivery: the API uses no cookies, so any origin may read it.
func CORS() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
		h.Set("Access-Control-Allow-Methods", "GET, OPTIONS")
		h.Set("Access-Control-Max-Age", "86400")
		if c.Request.Method == http.MethodOptions {
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

// ListCarriers serves GET /carriers.
func (h *Handler) ListCarriers(c *gin.Context) {
	lang := language(c)
	all := tracking.TrackerCouriers()
	out := make([]Carrier, 0, len(all))
	for _, co := range all {
		out = append(out, carrierOf(co, lang))
	}
	c.Header("Cache-Control", "public, max-age=3600")
	c.JSON(http.StatusOK, out)
}

// ShowTrack serves GET /carriers/:carrier_id/tracks/:track_id.
func (h *Handler) ShowTrack(c *gin.Context) {
	co, ok := tracking.ResolveTrackerCourier(c.Param("carrier_id"))
	if !ok {
		fail(c, http.StatusNotFound, "td_unknown_carrier")
		return
	}
	pub, err := h.Lookups.Lookup(c.Request.Context(), co.Slug, c.Param("track_id"))
	var ve *models.ValidationError
	if errors.As(err, &ve) && ve.Code == tracking.CodeCarrierFormat {
		lang := language(c)
		render.TrackerDeliveryFailWith(c, http.StatusBadRequest, lang, "td_wrong_carrier",
			map[string]any{"Carrier": tracking.LocalName(co, lang)})
		return
	}
	if err != nil {
		render.TrackerDeliveryLookupError(c, h.Log, language(c), err)
		return
	}
	if len(pub.Checkpoints) == 0 {
		h.failEmpty(c, pub.Problem)
		return
	}
	c.JSON(http.StatusOK, trackOf(pub, language(c)))
}

// failEmpty explains a parcel the carrier told nothing about. Events already
// known are served even when the latest poll failed.
func (h *Handler) failEmpty(c *gin.Context, problem carriers.ErrorKind) {
	switch problem {
	case carriers.KindInvalidNumber:
		fail(c, http.StatusBadRequest, "td_invalid_number")
	case 0, carriers.KindNotFound:
		fail(c, http.StatusNotFound, "td_not_found")
	default:
		c.Header("Retry-After", "60")
		fail(c, http.StatusServiceUnavailable, "td_carrier_down")
	}
}
