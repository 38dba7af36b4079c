package server

import (
	"github.com/gorilla/sessions"

	mw "github.com/waypost/waypost/web/server/middleware"
)

func newCookieStore(keys [][]byte, secure bool) sessions.Store {
	return mw.NewCookieStore(keys, secure)
}
