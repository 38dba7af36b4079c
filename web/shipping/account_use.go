package shipping

import (
	"context"
	"errors"
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// SandboxCredential is the credential that asks for a sandbox account at a carrier
// that also has a live adapter ("sandbox": "true").
const SandboxCredential = "sandbox"

// sandboxFor decides whether an account runs on the simulator: when its carrier has
// no live adapter on this server, or when its credentials ask for the sandbox. Either
// needs the server's sandbox on; a live carrier never falls back silently.
func (s *Service) sandboxFor(slug string, creds map[string]string) (bool, error) {
	asked := strings.EqualFold(strings.TrimSpace(creds[SandboxCredential]), "true")
	if s.shippers.Live(slug) && !asked {
		return false, nil
	}
	if s.shippers.SandboxEnabled() {
		return true, nil
	}
	msg := "the sandbox is off on this server"
	if !asked {
		msg = "this server has no live shipping adapter for " + slug + " and its sandbox is off"
	}
	return false, &CarrierError{Kind: carriers.KindNotConfigured, Message: msg}
}

// usableAccount reads an account a request runs under: it must exist and be enabled.
// path is the request field that named it, for the error.
func (s *Service) usableAccount(ctx context.Context, orgID, id, path string) (*models.ShipperAccount, error) {
	if strings.TrimSpace(id) == "" {
		return nil, FieldErrors{{Path: path, Code: CodeRequired, Message: path + " is required"}}
	}
	row, err := s.db.ShipperAccountByID(ctx, orgID, id)
	if errors.Is(err, models.ErrNotFound) {
		return nil, FieldErrors{{Path: path, Code: CodeInvalid, Message: "shipper account " + id + " does not exist"}}
	}
	if err != nil {
		return nil, err
	}
	if row.Status != AccountEnabled {
		return nil, FieldErrors{{Path: path, Code: CodeInvalid, Message: "shipper account " + id + " is disabled"}}
	}
	return row, nil
}

// carrierAccount is the account as the carrier adapters see it.
func carrierAccount(row *models.ShipperAccount) (carriers.Account, error) {
	a := carriers.Account{ID: row.ID, Slug: row.Slug, Description: row.Description, Timezone: row.Timezone,
		Credentials: row.Credentials, Sandbox: row.Sandbox}
	if row.Address != "" {
		a.Address = &carriers.Address{}
		if err := fromJSON(row.Address, a.Address); err != nil {
			return a, err
		}
	}
	return a, nil
}

// shipperOf finds the adapter of an account.
func (s *Service) shipperOf(row *models.ShipperAccount) (carriers.Shipper, carriers.Account, error) {
	acct, err := carrierAccount(row)
	if err != nil {
		return nil, acct, err
	}
	sh, err := s.shippers.For(acct)
	if err != nil {
		return nil, acct, carrierError(err)
	}
	return sh, acct, nil
}

// carrierError gives a carrier failure its service meaning; other errors pass.
func carrierError(err error) error {
	var ce *carriers.Error
	if err == nil || !errors.As(err, &ce) {
		return err
	}
	msgs := carriers.Messages(err)
	return &CarrierError{Kind: ce.Kind, Message: strings.Join(msgs, "; "), Retryable: ce.Kind.Retryable(),
		RetryAfter: ce.RetryAfter, Messages: msgs}
}

func normSlug(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// AccountModes says how accounts of a carrier can run on this server: live when it
// has a live adapter, sandbox when its simulator is on. With both, an account is live
// unless its credentials carry SandboxCredential "true".
func (s *Service) AccountModes(slug string) (live, sandbox bool) {
	slug = normSlug(slug)
	return s.shippers.Live(slug), s.shippers.SandboxEnabled()
}
