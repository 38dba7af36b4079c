package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/waypost/waypost/web/app"
	"github.com/waypost/waypost/web/config"
)

const adminUsage = "usage: waypost admin create-api-key [--signature] EMAIL [NAME]\n       waypost admin reset-password EMAIL [--stdin]"

// admin runs one administrative task. A key made with --signature only accepts
// requests signed with its secret (as-signature-hmac-sha256); both are printed once.
func admin(ctx context.Context, cfg *config.Config, log *slog.Logger, args []string, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "reset-password" {
		return resetPassword(ctx, cfg, log, args[1:], stdout)
	}
	if len(args) == 0 || args[0] != "create-api-key" {
		return usageError{adminUsage}
	}
	args = args[1:]
	signed := len(args) > 0 && args[0] == "--signature"
	if signed {
		args = args[1:]
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usageError{adminUsage}
	}
	db, err := app.OpenDB(ctx, cfg, log, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := app.PrepareSchema(ctx, cfg, db, log); err != nil {
		return err
	}
	a, err := app.New(ctx, cfg, log, db, nil)
	if err != nil {
		return err
	}
	u, err := db.UserByEmail(ctx, args[0])
	if err != nil {
		return fmt.Errorf("user %s: %w", args[0], err)
	}
	m, err := db.FirstMembership(ctx, u.ID)
	if err != nil {
		return err
	}
	name := strings.Join(args[1:], " ")
	if !signed {
		key, _, err := a.Accounts.NewAPIKey(ctx, m.OrganizationID, name)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, key)
		return nil
	}
	key, secret, _, err := a.Accounts.NewSignatureAPIKey(ctx, m.OrganizationID, name)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "as-api-key: %s\napi secret: %s\n", key, secret)
	return nil
}
