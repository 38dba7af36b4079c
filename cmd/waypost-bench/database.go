package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// benchDatabase builds an instance on an empty database of the dialect, seeds
// it, and measures the ceiling and the selected scenarios against it.
func benchDatabase(ctx context.Context, dialect string, o *options, getenv func(string) string, progress io.Writer) (*dbReport, error) {
	fmt.Fprintf(progress, "%s: starting an instance\n", dialect)
	b, err := openBackend(ctx, dialect, getenv, progress)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	in, err := startInstance(ctx, b)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	store, err := openSeedStore(ctx, b, in.app.Config.DBPath())
	if err != nil {
		return nil, err
	}
	defer store.Close()
	fmt.Fprintf(progress, "%s: seeding %d trackings\n", dialect, o.n)
	data, st, err := seed(ctx, store, in.orgID, o.n, progress)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "%s: seeded in %s\n", dialect, st.Elapsed.Round(100*time.Millisecond))
	env := &Env{Dialect: dialect, URL: in.url, APIKey: in.apiKey, Data: data, Store: store,
		Client: newClient(o.load.concurrency)}
	list := append([]Scenario{ceilingScenario}, selectScenarios(allScenarios(), o.only)...)
	results, err := runScenarios(ctx, env, list, o, progress)
	if err != nil {
		return nil, err
	}
	return &dbReport{Database: dialect, Version: store.Version(ctx), Seed: st, Results: results, LoadAvg: loadAverage()}, nil
}

// runScenarios measures each scenario in turn; the first is the ceiling every
// ratio divides by. A scenario that fails to set up is reported as such and
// the others still run.
func runScenarios(ctx context.Context, env *Env, list []Scenario, o *options, progress io.Writer) ([]Result, error) {
	var out []Result
	for _, s := range list {
		fmt.Fprintf(progress, "%s: %s\n", env.Dialect, s.Name)
		l := o.load
		if o.profileDir != "" {
			l.profile = filepath.Join(o.profileDir, env.Dialect+"-"+strings.ReplaceAll(s.Name, "/", "-")+".pprof")
		}
		r := runScenario(ctx, env, s, l)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		switch {
		case len(out) == 0:
			r.Ratio = 1
		case out[0].RPS > 0:
			r.Ratio = r.RPS / out[0].RPS
		}
		out = append(out, r)
	}
	return out, nil
}

func runScenario(ctx context.Context, env *Env, s Scenario, l load) Result {
	defer env.cleanup()
	op, err := s.Setup(ctx, env)
	if reason, ok := isSkip(err); ok {
		return Result{Scenario: s.Name, Skipped: reason}
	}
	if err != nil {
		return Result{Scenario: s.Name, Skipped: "setup failed", FirstError: err.Error()}
	}
	r, err := measure(ctx, op, l)
	if err != nil {
		return Result{Scenario: s.Name, Skipped: "measurement failed", FirstError: err.Error()}
	}
	r.Scenario = s.Name
	return r
}
