package console

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// Shipping serves the console's shipping screens over the shipping service.
type Shipping struct {
	*Handler
	Svc *shipping.Service
	Now func() time.Time
}

// NewShipping wires the shipping screens onto the console handler.
func NewShipping(h *Handler, svc *shipping.Service, now func() time.Time) *Shipping {
	if now == nil {
		now = time.Now
	}
	return &Shipping{Handler: h, Svc: svc, Now: now}
}

// indexRe matches "[3]" in a JSON path, which the forms write as ".3".
var indexRe = regexp.MustCompile(`\[(\d+)\]`)

// inputName turns a service field path into the form input it belongs to.
func inputName(path string) string {
	return strings.TrimPrefix(indexRe.ReplaceAllString(path, ".$1"), "$.")
}

// userProblems sorts a service error into messages under the form's inputs and a
// message for the rest. It reports false when err is not the user's to fix.
func userProblems(err error, inputs map[string]bool) (templates.FieldErrors, string, bool) {
	var fe shipping.FieldErrors
	var ce *shipping.CarrierError
	switch {
	case errors.As(err, &fe):
		errs := templates.FieldErrors{}
		var rest []string
		for _, f := range fe {
			name := inputName(f.Path)
			if inputs[name] {
				if _, seen := errs[name]; !seen {
					errs[name] = plainMessage(f)
				}
				continue
			}
			rest = append(rest, sentence(f.Message))
		}
		return errs, strings.Join(rest, " "), true
	case errors.As(err, &ce):
		return nil, carrierMessage(ce), true
	case errors.Is(err, models.ErrNotFound):
		return nil, "That shipper account, label or pickup no longer exists.", true
	case errors.Is(err, models.ErrConflict):
		return nil, "This was already done, or changed meanwhile: " + err.Error(), true
	}
	return nil, "", false
}

// plainMessage words a field error for the person at the form: the API's messages
// start with the field's JSON path, which the form already shows as a label.
func plainMessage(f shipping.FieldError) string {
	msg, ok := strings.CutPrefix(f.Message, f.Path+" ")
	if !ok {
		return sentence(f.Message)
	}
	if strings.HasPrefix(msg, "is ") || strings.HasPrefix(msg, "must ") || strings.HasPrefix(msg, "needs ") {
		msg = "This " + msg
	}
	return sentence(msg)
}

// sentence starts a message with a capital and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// carrierMessage words a carrier's refusal for a person.
func carrierMessage(ce *shipping.CarrierError) string {
	msg := "The carrier said: " + sentence(ce.Message)
	if ce.Retryable {
		msg += " Try again in a minute."
	}
	return msg
}

// newIdempotencyKey names one purchase attempt, so a double click buys once.
func newIdempotencyKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return "console-" + hex.EncodeToString(b)
}

// statusLabel words a shipping status.
func statusLabel(s string) string {
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + strings.ReplaceAll(s[1:], "_", " ")
}

// accountName is how an account is named in lists.
func accountName(a shipping.AccountRef) string {
	if a.Description != "" {
		return a.Description
	}
	return carrierName(a.Slug)
}

func carrierName(slug string) string {
	if p, ok := carriers.ShippingProfileOf(slug); ok {
		return p.Name
	}
	return slug
}

// oneLine writes an address on one line.
func oneLine(a carriers.Address) string {
	var parts []string
	for _, p := range []string{a.ContactName, a.CompanyName, a.Street1, a.Street2, a.City, a.State, a.PostalCode, a.Country} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// shippingFailure answers a request that failed for a reason the user cannot fix
// in the form: a record that is not the organization's is not found, the rest is
// logged as a server error.
func (h *Shipping) shippingFailure(c *gin.Context, err error) {
	if errors.Is(err, models.ErrNotFound) {
		notFound(c)
		return
	}
	h.serverError(c, err)
}

// notices are the confirmations a list shows after an action; the redirect names
// one by its key, so a link cannot make the page say something else.
var notices = map[string]string{
	"account-added":    "Shipper account added.",
	"account-enabled":  "Shipper account enabled.",
	"account-disabled": "Shipper account disabled.",
	"account-deleted":  "Shipper account deleted.",
	"label-cancelled":  "Label cancelled.",
	"pickup-booked":    "Pickup scheduled.",
	"pickup-cancelled": "Pickup cancelled.",
	"manifest-closed":  "Day closed: the manifest is ready.",
}

func noticeOf(c *gin.Context) string { return notices[c.Query("done")] }

// doneRedirect goes back to a list that confirms what was done.
func doneRedirect(c *gin.Context, to, notice string) { render.Redirect(c, to+"?done="+notice) }

func isNotFound(err error) bool { return errors.Is(err, models.ErrNotFound) }

// badRequest is a page saying why an action was refused.
func badRequest(c *gin.Context, title, msg string) {
	render.HTML(c, http.StatusUnprocessableEntity, templates.ErrorPage(http.StatusUnprocessableEntity, title, msg))
}
