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

// admin runs one administrative task.
func admin(ctx context.Context, cfg *config.Config, log *slog.Logger, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "create-api-key" || len(args) < 2 {
		return usageError{"usage: waypost admin create-api-key EMAIL [NAME]"}
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
	u, err := db.UserByEmail(ctx, args[1])
	if err != nil {
		return fmt.Errorf("user %s: %w", args[1], err)
	}
	m, err := db.FirstMembership(ctx, u.ID)
	if err != nil {
		return err
	}
	name := strings.Join(args[2:], " ")
	key, _, err := a.Accounts.NewAPIKey(ctx, m.OrganizationID, name)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, key)
	return nil
}
