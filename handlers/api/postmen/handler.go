// Package postmen serves the AfterShip Shipping API (Postmen v3) under /postmen/v3:
// its request and response objects, converted to and from the shipping service's,
// and the Postmen envelope (web/server/render) around every answer.
package postmen

import (
	"strings"

	"github.com/waypost/waypost/web/shipping"
)

// Handler serves the Postmen v3 endpoints over the shipping service.
type Handler struct {
	svc *shipping.Service
	// baseURL makes the service's file links absolute when they are not yet.
	baseURL string
}

// New builds the handlers. baseURL is the server's public root.
func New(svc *shipping.Service, baseURL string) *Handler {
	return &Handler{svc: svc, baseURL: strings.TrimRight(baseURL, "/")}
}

// fileURL is a file link as clients get it: absolute.
func (h *Handler) fileURL(u string) string {
	if strings.HasPrefix(u, "/") {
		return h.baseURL + u
	}
	return u
}
