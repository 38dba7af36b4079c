package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// options is the parsed command line.
type options struct {
	n    int
	dbs  []string
	only []string
	load load
	json bool
	list bool
	// profileDir receives one CPU profile per scenario and database.
	profileDir string
	poll       pollOptions
}

// pollOptions size the scheduler scenario, which seeds parcels of its own.
type pollOptions struct {
	parcels int
	// duration is the measuring window; 0 lasts until every parcel was
	// refreshed once.
	duration time.Duration
}

// Exit codes: 1 when a database or scenario failed, 2 for a bad command line.
const (
	exitFailure = 1
	exitUsage   = 2
)

func parseOptions(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("waypost-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&o.n, "n", 100_000, "trackings to seed (each with its own parcel and ~5 checkpoints)")
	dbs := fs.String("db", "sqlite,postgres", "databases to run on, comma-separated")
	only := fs.String("only", "", "run only scenarios whose name contains one of these comma-separated words (the ceiling always runs)")
	fs.DurationVar(&o.load.duration, "duration", 5*time.Second, "measured time per scenario")
	fs.DurationVar(&o.load.warmup, "warmup", time.Second, "unmeasured load before each scenario")
	fs.IntVar(&o.load.concurrency, "concurrency", 16, "concurrent workers, each with a kept-alive connection")
	fs.BoolVar(&o.json, "json", false, "print the results as JSON on stdout (the tables go to stderr)")
	fs.BoolVar(&o.list, "list", false, "list the scenarios and exit")
	fs.IntVar(&o.poll.parcels, "poll-parcels", 100_000, "due parcels the scheduler scenario refreshes")
	fs.DurationVar(&o.poll.duration, "poll-duration", time.Minute, "measured time of the scheduler scenario (0: until every parcel was refreshed once)")
	fs.StringVar(&o.profileDir, "cpuprofile", "", "write a CPU profile of each measured scenario into this directory (go tool pprof)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	o.dbs, o.only = splitList(*dbs), splitList(*only)
	return o, o.validate()
}

func (o *options) validate() error {
	switch {
	case o.n < 1:
		return errors.New("-n must be at least 1")
	case o.load.concurrency < 1:
		return errors.New("-concurrency must be at least 1")
	case o.load.duration <= 0:
		return errors.New("-duration must be positive")
	case len(o.dbs) == 0:
		return errors.New("-db names no database")
	case o.poll.parcels < 1:
		return errors.New("-poll-parcels must be at least 1")
	case o.poll.duration < 0:
		return errors.New("-poll-duration must not be negative")
	}
	for _, d := range o.dbs {
		if d != "sqlite" && d != "postgres" {
			return fmt.Errorf("-db: unknown database %q (sqlite or postgres)", d)
		}
	}
	if len(o.only) > 0 && len(selectScenarios(allScenarios(), o.only)) == 0 {
		return fmt.Errorf("-only %s matches no scenario (see -list)", strings.Join(o.only, ","))
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for p := range strings.SplitSeq(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// run is the whole program, with its inputs injected.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	o, err := parseOptions(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "waypost-bench: %v\n", err)
		return exitUsage
	}
	if o.list {
		listScenarios(stdout)
		return 0
	}
	out := stdout
	if o.json {
		out = stderr
	}
	rep := newReport(o)
	rep.printHeader(out)
	for _, dialect := range o.dbs {
		d, err := benchDatabase(ctx, dialect, o, getenv, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "waypost-bench: %s: %v\n", dialect, err)
			return exitFailure
		}
		rep.Databases = append(rep.Databases, d)
		d.printTable(out)
	}
	if o.json {
		if err := rep.writeJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "waypost-bench: %v\n", err)
			return exitFailure
		}
	}
	if rep.failed() {
		return exitFailure
	}
	return 0
}

func listScenarios(w io.Writer) {
	for _, s := range append([]Scenario{ceilingScenario}, allScenarios()...) {
		fmt.Fprintf(w, "%-28s %s\n", s.Name, s.About)
	}
}
