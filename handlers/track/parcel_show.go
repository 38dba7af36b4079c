package track

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/handlers/views"
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/i18n"
	"github.com/waypost/waypost/web/tracking"
)

// ShowParcel renders one parcel's page; track.js asks for the fragment alone
// (HX-Request) when a hash link or a refresh changes the parcel.
func (h *Handler) ShowParcel(c *gin.Context) {
	ch := h.chrome(c)
	pub, err := h.Lookups.Lookup(c.Request.Context(), c.Param("carrier"), c.Param("number"))
	var ve *models.ValidationError
	switch {
	case errors.As(err, &ve) && ve.Code == tracking.CodeCarrierFormat:
		co, _ := tracking.ResolveCourier(c.Param("carrier"))
		h.problem(c, ch, http.StatusBadRequest, problemWith(ch, "wrong_carrier",
			map[string]any{"Carrier": tracking.LocalName(co, ch.Lang), "Number": c.Param("number")}))
		return
	case errors.As(err, &ve):
		h.problem(c, ch, http.StatusBadRequest, problemFor(c, ch, "bad_number"))
		return
	case errors.Is(err, models.ErrNotFound):
		h.problem(c, ch, http.StatusNotFound, problemFor(c, ch, "unknown_carrier"))
		return
	case err != nil:
		h.Log.ErrorContext(c.Request.Context(), "public lookup", "err", err)
		v := problemFor(c, ch, "unavailable")
		v.Retry = c.Request.URL.RequestURI()
		h.problem(c, ch, http.StatusServiceUnavailable, v)
		return
	}
	rest := url.PathEscape(tracking.TrackerID(pub.Courier)) + "/" + url.PathEscape(pub.Parcel.TrackingNumber)
	path := ch.ParcelBase() + rest + explicitLang(c, ch)
	if len(pub.Checkpoints) == 0 && pub.Problem != 0 {
		h.emptyParcel(c, ch, pub, path)
		return
	}
	v := h.parcelView(c, ch, pub, path)
	// Shared links open the merchant's full page, not its embed, in the
	// recipient's own language.
	v.ShareURL = strings.Replace(ch.ParcelBase(), "/embed/", "/m/", 1) + rest
	c.Header("Cache-Control", "public, max-age=30")
	page(c, http.StatusOK, templates.TrackPage(ch, v), templates.ParcelFragment(ch, v))
}

// parcelView is the parcel's page with its events in the page language, or as
// the carrier wrote them with ?orig=1; when the two differ, each links to the
// other.
func (h *Handler) parcelView(c *gin.Context, ch templates.Chrome, pub *tracking.Public, path string) templates.ParcelView {
	loc, now := i18n.For(ch.Lang), h.Now()
	shown, changed := checkpointsIn(pub, ch.Lang)
	v := views.Parcel(shown, loc, now, path)
	changed = titlesIn(&v, ch.Lang) || changed
	switch {
	case !changed:
		return v
	case c.Query(origParam) != "1":
		v.OriginalURL = withOrig(path)
		return v
	}
	v = views.Parcel(pub, loc, now, withOrig(path))
	v.TranslationURL = path
	return v
}

// emptyParcel explains a parcel the carrier has told nothing about.
func (h *Handler) emptyParcel(c *gin.Context, ch templates.Chrome, pub *tracking.Public, path string) {
	key, status := "carrier_down", http.StatusServiceUnavailable
	switch pub.Problem {
	case carriers.KindNotFound:
		key, status = "not_found", http.StatusNotFound
	case carriers.KindInvalidNumber:
		key, status = "invalid_at_carrier", http.StatusBadRequest
	}
	cv := views.Carrier(pub.Courier, pub.Parcel.TrackingNumber, ch.Lang)
	v := problemWith(ch, key, map[string]any{"Carrier": cv.Name, "Number": pub.Parcel.TrackingNumber})
	v.Carrier = &cv
	if status != http.StatusBadRequest {
		v.Retry = path
	}
	h.problem(c, ch, status, v)
}

// problemFor is a problem page about the carrier and number of the request.
func problemFor(c *gin.Context, ch templates.Chrome, key string) templates.ProblemView {
	return problemWith(ch, key, map[string]any{"Carrier": c.Param("carrier"), "Number": c.Param("number")})
}

// problemWith is a problem page's texts, from message ids <key>_title,
// <key>_message and <key>_hint1..2.
func problemWith(ch templates.Chrome, key string, data map[string]any) templates.ProblemView {
	loc := i18n.For(ch.Lang)
	number, _ := data["Number"].(string)
	v := templates.ProblemView{Title: loc.Tf(key+"_title", data), Message: loc.Tf(key+"_message", data), Number: number}
	for _, hk := range []string{key + "_hint1", key + "_hint2"} {
		if s := loc.Tf(hk, data); s != hk {
			v.Hints = append(v.Hints, s)
		}
	}
	return v
}

func (h *Handler) problem(c *gin.Context, ch templates.Chrome, status int, v templates.ProblemView) {
	v.Status = status
	c.Header("Cache-Control", "no-store")
	page(c, status, templates.ProblemPage(ch, v), templates.ProblemFragment(ch, v))
}
