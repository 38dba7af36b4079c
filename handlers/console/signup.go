package console

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
)

// ShowSignup renders the signup form.
func (h *Handler) ShowSignup(c *gin.Context) {
	render.HTML(c, http.StatusOK, templates.SignupPage(templates.SignupForm{}, nil))
}

// Signup creates an organization and logs its owner in.
func (h *Handler) Signup(c *gin.Context) {
	in := accounts.SignupInput{
		OrganizationName: c.PostForm("organization"), Email: c.PostForm("email"), Password: c.PostForm("password"),
	}
	form := templates.SignupForm{Organization: in.OrganizationName, Email: in.Email}
	if errs := in.Validate(); len(errs) > 0 {
		fe := templates.FieldErrors{}
		for _, e := range errs {
			fe[e.Field] = e.Reason
		}
		render.HTML(c, http.StatusUnprocessableEntity, templates.SignupPage(form, fe))
		return
	}
	sess, err := h.Accounts.Signup(c.Request.Context(), in)
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		render.HTML(c, http.StatusUnprocessableEntity, templates.SignupPage(form, fieldErrors(ve)))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	if err := middleware.StartSession(c, h.Store, sess); err != nil {
		h.serverError(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/trackings")
}
