package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/waypost/waypost/web/app"
	"github.com/waypost/waypost/web/config"
)

// serve runs the jobs and, when withHTTP, the web server, until ctx ends; then it
// drains HTTP and stops the jobs.
func serve(ctx context.Context, cfg *config.Config, log *slog.Logger, stdout io.Writer, withHTTP bool) error {
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
	if err := printBootstrap(ctx, a, stdout); err != nil {
		return err
	}
	if err := a.Queue.Start(ctx); err != nil {
		return fmt.Errorf("start jobs: %w", err)
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
		defer cancel()
		if err := a.Queue.Stop(stopCtx); err != nil {
			log.Warn("stop jobs", "err", err)
		}
	}()
	if !withHTTP {
		log.Info("worker running", "mode", cfg.Mode)
		<-ctx.Done()
		return nil
	}
	return listen(ctx, a, stdout)
}

func listen(ctx context.Context, a *app.App, stdout io.Writer) error {
	ln, err := net.Listen("tcp", a.Config.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", a.Config.Addr, err)
	}
	srv := &http.Server{
		Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 1 << 20,
	}
	fmt.Fprintf(stdout, "Waypost is running at %s (listening on %s, %s mode)\n", a.Config.BaseURL, ln.Addr(), a.Config.Mode)
	a.Log.Info("listening", "addr", ln.Addr().String(), "mode", a.Config.Mode, "sandbox", a.Config.Sandbox)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.Log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// printBootstrap creates the configured (or demo) merchant and prints the demo
// credentials once.
func printBootstrap(ctx context.Context, a *app.App, stdout io.Writer) error {
	b, err := a.Bootstrap(ctx)
	if err != nil || !b.Created || a.Config.BootstrapEmail != "" {
		return err
	}
	fmt.Fprintf(stdout, "\nA demo merchant was created. Shown once; keep it safe.\n"+
		"  Console:  %s/login\n  Email:    %s\n  Password: %s\n  API key:  %s\n\n",
		a.Config.BaseURL, b.Email, b.Password, b.APIKey)
	return nil
}
