package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/waypost/waypost/web/app"
	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/jobs"
)

// migrate applies Waypost's and River's migrations under a lock and exits.
func migrate(ctx context.Context, cfg *config.Config, log *slog.Logger, stdout io.Writer) error {
	db, err := app.OpenDB(ctx, cfg, log, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	applied, err := db.Migrate(ctx, func(ctx context.Context) error { return jobs.Migrate(ctx, db) })
	if err != nil {
		return err
	}
	current, _, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "migrations: %d applied, schema at version %d (%s)\n", len(applied), current, db.Dialect())
	return nil
}
