package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"

	"github.com/waypost/waypost/models"
)

// errPrivateTarget is a webhook target on a network the server must not reach.
var errPrivateTarget = errors.New("webhook target is a loopback, private, link-local or metadata address")

// blocked are the networks a webhook may not reach unless private targets are allowed:
// loopback, private (RFC 1918, ULA), link-local (with cloud metadata at
// 169.254.169.254), CGNAT, unspecified, multicast and the documentation ranges.
var blocked = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
		"172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
		"::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8", "64:ff9b::/96", "fd00:ec2::254/128"} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

func privateAddr(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range blocked {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// guard refuses private targets unless allowed; it checks at registration and again on
// every connection, on the address actually dialled (DNS may answer differently later).
type guard struct {
	allowPrivate bool
	resolver     *net.Resolver
}

// checkURL validates a webhook URL: http or https, a host, and (unless allowed) no name
// resolving to a private address.
func (g guard) checkURL(ctx context.Context, raw string) error {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || u.User != nil {
		return &models.ValidationError{Field: "url", Code: models.CodeInvalid,
			Reason: "The value of `url` is invalid. Use an absolute http or https URL."}
	}
	if g.allowPrivate {
		return nil
	}
	addrs, err := g.resolver.LookupNetIP(ctx, "ip", u.Hostname())
	if err != nil {
		return &models.ValidationError{Field: "url", Code: models.CodeInvalid,
			Reason: fmt.Sprintf("The host of `url` does not resolve: %s.", u.Hostname())}
	}
	for _, a := range addrs {
		if privateAddr(a) {
			return &models.ValidationError{Field: "url", Code: models.CodeInvalid,
				Reason: "The value of `url` points to a loopback, private, link-local or metadata address, which webhooks may not reach."}
		}
	}
	return nil
}

// control is the dialer's check on the resolved address of every connection.
func (g guard) control(_, address string, _ syscall.RawConn) error {
	if g.allowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("webhook target %q: %w", address, err)
	}
	if privateAddr(ap.Addr()) {
		return fmt.Errorf("%w: %s", errPrivateTarget, ap.Addr())
	}
	return nil
}
