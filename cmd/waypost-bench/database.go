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
	env := &Env{Dialect: dialect, URL: in.url, App: in.app, OrgID: in.orgID, APIKey: in.apiKey, Data: data,
		Store: store, Client: newClient(o.load.concurrency), Poll: o.poll, Progress: progress}
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
		case r.Unit == "" && out[0].RPS > 0:
			r.Ratio = r.RPS / out[0].RPS
		}
		out = append(out, r)
	}
	return out, nil
}

func runScenario(ctx context.Context, env *Env, s Scenario, l load) Result {
	r := measureScenario(ctx, env, s, l)
	r.Scenario, r.Unit = s.Name, s.Unit
	r.Notes = env.finish()
	return r
}

func measureScenario(ctx context.Context, env *Env, s Scenario, l load) Result {
	if s.Measure != nil {
		return measureItself(ctx, env, s, l)
	}
	op, err := s.Setup(ctx, env)
	if reason, ok := isSkip(err); ok {
		return Result{Skipped: reason}
	}
	if err != nil {
		return Result{Skipped: "setup failed", FirstError: err.Error()}
	}
	if s.Workers > 0 {
		l.concurrency = s.Workers
	}
	l.duration = max(l.duration, s.MinWindow)
	r, err := measure(ctx, op, l)
	if err != nil {
		return Result{Skipped: "measurement failed", FirstError: err.Error()}
	}
	if s.Unit != "" {
		per := float64(max(s.PerOp, 1))
		r.Rate, r.AllocPerUnit = r.RPS*per, r.AllocPerOp/per
	}
	return r
}

// measureItself runs a scenario that drives its own work, under the profiler
// when one was asked for.
func measureItself(ctx context.Context, env *Env, s Scenario, l load) Result {
	stop, err := startProfile(l.profile)
	if err != nil {
		return Result{Skipped: "measurement failed", FirstError: err.Error()}
	}
	r, err := s.Measure(ctx, env)
	stop()
	if reason, ok := isSkip(err); ok {
		return Result{Skipped: reason}
	}
	if err != nil {
		return Result{Skipped: "measurement failed", FirstError: err.Error()}
	}
	return r
}
