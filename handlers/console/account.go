package console

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
)

// ShowAccount is the signed-in user's account page.
func (h *Handler) ShowAccount(c *gin.Context) {
	a := templates.AccountView{Email: middleware.CurrentSession(c).User.Email, Saved: c.Query("done") == "password"}
	render.HTML(c, http.StatusOK, templates.AccountPage(nav(c, "account"), a))
}

// ChangePassword sets a new password after checking the current one.
func (h *Handler) ChangePassword(c *gin.Context) {
	s := middleware.CurrentSession(c)
	a := templates.AccountView{Email: s.User.Email}
	next := c.PostForm("new_password")
	if next != c.PostForm("confirm_password") {
		a.Errors = templates.FieldErrors{"confirm_password": "The two new passwords are not the same."}
		render.HTML(c, http.StatusUnprocessableEntity, templates.AccountPage(nav(c, "account"), a))
		return
	}
	err := h.Accounts.ChangePassword(c.Request.Context(), s.User.ID, c.PostForm("current_password"), next)
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		a.Errors = fieldErrors(ve)
		render.HTML(c, http.StatusUnprocessableEntity, templates.AccountPage(nav(c, "account"), a))
		return
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	// The new password ends every other session; this browser stays signed in.
	fresh, err := h.Accounts.Resume(c.Request.Context(), s.User.ID, s.Organization.ID)
	if err == nil {
		err = middleware.StartSession(c, h.Store, fresh)
	}
	if err != nil {
		h.serverError(c, err)
		return
	}
	render.Redirect(c, "/account?done=password")
}
