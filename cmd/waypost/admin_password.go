package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/waypost/waypost/web/app"
	"github.com/waypost/waypost/web/config"
)

// stdin is where reset-password --stdin reads the new password; tests replace it.
var stdin io.Reader = os.Stdin

// resetPassword sets a user's password: the first line of stdin with
// --stdin, otherwise a new random one, which is printed. The user's sessions
// in browsers stay signed in until their cookies expire.
func resetPassword(ctx context.Context, cfg *config.Config, log *slog.Logger, args []string, stdout io.Writer) error {
	fromStdin := len(args) == 2 && args[1] == "--stdin"
	if (len(args) != 1 && !fromStdin) || strings.HasPrefix(args[0], "-") {
		return usageError{adminUsage}
	}
	password := ""
	if fromStdin {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		if password = strings.TrimRight(line, "\r\n"); password == "" {
			return errors.New("reset-password --stdin: no password on standard input")
		}
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
	set, err := a.Accounts.ResetPassword(ctx, args[0], password)
	if err != nil {
		return fmt.Errorf("reset password of %s: %w", args[0], err)
	}
	if fromStdin {
		fmt.Fprintf(stdout, "password of %s changed\n", args[0])
		return nil
	}
	fmt.Fprintln(stdout, set)
	return nil
}
