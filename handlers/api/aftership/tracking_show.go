package aftership

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/i18n/checkpointlang"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// ShowTracking serves GET /trackings/:id and /trackings/:slug/:tracking_number.
// With lang=en or lang=ko the checkpoints read in that language.
func (h *Handler) ShowTracking(c *gin.Context) {
	t, ok := h.lookup(c)
	if !ok {
		return
	}
	d, ok := h.translatedDetail(c, t)
	if !ok {
		return
	}
	render.AfterShipOK(c, http.StatusOK, h.v.one(project(h.v.tracking(d), parseFields(c.Query("fields")))))
}

// translatedDetail loads a tracking's detail in the language of the lang query
// parameter, reporting a malformed one (4008) or a failure itself. It runs after
// lookup, which recovers a query the v4 SDK glued to the path.
func (h *Handler) translatedDetail(c *gin.Context, t *models.Tracking) (*tracking.Detail, bool) {
	lang, err := langParam(c.Query("lang"))
	if err != nil {
		render.AfterShipError(c, err)
		return nil, false
	}
	d, ok := h.detail(c, t)
	if !ok {
		return nil, false
	}
	return d.InLanguage(lang), true
}

// langParam parses the lang parameter: en or ko (any case, with a region or
// not), another well-formed language that leaves messages as written, or 4008.
func langParam(s string) (checkpointlang.Lang, error) {
	lang, err := checkpointlang.Parse(s)
	if err != nil {
		return "", &models.ValidationError{Field: "lang", Code: models.CodeInvalid,
			Reason: "The value of `lang` is invalid. Use a language tag such as en, ko or ko-KR."}
	}
	return lang, nil
}
