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

	"github.com/waypost/waypost/web/config"
	"github.com/waypost/waypost/web/server"
)

// serve runs the jobs and, when withHTTP, the web server, until ctx ends; then it
// drains HTTP and stops the jobs.
func serve(ctx context.Context, cfg *config.Config, log *slog.Logger, stdout io.Writer, withHTTP bool) error {
	db, err := openDB(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := prepareSchema(ctx, cfg, db, log); err != nil {
		return err
	}
	a, err := newApp(ctx, cfg, log, db)
	if err != nil {
		return err
	}
	if err := a.bootstrap(ctx, stdout); err != nil {
		return err
	}
	if err := a.queue.Start(ctx); err != nil {
		return fmt.Errorf("start jobs: %w", err)
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
		defer cancel()
		if err := a.queue.Stop(stopCtx); err != nil {
			log.Warn("stop jobs", "err", err)
		}
	}()
	if !withHTTP {
		log.Info("worker running", "mode", cfg.Mode)
		<-ctx.Done()
		return nil
	}
	return a.listen(ctx, stdout)
}

func (a *app) listen(ctx context.Context, stdout io.Writer) error {
	ln, err := net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", a.cfg.Addr, err)
	}
	handler := server.New(a.cfg, server.Deps{DB: a.db, Accounts: a.accounts, Tracking: a.tracking, Logger: a.log})
	srv := &http.Server{
		Handler: handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 1 << 20,
	}
	fmt.Fprintf(stdout, "Waypost is running at %s (listening on %s, %s mode)\n", a.cfg.BaseURL, ln.Addr(), a.cfg.Mode)
	a.log.Info("listening", "addr", ln.Addr().String(), "mode", a.cfg.Mode, "sandbox", a.cfg.Sandbox)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// bootstrap creates the configured (or demo) merchant and prints its credentials once.
func (a *app) bootstrap(ctx context.Context, stdout io.Writer) error {
	if a.cfg.BootstrapEmail == "" && a.cfg.Mode != config.ModeEmbedded {
		return nil
	}
	b, err := a.accounts.EnsureBootstrap(ctx, a.cfg.BootstrapEmail, a.cfg.BootstrapPassword, a.cfg.BootstrapAPIKey)
	if err != nil {
		return fmt.Errorf("bootstrap merchant: %w", err)
	}
	if !b.Created || a.cfg.BootstrapEmail != "" {
		return nil
	}
	fmt.Fprintf(stdout, "\nA demo merchant was created. Shown once; keep it safe.\n"+
		"  Console:  %s/login\n  Email:    %s\n  Password: %s\n  API key:  %s\n\n",
		a.cfg.BaseURL, b.Email, b.Password, b.APIKey)
	return nil
}
