package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/waypost/waypost/web/config"
)

const usage = `Usage: waypost <command>

Commands:
  serve     run the web server and the background jobs (default)
  worker    run the background jobs only
  migrate   apply database migrations and exit
  admin     administrative tasks (admin create-api-key [--signature] EMAIL [NAME];
            admin reset-password EMAIL [--stdin])

Configuration is read from environment variables; see README.md.
`

// Exit codes: 1 for runtime failures, 2 for bad usage or configuration.
const (
	exitFailure = 1
	exitUsage   = 2
)

// run is the whole program, with its inputs injected so that tests can drive it.
func run(ctx context.Context, args []string, getenv config.Getenv, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 1 {
		cmd = args[1]
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		fmt.Fprintf(stderr, "waypost: configuration: %v\n", err)
		return exitUsage
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	switch cmd {
	case "serve":
		err = serve(ctx, cfg, log, stdout, true)
	case "worker":
		err = serve(ctx, cfg, log, stdout, false)
	case "migrate":
		err = migrate(ctx, cfg, log, stdout)
	case "admin":
		err = admin(ctx, cfg, log, args[2:], stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "waypost: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
	var ue usageError
	switch {
	case err == nil, errors.Is(err, context.Canceled) && ctx.Err() != nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "waypost: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "waypost: %v\n", err)
	return exitFailure
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }
