package middleware

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"

	"github.com/waypost/waypost/web/accounts"
)

// SessionName is the console's cookie.
const SessionName = "waypost_session"

const sessionKey = "waypost.session"

// NewCookieStore builds the console's cookie store: HttpOnly, SameSite=Lax, Secure
// behind https, two weeks.
func NewCookieStore(keys [][]byte, secure bool) *sessions.CookieStore {
	s := sessions.NewCookieStore(keys...)
	s.Options = &sessions.Options{
		Path: "/", MaxAge: 14 * 24 * 3600, HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode,
	}
	return s
}

// Resumer rebuilds a logged-in session from the cookie's ids.
type Resumer interface {
	Resume(ctx context.Context, userID, orgID string) (*accounts.Session, error)
}

// LoadSession reads the cookie and, when it names a live membership, puts the
// session in the gin context. It never blocks a request.
func LoadSession(store sessions.Store, r Resumer) gin.HandlerFunc {
	return func(c *gin.Context) {
		sess, _ := store.Get(c.Request, SessionName)
		uid, _ := sess.Values["user_id"].(string)
		oid, _ := sess.Values["org_id"].(string)
		stamp, _ := sess.Values["pw"].(string)
		if uid != "" && oid != "" {
			// A cookie from before the user's last password change is no login.
			if s, err := r.Resume(c.Request.Context(), uid, oid); err == nil && stamp == accounts.PasswordStamp(s.User) {
				c.Set(sessionKey, s)
			}
		}
		c.Next()
	}
}

// RequireLogin sends anonymous visitors to the login page, coming back afterwards.
func RequireLogin() gin.HandlerFunc {
	return func(c *gin.Context) {
		if CurrentSession(c) != nil {
			c.Next()
			return
		}
		target := "/login?next=" + url.QueryEscape(c.Request.URL.RequestURI())
		if c.GetHeader("HX-Request") == "true" {
			c.Header("HX-Redirect", target)
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Redirect(http.StatusSeeOther, target)
		c.Abort()
	}
}

// CurrentSession returns the logged-in session, or nil.
func CurrentSession(c *gin.Context) *accounts.Session {
	v, ok := c.Get(sessionKey)
	if !ok {
		return nil
	}
	s, _ := v.(*accounts.Session)
	return s
}

// StartSession writes the login cookie.
func StartSession(c *gin.Context, store sessions.Store, s *accounts.Session) error {
	sess, _ := store.Get(c.Request, SessionName)
	sess.Values = map[any]any{"user_id": s.User.ID, "org_id": s.Organization.ID, "pw": accounts.PasswordStamp(s.User)}
	return sess.Save(c.Request, c.Writer)
}

// EndSession deletes the login cookie.
func EndSession(c *gin.Context, store sessions.Store) error {
	sess, _ := store.Get(c.Request, SessionName)
	sess.Values = map[any]any{}
	sess.Options.MaxAge = -1
	return sess.Save(c.Request, c.Writer)
}

// SafeNext keeps a post-login redirect on this site.
func SafeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/trackings"
	}
	return next
}
