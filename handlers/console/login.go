package console

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/accounts"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
)

// ShowLogin renders the login form.
func (h *Handler) ShowLogin(c *gin.Context) {
	if middleware.CurrentSession(c) != nil {
		c.Redirect(http.StatusSeeOther, "/trackings")
		return
	}
	render.HTML(c, http.StatusOK, templates.LoginPage("", c.Query("next"), ""))
}

// Login checks credentials, throttling repeated failures per IP and per email.
func (h *Handler) Login(c *gin.Context) {
	email, password, next := c.PostForm("email"), c.PostForm("password"), c.PostForm("next")
	ipKey, emailKey := "ip:"+c.ClientIP(), "email:"+email
	if h.LoginFailures.Peek(ipKey) || h.LoginFailures.Peek(emailKey) {
		render.HTML(c, http.StatusTooManyRequests, templates.LoginPage(email, next,
			"Too many failed attempts. Wait 15 minutes and try again."))
		return
	}
	if email == "" || password == "" {
		render.HTML(c, http.StatusUnprocessableEntity, templates.LoginPage(email, next, "Enter your email and password."))
		return
	}
	sess, err := h.Accounts.Login(c.Request.Context(), email, password)
	if errors.Is(err, accounts.ErrBadCredentials) {
		h.LoginFailures.Allow(ipKey)
		h.LoginFailures.Allow(emailKey)
		render.HTML(c, http.StatusUnauthorized, templates.LoginPage(email, next, "Wrong email or password."))
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
	c.Redirect(http.StatusSeeOther, middleware.SafeNext(next))
}

// Logout ends the session.
func (h *Handler) Logout(c *gin.Context) {
	_ = middleware.EndSession(c, h.Store)
	c.Redirect(http.StatusSeeOther, "/login")
}
